package org.fupin.statistics.web;

import org.fupin.access.Users;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The region tree, loaded lazily with htmx: the page shows the user's roots, and expanding a node fetches only
 * that node's children (one indexed query on parent_code), so it stays quick with 700,000 villages.
 */
@Controller
record TreePages(RegionDirectory regions, Users users) {

    @GetMapping("/tree")
    String tree(Authentication user, Model model) {
        model.addAttribute("regions", regions.roots(users.scopeOf(user)));
        return "statistics/tree";
    }

    /** An HTML fragment: one {@code <li>} per child region (htmx swaps it into the expanded node). */
    @GetMapping("/tree/{code}/children")
    String children(@PathVariable String code, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        model.addAttribute("regions", regions.children(scope, code));
        model.addAttribute("fragment", true);
        return "statistics/tree :: nodes";
    }
}
