package org.fupin.maps;

import java.util.List;

/**
 * An imported geometry: a (multi)polygon as lists of rings of [longitude, latitude] positions, or a point. Pure
 * geometry for the import's checks: bounding box, a point inside, and whether a point lies inside.
 */
public record Shape(List<List<double[][]>> polygons, double[] point) {

    public static Shape point(double lon, double lat) { return new Shape(List.of(), new double[] {lon, lat}); }

    public boolean isPoint() { return point != null; }

    /** [minLon, minLat, maxLon, maxLat]. */
    public double[] box() {
        if (isPoint()) return new double[] {point[0], point[1], point[0], point[1]};
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (List<double[][]> polygon : polygons) {
            for (double[] p : polygon.get(0)) {
                box[0] = Math.min(box[0], p[0]);
                box[1] = Math.min(box[1], p[1]);
                box[2] = Math.max(box[2], p[0]);
                box[3] = Math.max(box[3], p[1]);
            }
        }
        return box;
    }

    /** The point itself, or the mean of the first outer ring's vertices (the closing one left out). */
    public double[] representative() {
        if (isPoint()) return point;
        double[][] ring = polygons.get(0).get(0);
        double lon = 0, lat = 0;
        for (int i = 0; i < ring.length - 1; i++) {
            lon += ring[i][0];
            lat += ring[i][1];
        }
        return new double[] {lon / (ring.length - 1), lat / (ring.length - 1)};
    }

    /** Inside one of the polygons: inside its outer ring and in none of its holes (even-odd rule). */
    public boolean contains(double[] p) {
        double[] box = box();
        if (p[0] < box[0] || p[0] > box[2] || p[1] < box[1] || p[1] > box[3]) return false;
        for (List<double[][]> polygon : polygons) {
            if (!inRing(p, polygon.get(0))) continue;
            boolean inHole = false;
            for (int h = 1; h < polygon.size(); h++) inHole |= inRing(p, polygon.get(h));
            if (!inHole) return true;
        }
        return false;
    }

    static boolean inRing(double[] p, double[][] ring) {
        boolean inside = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double[] a = ring[i];
            double[] b = ring[j];
            if ((a[1] > p[1]) != (b[1] > p[1]) && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0]) {
                inside = !inside;
            }
        }
        return inside;
    }
}
