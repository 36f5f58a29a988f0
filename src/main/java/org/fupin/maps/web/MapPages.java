package org.fupin.maps.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.maps.Crs;
import org.fupin.maps.MapFigure;
import org.fupin.maps.MapView;
import org.fupin.maps.Maps;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.fupin.household.RecordYears;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * A region's thematic map (专题地图): a figure by township or village, the village points, the legend; the data the
 * browser draws it from; its A3 print view; and the upload of boundaries. Within the user's scope only.
 */
@Controller
record MapPages(Maps maps, RegionDirectory regions, Users users, RecordYears statistics, UploadLimits limits) {

    /** The user's own top region. */
    @GetMapping("/maps")
    String home(Authentication user) {
        List<Region> roots = regions.roots(users.scopeOf(user));
        return roots.isEmpty() ? "redirect:/" : "redirect:/maps/" + roots.get(0).code();
    }

    @GetMapping("/maps/{code}")
    String map(@PathVariable String code, @RequestParam(required = false) Integer year,
               @RequestParam(defaultValue = "INCIDENCE") MapFigure figure, @RequestParam(required = false) RegionLevel level,
               @RequestParam(defaultValue = "false") boolean protect, Authentication user, Model model) {
        show(users.scopeOf(user), code, year, figure, level, protect, model);
        return "maps/map";
    }

    /** The A3 print view of a map (the battle map with {@code figure=BATTLE}): title, legend, date, north arrow. */
    @GetMapping("/maps/{code}/print")
    String print(@PathVariable String code, @RequestParam(required = false) Integer year,
                 @RequestParam(defaultValue = "INCIDENCE") MapFigure figure, @RequestParam(required = false) RegionLevel level,
                 @RequestParam(defaultValue = "false") boolean protect, Authentication user, Model model) {
        show(users.scopeOf(user), code, year, figure, level, protect, model);
        model.addAttribute("today", LocalDate.now());
        return "maps/print";
    }

    /** What the map script draws: outlines, areas with their colours, legend, points (the page's own data; the API's
     *  answer is GET /api/v1/maps/{code}). */
    @Hidden
    @GetMapping("/maps/{code}/data")
    @ResponseBody
    MapView data(@PathVariable String code, @RequestParam int year, @RequestParam MapFigure figure,
                 @RequestParam RegionLevel level, @RequestParam(defaultValue = "false") boolean protect, Authentication user) {
        return maps.view(users.scopeOf(user), code, year, figure, level, protect);
    }

    /** Uploads boundaries (importers of the whole tree, like every import) and shows the report above the map. */
    @PostMapping("/imports/map-boundaries")
    String upload(@RequestParam String region, @RequestParam int year, @RequestParam Crs crs,
                  @RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
                  Authentication user, Locale locale, Model model) throws IOException {
        RegionScope scope = users.scopeOf(user);
        if (!RegionScope.ALL.equals(scope)) throw new RegionScope.OutOfScopeException("imports");
        limits.check(UploadKind.INDICATORS, file, user);
        Path temp = Files.createTempFile("fupin-boundaries", ".geojson");
        try {
            file.transferTo(temp);
            model.addAttribute("report", maps.importBoundaries(temp, year, crs, false, dryRun, locale));
        } finally {
            Files.deleteIfExists(temp);
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        show(scope, region, year, MapFigure.INCIDENCE, null, false, model);
        return "maps/map";
    }

    private void show(RegionScope scope, String code, Integer year, MapFigure figure, RegionLevel level, boolean protect,
                      Model model) {
        Region region = regions.find(scope, code).orElseThrow(() -> new RegionScope.OutOfScopeException(code));
        int shown = shownYear(statistics, scope, year);
        RegionLevel drawn = figure == MapFigure.BATTLE ? RegionLevel.VILLAGE : level != null ? level : Maps.defaultLevel(region.level());
        model.addAttribute("region", region);
        model.addAttribute("path", regions.path(scope, code));
        model.addAttribute("year", shown);
        model.addAttribute("years", statistics.years(scope));
        model.addAttribute("figure", figure);
        model.addAttribute("figures", List.of(MapFigure.values()).subList(0, MapFigure.BATTLE.ordinal()));
        model.addAttribute("level", drawn);
        model.addAttribute("levels", List.of(RegionLevel.TOWNSHIP, RegionLevel.VILLAGE));
        model.addAttribute("protect", protect);
        model.addAttribute("crsChoices", Crs.values());
        model.addAttribute("importer", RegionScope.ALL.equals(scope));
        model.addAttribute("view", maps.view(scope, code, shown, figure, drawn, protect));
    }

    /** The requested year, else the newest registry year in the scope, else this year. */
    static int shownYear(RecordYears statistics, RegionScope scope, Integer year) {
        if (year != null) return year;
        List<Integer> years = statistics.years(scope);
        return years.isEmpty() ? java.time.Year.now().getValue() : years.get(0);
    }
}
