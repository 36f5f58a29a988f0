package org.fupin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An application test on a real, embedded PostgreSQL in a fresh data directory (one per test run; the Spring
 * context, and with it the database, is shared by every class carrying this annotation).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "fupin.data-dir=${java.io.tmpdir}/fupin-test-${random.uuid}",
        "fupin.db.durable=false",
        "fupin.demo.enabled=false",
        "fupin.admin-password=test-admin-password"})
public @interface FupinTest {
}
