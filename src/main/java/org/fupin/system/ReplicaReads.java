package org.fupin.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page, REST or export handler (its class or method): the handler's read-only transactions may be served by the
 * streaming replica when one is configured ({@code FUPIN_DB_REPLICA_URL}, ADR 0045). Writes, and read-only work of
 * handlers without this mark (the page after an edit, procedures), stay on the primary; without a replica it changes
 * nothing. A page served by the replica says how fresh its data is.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReplicaReads {
}
