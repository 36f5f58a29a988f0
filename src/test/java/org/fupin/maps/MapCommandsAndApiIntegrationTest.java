package org.fupin.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.cli.Cli;
import org.fupin.imports.Imports;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The CLI ({@code import-boundaries}, {@code map}) and the REST API of maps call the same module methods as the pages. */
@FupinTest
class MapCommandsAndApiIntegrationTest {

    private static final String TOWNSHIP = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
            + "\"properties\":{\"code\":\"620721101000\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[99,38],[100,38],[100,39],[99,39],[99,38]]]}}]}";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired Cli cli;
    @TempDir Path dir;

    @Test
    void importsBoundariesFromTheCommandLineAndPrintsTheMapAsJson() throws Exception {
        Samples.importCounty(imports);
        String good = Files.writeString(dir.resolve("good.geojson"), TOWNSHIP).toString();
        String bad = Files.writeString(dir.resolve("bad.geojson"), TOWNSHIP.replace("620721101000", "620721999000")).toString();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(cli.run(new String[] {"import-boundaries", good, "--year", "2015"}, quiet)).as("no --crs").isEqualTo(2);
        assertThat(cli.run(new String[] {"import-boundaries", bad, "--year", "2015", "--crs", "WGS84"}, quiet)).isEqualTo(1);
        assertThat(cli.run(new String[] {"import-boundaries", good, "--year", "2015", "--crs", "gcj02"}, quiet)).isZero();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = cli.run(new String[] {"map", "620721000000", "--year", "2015", "--figure", "POOR_HOUSEHOLDS"},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        JsonNode view = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(view.get("areas").get(0).get("name").asString()).isEqualTo("皇城镇");
        assertThat(view.get("crs").get(0).asString()).isEqualTo("GCJ02");
        assertThat(view.get("geojson").get("features").get(0).get("properties").get("code").asString()).isEqualTo("620721101000");
    }

    @Test
    void answersTheMapAndTheBattleMapOverRestAndRefusesABadFileWith422() throws Exception {
        Samples.importCounty(imports);
        assertThat(upload(TOWNSHIP.replace("[99,38]]]", "[99,38.5]]]")).statusCode()).isEqualTo(422);
        assertThat(upload(TOWNSHIP).statusCode()).isEqualTo(200);

        JsonNode map = new ObjectMapper().readTree(get("/api/v1/maps/620721000000?year=2015&figure=INCIDENCE").body());
        assertThat(map.get("level").asString()).isEqualTo("TOWNSHIP");
        assertThat(map.get("areas").get(0).get("code").asString()).isEqualTo("620721101000");
        assertThat(map.get("legend")).isNotEmpty();
        JsonNode battle = new ObjectMapper().readTree(get("/api/v1/maps/620721101000/battle?year=2015").body());
        assertThat(battle.get("figure").asString()).isEqualTo("BATTLE");
        assertThat(battle.get("legend")).hasSize(Maps.BattleState.values().length);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(WebSession.uri(port, path))
                .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String geojson) throws Exception {
        String boundary = "fupin-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.geojson\"\r\n"
                + "Content-Type: application/geo+json\r\n\r\n" + geojson + "\r\n--" + boundary + "--\r\n";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        WebSession.uri(port, "/api/v1/imports/map-boundaries?year=2015&crs=WGS84"))
                .header("Authorization", basic()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((WebSession.ADMIN + ":" + WebSession.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
