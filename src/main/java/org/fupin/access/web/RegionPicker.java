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

/**
 * The regions a page's picker offers (issue #19: no typed 12-digit codes): every region of the user's own subtree,
 * by name, in code order (a township before its villages). Read only when a page iterates it, so pages without a
 * picker pay nothing.
 */
@ControllerAdvice
record RegionPicker(RegionDirectory regions, Users users) {

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

    @ModelAttribute("pickRegions")
    Choices pickRegions(Authentication user) {
        if (user == null) return new Choices(List::of);
        RegionScope scope = users.scopeOf(user);
        return new Choices(() -> regions.roots(scope).stream().flatMap(r -> regions.subtree(scope, r.code()).stream())
                .toList());
    }
}
