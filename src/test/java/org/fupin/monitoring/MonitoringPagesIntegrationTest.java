package org.fupin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The dashboard page and its list, the REST board, and the REST warning import refusing a bad row (issue #10). */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringPagesIntegrationTest {

    static final String VILLAGE = "620721102206";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired Monitoring monitoring;

    @BeforeAll
    void aClue() {
        Samples.importCounty(imports);
        monitoring.recordClue(RegionScope.ALL, new Views.ClueInput(VILLAGE, "TMP-1", "页面测试户", 3,
                Views.Channel.SELF_DECLARATION, "", "ILLNESS", LocalDate.of(2024, 5, 2), null, ""), "test");
    }

    @Test
    void theBoardLinksEachCountToItsList() throws Exception {
        WebSession session = new WebSession(port);
        session.logIn(WebSession.ADMIN_PASSWORD);
        String board = session.get("/monitoring?region=" + VILLAGE + "&date=2024-06-01").body();
        assertThat(board).contains("防止返贫动态监测", "按状态", "识别中", "nav-monitoring");
        String list = session.get("/monitoring?region=" + VILLAGE + "&date=2024-06-01&dimension=STATUS&key=IDENTIFYING")
                .body();
        assertThat(list).contains("TMP-1", "页面测试户");
        // issue #19: names, not codes: the village and the risk type of the list are words
        String listRows = list.substring(list.indexOf("list-row"));
        assertThat(listRows).contains("大草滩村民委员会", "因病").doesNotContain(">" + VILLAGE + "<", ">ILLNESS<");
        String byVillage = session.get("/monitoring?region=" + VILLAGE + "&date=2024-06-01").body();
        assertThat(byVillage).doesNotContain(">" + VILLAGE + "<");
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/monitoring/board?region=" + VILLAGE + "&date=2024-06-01")).header("Authorization", basic()).build();
        String api = HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofString()).body();
        assertThat(api).contains("\"households\":1", "\"key\":\"IDENTIFYING\"");
    }

    @Test
    void theApiRejectsAWarningListWithItsRowAndColumn() throws Exception {
        String boundary = "fupin-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"warn.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n行政区划代码,户编号,户主姓名,家庭人口数,风险类型,预警日期\r\n"
                + VILLAGE + ",TMP-2,某某,0,因病,2024-05-01\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/monitoring/warnings?department=x"))
                .header("Authorization", basic())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"row\":2", "家庭人口数", "MEMBERS_INVALID");
        assertThat(monitoring.history(RegionScope.ALL, VILLAGE, "TMP-2")).isEmpty();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(
                (WebSession.ADMIN + ":" + WebSession.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
