package org.fupin.household;

import java.util.List;

/**
 * The registry (households, persons or village facts) has just written these village-years (pairs: {@code years.get(i)}, {@code villages.get(i)}), in the
 * transaction that is still open: listeners that keep figures derived from the records update them there.
 */
public record RegistryChanged(List<Integer> years, List<String> villages) {

    public RegistryChanged {
        years = List.copyOf(years);
        villages = List.copyOf(villages);
        if (years.size() != villages.size()) throw new IllegalArgumentException("years and villages differ in length");
    }
}
