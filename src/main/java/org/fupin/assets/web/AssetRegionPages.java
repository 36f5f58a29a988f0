package org.fupin.assets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.fupin.access.Role;
import org.fupin.access.Users;
import org.fupin.assets.Asset;
import org.fupin.assets.AssetFilter;
import org.fupin.assets.AssetImports;
import org.fupin.assets.AssetLedger;
import org.fupin.assets.AssetTemplate;
import org.fupin.assets.domain.AssetStatus;
import org.fupin.assets.domain.AssetType;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.fupin.web.Sheets;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A region's project assets (村 and every level above): figures by type, owner and state, the year's income, the
 * alerts, the child regions; every count links to its list, every list exports to the import template.
 */
@Controller
record AssetRegionPages(AssetLedger ledger, AssetTemplate template, AssetImports imports, RegionDirectory regions,
                        Users users, UploadLimits limits) {

    @GetMapping("/assets")
    String home(Authentication user) {
        List<Region> roots = regions.roots(users.scopeOf(user));
        return roots.isEmpty() ? "redirect:/" : "redirect:/assets/" + roots.get(0).code();
    }

    @GetMapping("/assets/{code}")
    String region(@PathVariable String code, @RequestParam(required = false) Integer year, Authentication user,
                  Model model) {
        show(users.scopeOf(user), code, year, user, model);
        return "assets/region";
    }

    /** The list behind a figure: the same filter the figure counted. */
    @GetMapping("/assets/{code}/list")
    String list(@PathVariable String code, @RequestParam(required = false) AssetType type,
                @RequestParam(required = false) String owner, @RequestParam(required = false) AssetStatus status,
                @RequestParam(required = false) AssetFilter.Alert alert, @RequestParam(required = false) Integer year,
                Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        AssetFilter filter = new AssetFilter(type, owner, status, alert, year(year));
        List<Asset> assets = ledger.list(scope, code, filter);
        model.addAttribute("region", region(scope, code));
        model.addAttribute("path", regions.path(scope, code));
        model.addAttribute("filter", filter);
        model.addAttribute("assets", assets);
        model.addAttribute("total", ledger.summaryOf(assets));
        return "assets/list";
    }

    /** The list as the import template (XLSX), with the same filter. */
    @GetMapping("/assets/{code}/assets.xlsx")
    void export(@PathVariable String code, @RequestParam(required = false) AssetType type,
                @RequestParam(required = false) String owner, @RequestParam(required = false) AssetStatus status,
                @RequestParam(required = false) AssetFilter.Alert alert, @RequestParam(required = false) Integer year,
                Authentication user, HttpServletResponse response) throws IOException {
        RegionScope scope = users.scopeOf(user);
        region(scope, code);
        response.setContentType(Sheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(code + "-assets.xlsx").build().toString());
        template.write(scope, code, new AssetFilter(type, owner, status, alert, year(year)), response.getOutputStream());
    }

    /** Uploads an asset template (importers; rows only within their region) and shows the report on the region page. */
    @PostMapping("/imports/assets")
    String upload(@RequestParam String region, @RequestParam("file") MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean dryRun, Authentication user, Locale locale,
                  Model model) throws IOException {
        RegionScope scope = users.scopeOf(user);
        limits.check(UploadKind.IMPORT, file, user);
        Path temp = Files.createTempFile("fupin-assets", ".dat");
        try {
            file.transferTo(temp);
            model.addAttribute("report", imports.importAssets(scope, temp, dryRun, locale, user.getName()));
        } finally {
            Files.deleteIfExists(temp);
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        show(scope, region, null, user, model);
        return "assets/region";
    }

    private void show(RegionScope scope, String code, Integer year, Authentication user, Model model) {
        int shown = year(year);
        model.addAttribute("region", region(scope, code));
        model.addAttribute("path", regions.path(scope, code));
        model.addAttribute("year", shown);
        model.addAttribute("years", ledger.years(scope, code, Year.now().getValue()));
        model.addAttribute("summary", ledger.summary(scope, code, shown));
        model.addAttribute("mayImport", Role.administers(user));
    }

    private Region region(RegionScope scope, String code) {
        return regions.find(scope, code).orElseThrow(() -> new RegionScope.OutOfScopeException(code));
    }

    private static int year(Integer year) {
        return year != null ? year : Year.now().getValue();
    }
}
