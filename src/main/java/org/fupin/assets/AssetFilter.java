package org.fupin.assets;

import org.fupin.assets.domain.AssetStatus;
import org.fupin.assets.domain.AssetType;

/**
 * Which assets of a region a list shows: every figure of the region page links to the list with its filter, so the
 * list has exactly as many rows as the figure counts. Null fields do not filter. {@code owner} is an
 * {@link org.fupin.assets.domain.OwnerKind} name or {@link #NO_OWNER}; {@code alert} one of {@link Alert}, for
 * {@code year}.
 */
public record AssetFilter(AssetType type, String owner, AssetStatus status, Alert alert, int year) {

    public static final String NO_OWNER = "NONE";

    /** The alerts about assets (the third, projects without assets, lists projects). */
    public enum Alert { WITHOUT_OWNER_OR_CUSTODIAN, PRODUCTIVE_WITHOUT_INCOME, FLAGGED }

    public static AssetFilter all(int year) { return new AssetFilter(null, null, null, null, year); }
}
