package org.fupin.system;

/** A logged-in user as the database sees it: the region-code prefix the user may read ("" = everything). */
public interface ScopedPrincipal {
    String scopeCode();
}
