package org.fupin.comparison.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.comparison.Comparison;
import org.fupin.comparison.ListSource;
import org.fupin.comparison.Refused;
import org.fupin.comparison.Views;
import org.fupin.comparison.domain.ListType;
import org.fupin.region.RegionScope;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Data comparison (issue #11): external lists, rules, runs and the hits of one run. */
@Controller
record ComparisonPages(Comparison comparison, Users users, org.fupin.household.RecordYears statistics,
                       UploadLimits limits) {

    @GetMapping("/comparison")
    String overview(@RequestParam(required = false) Integer year, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        int shown = year != null ? year : statistics.years(scope).stream().max(Integer::compare).orElse(2015);
        model.addAttribute("year", shown);
        model.addAttribute("listTypes", ListType.values());
        // lists and runs are the county's business: a user below the county sees the runs of their own region only,
        // and no list's file or department (issue #23); their hits are in the review queue
        boolean countyOrAbove = scope.prefix().length() <= 6;
        model.addAttribute("batches", countyOrAbove ? comparison.batches() : java.util.List.of());
        model.addAttribute("runs", comparison.runs(scope).stream()
                .filter(r -> r.scopeCode().startsWith(scope.prefix())).toList());
        model.addAttribute("rules", comparison.rules(shown));
        model.addAttribute("region", scope.prefix().isEmpty() ? "" : scope.lowestCode());
        return "comparison/comparison";
    }

    @PostMapping("/comparison/lists")
    String importList(@RequestParam ListType type, @RequestParam String department,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                      @RequestParam("file") MultipartFile file, Authentication user, Locale locale, Model model)
            throws IOException {
        limits.check(UploadKind.COMPARISON, file, user);
        Path temp = Files.createTempFile("fupin-list", ".dat");
        try {
            file.transferTo(temp);
            Views.ListImport result = comparison.importList(temp, new ListSource(type, department.strip(), asOf), locale);
            model.addAttribute("listImport", result);
        } catch (Refused refused) {
            model.addAttribute("refused", refused.problems());
        } finally {
            Files.deleteIfExists(temp);
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        return overview(asOf.getYear(), user, model);
    }

    @PostMapping("/comparison/runs")
    String run(@RequestParam String region, @RequestParam int year, Authentication user) {
        Views.Run run = comparison.run(users.scopeOf(user), region.strip(), year);
        return "redirect:/comparison/runs/" + run.id();
    }

    @GetMapping("/comparison/runs/{id}")
    String runPage(@PathVariable long id, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        Views.Run run = comparison.findRun(id).filter(r -> r.scopeCode().startsWith(scope.prefix())
                        || scope.prefix().startsWith(r.scopeCode()))
                .orElseThrow(() -> new RegionScope.OutOfScopeException("run " + id));
        List<Views.Hit> hits = comparison.hitsOfRun(id).stream().filter(h -> scope.permits(h.villageCode())).toList();
        model.addAttribute("run", run);
        model.addAttribute("hits", hits);
        return "comparison/run";
    }
}
