package org.fupin.assets;

import java.util.Set;

/**
 * Columns of the asset template (资产台账导入模板), in export order; header texts under {@code assets.import.<NAME>}.
 * VILLAGE_NAME is written by the export for people and ignored by the import.
 */
public enum AssetColumn {
    VILLAGE_CODE, VILLAGE_NAME, NAME, TYPE, QUANTITY, UNIT, VALUE, FUNDING_SOURCES, COMPLETED_ON, HANDED_OVER_ON,
    OWNER_KIND, OWNER_NAME, CUSTODIAN, STATUS;

    static final Set<AssetColumn> REQUIRED = Set.of(VILLAGE_CODE, NAME, TYPE, QUANTITY, UNIT, VALUE, COMPLETED_ON);

    /** The message prefix of the headers, also the template name of the import's issues. */
    static final String TEMPLATE = "assets.import";
}
