package org.fupin.household;

import java.util.List;
import org.fupin.region.RegionScope;

/**
 * The years that have registry records within a scope, newest first: what every page offers in its year picker.
 * Answered by the statistics module from its maintained aggregates (a few rows), so that pages of any feature
 * need not scan the registry for it.
 */
public interface RecordYears {

    List<Integer> years(RegionScope scope);
}
