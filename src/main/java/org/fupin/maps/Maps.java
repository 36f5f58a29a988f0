package org.fupin.maps;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.maps.MapView.Area;
import org.fupin.maps.MapView.LegendClass;
import org.fupin.maps.MapView.Place;
import org.fupin.region.Region;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Maps drawn in the browser from boundaries imported as GeoJSON (ADR 0036): the import, a region's choropleth of a
 * figure, and the battle map (作战图) of its villages against their planned exit years. Pages, REST and CLI call
 * these methods; a user sees only the map of regions in their scope.
 */
@Service
public class Maps {

    /** The states of a village on the battle map, in legend order, with their colours. */
    public enum BattleState { EXITED, DUE, OVERDUE, LATER, NOT_PLANNED }

    private static final String[] BATTLE_COLORS = {"#31a354", "#fd8d3c", "#de2d26", "#6baed6", "#f0f0f0"};

    private final Imports imports;
    private final GeoJsonImport geoJson;
    private final MapRepository repository;
    private final RegionDirectory regions;
    private final FigureValues figures;
    private final ObjectMapper json = new ObjectMapper();

    Maps(Imports imports, GeoJsonImport geoJson, MapRepository repository, RegionDirectory regions, FigureValues figures) {
        this.imports = imports;
        this.geoJson = geoJson;
        this.repository = repository;
        this.regions = regions;
        this.figures = figures;
    }

    /** Imports township and village boundaries and village points for a year: all or nothing, audited. */
    public ImportReport importBoundaries(Path file, int year, Crs crs, boolean synthetic, boolean dryRun, Locale locale) {
        return imports.inTransaction("MAP_BOUNDARIES", file, dryRun,
                () -> geoJson.run(file, year, crs, synthetic, dryRun, locale));
    }

    /** The level a region's map shows by default: townships above the township, villages from it down. */
    public static RegionLevel defaultLevel(RegionLevel of) {
        return of.ordinal() < RegionLevel.TOWNSHIP.ordinal() ? RegionLevel.TOWNSHIP : RegionLevel.VILLAGE;
    }

    /** A choropleth of the figure over the region's townships or villages; {@code protect} for shared maps. */
    @Transactional(readOnly = true)
    public MapView view(RegionScope scope, String code, int year, MapFigure figure, RegionLevel level, boolean protect) {
        if (figure == MapFigure.BATTLE) return battle(scope, code, year);
        Region region = region(scope, code);
        List<MapRepository.Boundary> outlines = repository.boundaries(region.regionCode(), level, year);
        List<String> codes = outlines.stream().map(MapRepository.Boundary::code).toList();
        FigureValues.Values values = figures.of(scope, region.regionCode(), codes, figure, year, protect);
        List<LegendClass> legend = Legend.classes(new ArrayList<>(values.values().values()),
                figure == MapFigure.INCIDENCE || figure == MapFigure.FACILITY_COVERAGE ? 1 : 0, figure.higherIsBetter());
        List<Area> areas = new ArrayList<>();
        for (MapRepository.Boundary b : outlines) {
            BigDecimal value = values.values().get(b.code());
            int c = Legend.classOf(legend, value);
            areas.add(new Area(b.code(), b.name(), value, values.hidden().get(b.code()), c, Legend.color(legend, c)));
        }
        return build(region, year, figure, level, protect, outlines, areas, counted(legend, areas));
    }

    /** The battle map: each village coloured by its state in the year against its planned exit year. */
    @Transactional(readOnly = true)
    public MapView battle(RegionScope scope, String code, int year) {
        Region region = region(scope, code);
        List<MapRepository.Boundary> outlines = repository.boundaries(region.regionCode(), RegionLevel.VILLAGE, year);
        Map<String, Integer> planned = repository.plannedExits(region.regionCode());
        Map<String, Integer> exited = repository.exitedVillages(region.regionCode());
        List<Area> areas = new ArrayList<>();
        for (MapRepository.Boundary b : outlines) {
            Integer plan = planned.get(b.code());
            BattleState state = state(plan, exited.get(b.code()), year);
            areas.add(new Area(b.code(), b.name(), plan == null ? null : BigDecimal.valueOf(plan), null,
                    state.ordinal(), BATTLE_COLORS[state.ordinal()]));
        }
        List<LegendClass> legend = new ArrayList<>();
        for (BattleState s : BattleState.values()) {
            legend.add(new LegendClass(s.ordinal(), null, null, "maps.battle." + s.name(), BATTLE_COLORS[s.ordinal()], 0));
        }
        return build(region, year, MapFigure.BATTLE, RegionLevel.VILLAGE, false, outlines, areas, counted(legend, areas));
    }

    static BattleState state(Integer planned, Integer exitedIn, int year) {
        if (exitedIn != null && exitedIn <= year) return BattleState.EXITED;
        if (planned == null) return BattleState.NOT_PLANNED;
        return planned == year ? BattleState.DUE : planned < year ? BattleState.OVERDUE : BattleState.LATER;
    }

    private MapView build(Region region, int year, MapFigure figure, RegionLevel level, boolean protect,
                          List<MapRepository.Boundary> outlines, List<Area> areas, List<LegendClass> legend) {
        Map<String, List<List<String>>> facilities = figures.villageFacilities(RegionScope.of(region.regionCode()),
                region.regionCode(), year);
        List<Place> places = repository.points(region.regionCode(), year).stream().map(p -> {
            List<List<String>> lists = facilities.get(p.code());
            return lists == null ? new Place(p.code(), p.name(), p.longitude(), p.latitude(), false, List.of(), List.of())
                    : new Place(p.code(), p.name(), p.longitude(), p.latitude(), true, lists.get(0), lists.get(1));
        }).toList();
        return new MapView(region.code(), region.name(), year, figure, level, protect,
                outlines.stream().anyMatch(MapRepository.Boundary::synthetic),
                outlines.stream().map(b -> Crs.valueOf(b.crs())).distinct().sorted().toList(),
                geoJson(outlines), areas, legend, places);
    }

    /** The legend with the number of areas in each class, and the class of areas without a shown value when there are any. */
    private static List<LegendClass> counted(List<LegendClass> legend, List<Area> areas) {
        ToIntFunction<Integer> count = i -> (int) areas.stream().filter(a -> a.legendClass() == i).count();
        List<LegendClass> out = new ArrayList<>(legend.stream().map(c -> new LegendClass(c.index(), c.lower(), c.upper(),
                c.key(), c.color(), count.applyAsInt(c.index()))).toList());
        int without = count.applyAsInt(Legend.NO_VALUE);
        if (without > 0) out.add(new LegendClass(Legend.NO_VALUE, null, null, Legend.NO_VALUE_KEY, Legend.NO_VALUE_COLOR, without));
        return out;
    }

    private String geoJson(List<MapRepository.Boundary> outlines) {
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < outlines.size(); i++) {
            MapRepository.Boundary b = outlines.get(i);
            if (i > 0) out.append(',');
            out.append("{\"type\":\"Feature\",\"properties\":{\"code\":").append(json.writeValueAsString(b.code()))
                    .append(",\"name\":").append(json.writeValueAsString(b.name())).append("},\"geometry\":")
                    .append(b.geometry()).append('}');
        }
        return out.append("]}").toString();
    }

    private Region region(RegionScope scope, String code) {
        scope.require(code);
        return regions.find(scope, code).orElseThrow(() -> new RegionScope.OutOfScopeException(code));
    }
}
