package org.fupin.maps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Boundaries and village points by region and year (V94); a region's map uses, per region, the newest year up to the asked one. */
@Component
class MapRepository {

    /** A stored outline: the GeoJSON geometry as text, as it is served. */
    record Boundary(String code, String name, String geometry, boolean synthetic, String crs) {}

    record Point(String code, String name, double longitude, double latitude) {}

    /** A region of the tree of the year (ADR 0037): a map of the year draws only those. */
    private static final String VALID = "coalesce(valid_from, 0) <= :year and coalesce(valid_until, 9999) > :year";

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    MapRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The level of each code that is a region of the tree of the year (a region merged or moved away is not). */
    Map<String, RegionLevel> levels(Collection<String> codes, int year) {
        Map<String, RegionLevel> out = new HashMap<>();
        jdbc.sql("select code, level from region where code = any(:codes) and " + VALID)
                .param("codes", codes.toArray(String[]::new)).param("year", year)
                .query((rs, n) -> out.put(rs.getString(1), RegionLevel.valueOf(rs.getString(2)))).list();
        return out;
    }

    /** The township outlines of the counties (6-digit prefixes) in the year, by township code. */
    Map<String, Shape> townshipShapes(Collection<String> counties, int year) {
        Map<String, Shape> out = new HashMap<>();
        for (String county : counties) {
            RegionCode code = RegionCode.of(county + "000000");
            for (Boundary b : boundaries(code, RegionLevel.TOWNSHIP, year)) {
                List<List<double[][]>> polygons = new ArrayList<>();
                json.readTree(b.geometry()).get("coordinates").forEach(p -> {
                    List<double[][]> rings = new ArrayList<>();
                    p.forEach(r -> rings.add(json.convertValue(r, double[][].class)));
                    polygons.add(rings);
                });
                out.put(b.code(), new Shape(polygons, null));
            }
        }
        return out;
    }

    void replace(int year, Crs crs, boolean synthetic, List<GeoJsonImport.Feature> features) {
        for (GeoJsonImport.Feature f : features) {
            if (f.shape().isPoint()) {
                jdbc.sql("""
                        insert into village_point (county_code, village_code, year, crs, longitude, latitude, synthetic)
                        values (left(:code, 6), :code, :year, :crs, :lon, :lat, :synthetic)
                        on conflict (county_code, village_code, year) do update set crs = excluded.crs,
                            longitude = excluded.longitude,
                            latitude = excluded.latitude, synthetic = excluded.synthetic
                        """).param("code", f.code()).param("year", year).param("crs", crs.name())
                        .param("lon", f.shape().point()[0]).param("lat", f.shape().point()[1])
                        .param("synthetic", synthetic).update();
                continue;
            }
            double[] box = f.shape().box();
            String geometry = json.writeValueAsString(Map.of("type", "MultiPolygon", "coordinates", f.shape().polygons()));
            jdbc.sql("""
                    insert into region_boundary (region_code, year, crs, geometry, min_lon, min_lat, max_lon, max_lat, synthetic)
                    values (:code, :year, :crs, cast(:geometry as jsonb), :minLon, :minLat, :maxLon, :maxLat, :synthetic)
                    on conflict (region_code, year) do update set crs = excluded.crs, geometry = excluded.geometry,
                        min_lon = excluded.min_lon, min_lat = excluded.min_lat, max_lon = excluded.max_lon,
                        max_lat = excluded.max_lat, synthetic = excluded.synthetic, imported_at = now()
                    """).param("code", f.code()).param("year", year).param("crs", crs.name()).param("geometry", geometry)
                    .param("minLon", box[0]).param("minLat", box[1]).param("maxLon", box[2]).param("maxLat", box[3])
                    .param("synthetic", synthetic).update();
        }
    }

    /**
     * Outlines of the regions of a level below {@code root} in the tree of the year: per region the newest up to the
     * year, else the oldest after it.
     */
    List<Boundary> boundaries(RegionCode root, RegionLevel level, int year) {
        return jdbc.sql("""
                select distinct on (b.region_code) b.region_code as code, r.name as name, b.geometry::text as geometry,
                       b.synthetic as synthetic, b.crs as crs
                from region_boundary b join region r on r.code = b.region_code
                where b.region_code between :lowest and :highest and r.level = :level
                  and coalesce(r.valid_from, 0) <= :year and coalesce(r.valid_until, 9999) > :year
                order by b.region_code, (b.year <= :year) desc, abs(b.year - :year)
                """).param("lowest", root.lowestDescendant()).param("highest", root.highestDescendant())
                .param("level", level.name()).param("year", year).query(Boundary.class).list();
    }

    List<Point> points(RegionCode root, int year) {
        return jdbc.sql("""
                select distinct on (p.village_code) p.village_code as code, r.name as name, p.longitude as longitude,
                       p.latitude as latitude
                from village_point p join region r on r.code = p.village_code
                where p.village_code between :lowest and :highest
                  and coalesce(r.valid_from, 0) <= :year and coalesce(r.valid_until, 9999) > :year
                order by p.village_code, (p.year <= :year) desc, abs(p.year - :year)
                """).param("lowest", root.lowestDescendant()).param("highest", root.highestDescendant())
                .param("year", year).query(Point.class).list();
    }

    /** Planned exit year of each poor village below the root (the battle plan's village table). */
    Map<String, Integer> plannedExits(RegionCode root) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.sql("select village_code, planned_year from village_exit_plan where village_code between :lowest and :highest")
                .param("lowest", root.lowestDescendant()).param("highest", root.highestDescendant())
                .query((rs, n) -> out.put(rs.getString(1), rs.getInt(2))).list();
        return out;
    }

    /** The year each village below the root completed its exit procedure (village_exit, status EXITED). */
    Map<String, Integer> exitedVillages(RegionCode root) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.sql("""
                select village_code, min(year) from village_exit
                where status = 'EXITED' and village_code between :lowest and :highest group by village_code
                """).param("lowest", root.lowestDescendant()).param("highest", root.highestDescendant())
                .query((rs, n) -> out.put(rs.getString(1), rs.getInt(2))).list();
        return out;
    }
}
