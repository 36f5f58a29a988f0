package org.fupin.maps;

import java.util.ArrayList;
import java.util.List;
import org.fupin.household.domain.Finding;
import tools.jackson.databind.JsonNode;

/**
 * Reads a GeoJSON geometry (Polygon, MultiPolygon or Point) into a {@link Shape}, or reports where it is broken: a
 * position that is not two numbers in range, a ring with fewer than four positions, a ring whose last position is
 * not its first. Every problem names the feature (row), the polygon, the ring and the position.
 */
final class GeometryReader {

    /** Where a finding points in the file. */
    enum Field { FILE, CODE, GEOMETRY }

    private final int row;
    private final String code;
    private final List<Finding> findings = new ArrayList<>();

    private GeometryReader(int row, String code) {
        this.row = row;
        this.code = code;
    }

    record Result(Shape shape, List<Finding> findings) {}

    static Result read(int row, String code, JsonNode geometry) {
        GeometryReader reader = new GeometryReader(row, code);
        Shape shape = reader.shape(geometry);
        return new Result(reader.findings.isEmpty() ? shape : null, reader.findings);
    }

    private Shape shape(JsonNode geometry) {
        String type = geometry == null || geometry.isNull() ? "" : geometry.path("type").asString("");
        JsonNode coordinates = geometry == null ? null : geometry.get("coordinates");
        switch (type) {
            case "Point" -> {
                double[] p = position(coordinates, 1, 1, 1);
                return p == null ? null : Shape.point(p[0], p[1]);
            }
            case "Polygon" -> {
                List<double[][]> polygon = polygon(coordinates, 1);
                return polygon == null ? null : new Shape(List.of(polygon), null);
            }
            case "MultiPolygon" -> {
                if (!nonEmptyArray(coordinates, 1, 0)) return null;
                List<List<double[][]>> polygons = new ArrayList<>();
                for (int i = 0; i < coordinates.size(); i++) polygons.add(polygon(coordinates.get(i), i + 1));
                return polygons.contains(null) ? null : new Shape(polygons, null);
            }
            default -> {
                findings.add(Finding.error(row, Field.GEOMETRY, code, "MAP_GEOMETRY_TYPE", type.isEmpty() ? "—" : type));
                return null;
            }
        }
    }

    private List<double[][]> polygon(JsonNode rings, int polygon) {
        if (!nonEmptyArray(rings, polygon, 0)) return null;
        List<double[][]> out = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            double[][] ring = ring(rings.get(r), polygon, r + 1);
            if (ring == null) return null;
            out.add(ring);
        }
        return out;
    }

    private double[][] ring(JsonNode positions, int polygon, int ring) {
        if (!nonEmptyArray(positions, polygon, ring)) return null;
        double[][] out = new double[positions.size()][];
        for (int i = 0; i < positions.size(); i++) {
            out[i] = position(positions.get(i), polygon, ring, i + 1);
            if (out[i] == null) return null;
        }
        if (out.length < 4) {
            findings.add(Finding.error(row, Field.GEOMETRY, code, "MAP_RING_TOO_SHORT", polygon, ring, out.length));
            return null;
        }
        double[] first = out[0];
        double[] last = out[out.length - 1];
        if (first[0] != last[0] || first[1] != last[1]) {
            findings.add(Finding.error(row, Field.GEOMETRY, code, "MAP_RING_NOT_CLOSED", polygon, ring,
                    text(first), text(last)));
            return null;
        }
        return out;
    }

    private double[] position(JsonNode p, int polygon, int ring, int index) {
        boolean numbers = p != null && p.isArray() && p.size() >= 2 && p.get(0).isNumber() && p.get(1).isNumber();
        double lon = numbers ? p.get(0).doubleValue() : Double.NaN;
        double lat = numbers ? p.get(1).doubleValue() : Double.NaN;
        if (!numbers || !(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            findings.add(Finding.error(row, Field.GEOMETRY, code, "MAP_POSITION_INVALID", polygon, ring, index,
                    p == null ? "—" : p.toString()));
            return null;
        }
        return new double[] {lon, lat};
    }

    private boolean nonEmptyArray(JsonNode node, int polygon, int ring) {
        if (node != null && node.isArray() && !node.isEmpty()) return true;
        findings.add(Finding.error(row, Field.GEOMETRY, code, "MAP_COORDINATES_MISSING", polygon, ring));
        return false;
    }

    static String text(double[] p) {
        return "(" + p[0] + ", " + p[1] + ")";
    }
}
