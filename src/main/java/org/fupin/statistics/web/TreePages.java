package org.fupin.statistics.web;

import java.util.List;
import org.fupin.access.Users;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionHistory;
import org.fupin.region.RegionScope;
import org.fupin.statistics.Statistics;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The region tree, loaded lazily with htmx: the page shows the user's roots, and expanding a node fetches only
 * that node's children (one indexed query on parent_code), so it stays quick with 700,000 villages. With a year it
 * is the tree of that year (ADR 0037); a search finds regions of the user's scope by name or code prefix.
 */
@Controller
record TreePages(RegionDirectory regions, Users users, Statistics statistics, RegionHistory history) {

    /** A search lists at most this many regions. */
    static final int SEARCH_LIMIT = 50;

    @GetMapping("/tree")
    String tree(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
                Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        int treeYear = year == null ? RegionDirectory.LATEST : year;
        model.addAttribute("regions", regions.roots(scope, treeYear));
        model.addAttribute("year", year);
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        years.addAll(statistics.years(scope));
        years.addAll(history.changeYears());
        if (year != null) years.add(year);
        model.addAttribute("years", years);
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) model.addAttribute("found", regions.search(scope, q, treeYear, SEARCH_LIMIT));
        return "statistics/tree";
    }

    /** An HTML fragment: one {@code <li>} per child region (htmx swaps it into the expanded node). */
    @GetMapping("/tree/{code}/children")
    String children(@PathVariable String code, @RequestParam(required = false) Integer year, Authentication user,
                    Model model) {
        RegionScope scope = users.scopeOf(user);
        List<Region> children = regions.children(scope, code, year == null ? RegionDirectory.LATEST : year);
        model.addAttribute("regions", children);
        model.addAttribute("year", year);
        model.addAttribute("fragment", true);
        return "statistics/tree :: nodes";
    }
}
