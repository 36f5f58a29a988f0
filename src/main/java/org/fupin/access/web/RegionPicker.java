package org.fupin.access.web;

import java.util.Iterator;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regions a page's picker offers (issue #19: no typed 12-digit codes): every region of the user's own subtree,
 * by name, in code order (a township before its villages). Read only when a page iterates it, so pages without a
 * picker pay nothing.
 */
@ControllerAdvice
record RegionPicker(RegionDirectory regions, Users users) {

    /** Up to this many regions a picker lists them all, villages included. */
    static final int WHOLE_LIST = 5000;

    /** The user's regions, fetched on first iteration. */
    static final class Choices implements Iterable<Region> {
        private final java.util.function.Supplier<List<Region>> source;
        private List<Region> loaded;

        Choices(java.util.function.Supplier<List<Region>> source) { this.source = source; }

        @Override
        public Iterator<Region> iterator() {
            if (loaded == null) loaded = source.get();
            return loaded.iterator();
        }
    }

    /** The tree of the year the page shows (its {@code year} parameter), else the latest tree (ADR 0037). */
    @ModelAttribute("pickRegions")
    Choices pickRegions(Authentication user, @RequestParam(name = "year", required = false) String year) {
        if (user == null) return new Choices(List::of);
        RegionScope scope = users.scopeOf(user);
        int treeYear = year != null && year.matches("\\d{4}") ? Integer.parseInt(year) : RegionDirectory.LATEST;
        return new Choices(() -> choices(scope, treeYear));
    }

    /**
     * A county's or township's user, or any user of a small tree, gets the whole subtree, villages included; a user
     * above the county of a large tree (a province, the country: up to 700,000 villages) gets the regions down to the
     * counties, which stays a list a person can scroll.
     */
    private List<Region> choices(RegionScope scope, int year) {
        if (scope.prefix().length() >= 6 || regions.size(scope, WHOLE_LIST + 1) <= WHOLE_LIST) {
            return regions.roots(scope, year).stream().flatMap(r -> regions.subtree(scope, r.code(), year).stream()).toList();
        }
        List<Region> out = new java.util.ArrayList<>();
        for (Region root : regions.roots(scope, year)) addDownToCounties(scope, root, year, out);
        return out;
    }

    private void addDownToCounties(RegionScope scope, Region region, int year, List<Region> out) {
        out.add(region);
        if (region.level().ordinal() < org.fupin.region.RegionLevel.COUNTY.ordinal()) {
            regions.children(scope, region.code(), year).forEach(child -> addDownToCounties(scope, child, year, out));
        }
    }
}
