package org.fupin.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fupin.maps.MapFigure;
import org.fupin.maps.MapView;
import org.fupin.maps.SyntheticBoundaries;
import org.fupin.region.RegionLevel;
import org.fupin.web.ChromiumAccess;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue #24: how long headless Chromium takes to draw a province map of N villages (default 20,000) with the
 * product's own map script and ECharts: the map view JSON a province's data endpoint would answer (synthetic
 * outlines from {@link SyntheticBoundaries}, 20 villages a township, a value, colour and point per village) is
 * served by a small local HTTP server with the script files from the classpath; the page fetches it, parses it,
 * registers the outlines and draws them. Reported: JSON size, fetch + parse, draw (registerMap to ECharts'
 * 'finished'), per run, 1 warm-up run then {@code runs} runs.
 *
 * <pre>mvn -o -q test-compile exec:java … or: java -cp target/test-classes:target/classes:$(cat cp.txt)
 *   org.fupin.bench.MapRenderBenchmark [villages] [runs]</pre>
 */
public final class MapRenderBenchmark {

    /** One run: bytes of the JSON, ms to fetch and parse it, ms to draw it, areas in the chart. */
    public record Run(long bytes, double fetchMs, double drawMs, long areas) {}

    private static final String[] COLORS = {"#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"};

    private MapRenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        int villages = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Run> results = run(villages, runs);
        for (Run r : results) {
            System.out.printf("villages=%d json=%.1f MB fetch+parse=%.0f ms draw=%.0f ms areas=%d%n", villages,
                    r.bytes() / 1e6, r.fetchMs(), r.drawMs(), r.areas());
        }
    }

    /** The runs after one warm-up run. */
    public static List<Run> run(int villages, int runs) throws Exception {
        byte[] view = new ObjectMapper().writeValueAsBytes(province(villages));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve(server, "/view.json", "application/json", view);
        serve(server, "/echarts.min.js", "text/javascript", resource("/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js"));
        serve(server, "/fupin-map.js", "text/javascript", resource("/static/js/fupin-map.js"));
        serve(server, "/bench.html", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        serve(server, "/bench.js", "text/javascript", SCRIPT.getBytes(StandardCharsets.UTF_8));
        server.start();
        WebDriver browser = ChromiumAccess.start(1600, 1200);
        try {
            List<Run> out = new ArrayList<>();
            for (int i = 0; i <= runs; i++) {
                browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/bench.html");
                new WebDriverWait(browser, Duration.ofMinutes(5))
                        .until(d -> ((JavascriptExecutor) d).executeScript("return window.benchResult || null;") != null);
                @SuppressWarnings("unchecked")
                Map<String, Number> r = (Map<String, Number>) ((JavascriptExecutor) browser).executeScript("return window.benchResult;");
                if (i > 0) out.add(new Run(view.length, r.get("fetchMs").doubleValue(), r.get("drawMs").doubleValue(), r.get("areas").longValue()));
            }
            return out;
        } finally {
            browser.quit();
            server.stop(0);
        }
    }

    /** A province of {@code villages} villages in townships of 20, over 12 × 8 degrees, each with a value and a point. */
    static MapView province(int villages) {
        Map<String, List<String>> byTownship = new LinkedHashMap<>();
        for (int v = 0; v < villages; v++) {
            int township = v / 20;
            String code = String.format("62%02d%02d%03d%03d", 1 + township / 1000, 1 + township / 50 % 20, 100 + township % 50, 201 + v % 20);
            byTownship.computeIfAbsent(code.substring(0, 9) + "000", k -> new ArrayList<>()).add(code);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode all = json.readTree(SyntheticBoundaries.featureCollection(byTownship, 92.8, 32.6, 108.7, 42.8, 62));
        List<JsonNode> polygons = new ArrayList<>();
        List<MapView.Place> places = new ArrayList<>();
        Random random = new Random(62);
        List<MapView.Area> areas = new ArrayList<>();
        for (JsonNode f : all.get("features")) {
            String code = f.get("properties").get("code").asString();
            if (code.endsWith("000")) continue;
            JsonNode geometry = f.get("geometry");
            if (geometry.get("type").asString().equals("Point")) {
                places.add(new MapView.Place(code, "村" + code.substring(9), geometry.get("coordinates").get(0).doubleValue(),
                        geometry.get("coordinates").get(1).doubleValue(), true, List.of(), random.nextInt(4) == 0 ? List.of("x") : List.of()));
                continue;
            }
            ((ObjectNode) f.get("properties")).put("name", "村" + code.substring(9));
            polygons.add(f);
            int c = random.nextInt(COLORS.length);
            areas.add(new MapView.Area(code, "村" + code.substring(9), BigDecimal.valueOf(c * 5L + random.nextInt(5)), null, c, COLORS[c]));
        }
        String geojson = "{\"type\":\"FeatureCollection\",\"features\":" + json.writeValueAsString(polygons) + "}";
        List<MapView.LegendClass> legend = new ArrayList<>();
        for (int c = 0; c < COLORS.length; c++) {
            legend.add(new MapView.LegendClass(c, BigDecimal.valueOf(c * 5L), BigDecimal.valueOf(c * 5L + 5), null, COLORS[c], 0));
        }
        return new MapView("620000000000", "省", 2015, MapFigure.POOR_HOUSEHOLDS, RegionLevel.VILLAGE, false, true,
                List.of(org.fupin.maps.Crs.WGS84), geojson, areas, legend, places);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = MapRenderBenchmark.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("No " + path);
            return in.readAllBytes();
        }
    }

    private static void serve(HttpServer server, String path, String type, byte[] body) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private static final String PAGE = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>map bench</title></head>
            <body><div id="map-chart" style="width:1500px;height:1100px" data-figure="f" data-present="p" data-lacking="l"
            data-no-value="n" data-unreported="u"></div>
            <script src="/echarts.min.js"></script><script src="/fupin-map.js"></script><script src="/bench.js"></script>
            </body></html>
            """;

    private static final String SCRIPT = """
            var started = performance.now();
            fetch('/view.json').then(function (r) { return r.json(); }).then(function (view) {
              var fetched = performance.now() - started;
              FupinMap.draw(document.getElementById('map-chart'), view, function (chart, ms) {
                window.benchResult = {fetchMs: fetched, drawMs: ms, areas: chart.getOption().geo[0].regions.length};
              });
            });
            """;
}
