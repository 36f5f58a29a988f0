package org.fupin.maps.cli;

import java.util.List;
import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import org.fupin.imports.ReportPrinter;
import org.fupin.maps.Crs;
import org.fupin.maps.MapFigure;
import org.fupin.maps.Maps;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Component;

/**
 * {@code import-boundaries FILE --year YEAR --crs WGS84|GCJ02 [--dry-run] [--json]}: exit 0 when accepted, 1 when
 * refused, 2 on a usage error. {@code map REGION --year YEAR [--figure F] [--level TOWNSHIP|VILLAGE] [--protect]}:
 * the map view as JSON (what the pages draw).
 */
@Component
class MapCommands implements CliCommand {

    private final Maps maps;

    MapCommands(Maps maps) { this.maps = maps; }

    @Override
    public List<String> names() { return List.of("import-boundaries", "map"); }

    @Override
    public List<String> usageKeys() { return List.of("maps.cli.usage.import-boundaries", "maps.cli.usage.map"); }

    @Override
    public int run(Invocation call) {
        return call.name().equals("map") ? map(call) : importBoundaries(call);
    }

    private int importBoundaries(Invocation call) {
        Crs crs = parse(Crs.class, call.option("--crs", ""));
        if (call.rest().size() != 1 || call.year() == null || crs == null) {
            System.err.println(call.message("maps.cli.usage"));
            return 2;
        }
        return call.file().map(f -> ReportPrinter.print(
                maps.importBoundaries(f, call.year(), crs, false, call.dryRun(), Invocation.LOCALE), call)).orElse(2);
    }

    private int map(Invocation call) {
        MapFigure figure = parse(MapFigure.class, call.option("--figure", MapFigure.INCIDENCE.name()));
        String levelOption = call.option("--level", null);
        boolean protect = call.rest().remove("--protect");
        if (call.rest().size() != 1 || call.year() == null || figure == null || !call.rest().get(0).matches("\\d{12}")) {
            System.err.println(call.message("maps.cli.usage"));
            return 2;
        }
        String code = call.rest().get(0);
        RegionLevel level = levelOption == null ? Maps.defaultLevel(RegionCode.of(code).level())
                : parse(RegionLevel.class, levelOption);
        if (level == null) return call.usage();
        try {
            call.printJson(maps.view(RegionScope.ALL, code, call.year(), figure, level, protect));
            return 0;
        } catch (RegionScope.OutOfScopeException e) {
            return call.regionNotFound(code);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
