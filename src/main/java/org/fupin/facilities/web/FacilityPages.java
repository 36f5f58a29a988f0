package org.fupin.facilities.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.facilities.Facilities;
import org.fupin.facilities.FacilityImports;
import org.fupin.imports.Imports;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A region's village facility coverage: per type, villages with it of the reporting villages, and those lacking it. */
@Controller
record FacilityPages(Facilities facilities, RegionDirectory regions, Users users, FacilityImports imports,
                     UploadLimits limits) {

    /** The user's own top region. */
    @GetMapping("/facilities")
    String home(Authentication user) {
        List<Region> roots = regions.roots(users.scopeOf(user));
        return roots.isEmpty() ? "redirect:/" : "redirect:/facilities/" + roots.get(0).code();
    }

    @GetMapping("/facilities/{code}")
    String coverage(@PathVariable String code, @RequestParam(required = false) Integer year, Authentication user,
                    Model model) {
        show(users.scopeOf(user), code, year, model);
        return "facilities/facilities";
    }

    /**
     * Uploads a facility table for a year (importers of the whole tree, like every import page) and shows the
     * report above the region's coverage.
     */
    @PostMapping("/imports/facilities")
    String upload(@RequestParam String region, @RequestParam int year, @RequestParam("file") MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean dryRun, Authentication user, Locale locale,
                  Model model) throws IOException {
        RegionScope scope = users.scopeOf(user);
        if (!RegionScope.ALL.equals(scope)) throw new RegionScope.OutOfScopeException("imports");
        limits.check(UploadKind.INDICATORS, file, user);
        Path temp = Files.createTempFile("fupin-facilities", ".dat");
        try {
            file.transferTo(temp);
            model.addAttribute("report", imports.importFacilities(temp, year, dryRun, locale));
        } finally {
            Files.deleteIfExists(temp);
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        show(scope, region, year, model);
        return "facilities/facilities";
    }

    private void show(RegionScope scope, String code, Integer year, Model model) {
        Region region = regions.find(scope, code).orElseThrow(() -> new RegionScope.OutOfScopeException(code));
        List<Integer> years = facilities.years(scope, code);
        int shown = year != null ? year : years.isEmpty() ? java.time.Year.now().getValue() : years.get(years.size() - 1);
        model.addAttribute("region", region);
        model.addAttribute("path", regions.path(scope, code));
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("coverage", facilities.coverage(scope, code, shown));
        model.addAttribute("children", regions.children(scope, code));
    }
}
