package org.fupin.maps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.ObjectMapper;

/**
 * Synthetic but plausible boundaries for a demo (labelled synthetic when imported): the townships tile the given
 * extent as a grid of quadrilaterals with jittered corners, each township's villages tile it as a finer grid with
 * jittered inner corners (cells left over are land of no village), and each village's point is the middle of its
 * outline. Neighbours share their corners, so the map has no gaps and no overlaps. Deterministic for a seed.
 */
public final class SyntheticBoundaries {

    private final Random random;
    private final List<Map<String, Object>> features = new ArrayList<>();

    private SyntheticBoundaries(long seed) {
        this.random = new Random(seed);
    }

    /** A GeoJSON FeatureCollection of the townships, their villages and the village points, in the extent (degrees). */
    public static String featureCollection(Map<String, List<String>> villagesByTownship, double west, double south,
                                           double east, double north, long seed) {
        SyntheticBoundaries out = new SyntheticBoundaries(seed);
        int count = villagesByTownship.size();
        int cols = (int) Math.ceil(Math.sqrt(count * (east - west) / (north - south)));
        int rows = (int) Math.ceil(count / (double) cols);
        double[][][] corners = out.lattice(cols, rows, new double[] {west, south}, new double[] {east, south},
                new double[] {east, north}, new double[] {west, north}, 0.3);
        int t = 0;
        for (Map.Entry<String, List<String>> township : villagesByTownship.entrySet()) {
            int i = t % cols;
            int j = t++ / cols;
            double[][] quad = {corners[i][j], corners[i + 1][j], corners[i + 1][j + 1], corners[i][j + 1]};
            out.add(township.getKey(), polygon(quad));
            out.villages(township.getValue(), quad);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", out.features);
        return new ObjectMapper().writeValueAsString(collection);
    }

    private void villages(List<String> villages, double[][] quad) {
        if (villages.isEmpty()) return;
        int a = (int) Math.ceil(Math.sqrt(villages.size()));
        int b = (int) Math.ceil(villages.size() / (double) a);
        double[][][] corners = lattice(a, b, quad[0], quad[1], quad[2], quad[3], 0.2);
        for (int k = 0; k < villages.size(); k++) {
            int i = k % a;
            int j = k / a;
            double[][] cell = {corners[i][j], corners[i + 1][j], corners[i + 1][j + 1], corners[i][j + 1]};
            add(villages.get(k), polygon(cell));
            double lon = 0, lat = 0;
            for (double[] p : cell) {
                lon += p[0] / 4;
                lat += p[1] / 4;
            }
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("type", "Point");
            point.put("coordinates", new double[] {round(lon), round(lat)});
            add(villages.get(k), point);
        }
    }

    /** Corners of a cols × rows grid over the quadrilateral, inner corners moved by up to {@code jitter} of a cell. */
    private double[][][] lattice(int cols, int rows, double[] sw, double[] se, double[] ne, double[] nw, double jitter) {
        double[][][] out = new double[cols + 1][rows + 1][];
        for (int i = 0; i <= cols; i++) {
            for (int j = 0; j <= rows; j++) {
                boolean inner = i > 0 && i < cols && j > 0 && j < rows;
                double u = (i + (inner ? (random.nextDouble() - 0.5) * jitter : 0)) / cols;
                double v = (j + (inner ? (random.nextDouble() - 0.5) * jitter : 0)) / rows;
                out[i][j] = new double[] {
                        round((1 - u) * (1 - v) * sw[0] + u * (1 - v) * se[0] + u * v * ne[0] + (1 - u) * v * nw[0]),
                        round((1 - u) * (1 - v) * sw[1] + u * (1 - v) * se[1] + u * v * ne[1] + (1 - u) * v * nw[1])};
            }
        }
        return out;
    }

    private static Map<String, Object> polygon(double[][] quad) {
        Map<String, Object> polygon = new LinkedHashMap<>();
        polygon.put("type", "Polygon");
        polygon.put("coordinates", List.<double[][]>of(new double[][] {quad[0], quad[1], quad[2], quad[3], quad[0]}));
        return polygon;
    }

    private void add(String code, Map<String, Object> geometry) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("properties", Map.of("code", code));
        feature.put("geometry", geometry);
        features.add(feature);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
