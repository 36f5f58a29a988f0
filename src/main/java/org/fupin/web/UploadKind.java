package org.fupin.web;

import java.util.Locale;

/**
 * What an upload is for, each with its own size limit {@code fupin.uploads.<key>-max-mb} (issue #23). The defaults
 * leave room for a whole county's file of that kind; Tomcat's multipart limit stays the outer bound for all.
 */
public enum UploadKind {
    /** 贫困人口信息表: a county's registry, the largest file the system takes. */
    REGISTRY(200),
    /** The other template imports (regions, village facts, a department's warning list). */
    IMPORT(20),
    /** The assistance templates (measures, projects, cadres …). */
    ASSISTANCE(50),
    /** A department's list for the comparison (civil affairs, vehicles, companies …). */
    COMPARISON(100),
    /** A village facility table, the basis of the computed indicators. */
    INDICATORS(20),
    /** A sheet of user accounts. */
    USERS(2),
    /** A case attachment or the scan of a posted notice: a photo or a scan, never an import. */
    EVIDENCE(10);

    private final int defaultMegabytes;

    UploadKind(int defaultMegabytes) {
        this.defaultMegabytes = defaultMegabytes;
    }

    public int defaultMegabytes() { return defaultMegabytes; }

    /** The property's middle part: {@code registry}, {@code import}, {@code assistance} … */
    public String key() { return name().toLowerCase(Locale.ROOT); }
}
