package org.fupin.facilities;

import java.util.Objects;

/**
 * One facility type in one village and year (村级公共服务设施): how many there are, whether it meets the standard
 * (达标; null when not assessed), the households it covers where that applies (tap water, broadband; null
 * otherwise) and where the figure comes from.
 */
public record VillageFacility(int year, String villageCode, String type, int count, Boolean meetsStandard,
                              Integer householdsCovered, String source) {

    public VillageFacility {
        Objects.requireNonNull(villageCode, "villageCode");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        if (count < 0) throw new IllegalArgumentException("negative count for " + villageCode + " " + type);
        if (householdsCovered != null && (householdsCovered < 0 || count == 0 && householdsCovered > 0)) {
            throw new IllegalArgumentException("households covered without facility for " + villageCode + " " + type);
        }
    }

    /** Whether the village has this facility at all. */
    public boolean present() { return count > 0; }
}
