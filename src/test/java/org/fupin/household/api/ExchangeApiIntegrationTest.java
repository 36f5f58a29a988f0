package org.fupin.household.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.household.domain.RegistryColumn;
import org.fupin.imports.Imports;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk exchange through the API (issue #27): the registry in its import template for administrators, a region's
 * statistics and the monitoring list within the caller's scope, each download audited.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired MessageSource messages;
    @Autowired JdbcClient jdbc;

    private ApiCallers callers;

    @BeforeAll
    void county() {
        Samples.importCounty(imports);
        callers = ApiCallers.of(port, users, tokens, "exchange");
    }

    @Test
    void theCountyAdministratorDownloadsAVillagesRegistryInTheImportTemplateAndTheDownloadIsAudited() throws Exception {
        long before = exports();
        List<Row> rows = sheet(callers.county(), "/api/v1/exchange/regions/" + ApiCallers.VILLAGE + "/registry.xlsx?year=2015");
        List<String> header = rows.get(0).stream().map(c -> c == null ? "" : c.getText()).toList();
        assertThat(header.get(0)).isEqualTo(messages.getMessage("registry." + RegistryColumn.values()[0].name(), null,
                Locale.ROOT));
        assertThat(header).hasSize(RegistryColumn.values().length);
        assertThat(rows.size()).isGreaterThan(10);
        assertThat(exports()).isEqualTo(before + 1);
    }

    @Test
    void aVillageCadreGetsNoRegistryFileButTheirVillagesStatisticsAndNotAnotherVillages() throws Exception {
        String registry = "/api/v1/exchange/regions/" + ApiCallers.VILLAGE + "/registry.xlsx?year=2015";
        assertThat(status(callers.ownCadre(), registry)).isEqualTo(403);
        List<Row> own = sheet(callers.ownCadre(), "/api/v1/exchange/regions/" + ApiCallers.VILLAGE + "/statistics.xlsx?year=2015");
        assertThat(own.get(0).getCell(0).getText()).isEqualTo("region");
        assertThat(own.get(1).getCell(0).getText()).isEqualTo(ApiCallers.VILLAGE);
        assertThat(status(callers.otherCadre(), "/api/v1/exchange/regions/" + ApiCallers.VILLAGE + "/statistics.xlsx?year=2015"))
                .isEqualTo(404);
    }

    @Test
    void theCountysStatisticsHaveARowPerRegionAndTheMonitoringListItsColumns() throws Exception {
        List<Row> county = sheet(callers.county(), "/api/v1/exchange/regions/" + ApiCallers.COUNTY + "/statistics.xlsx?year=2015");
        long regions = jdbc.sql("select count(*) from region where code like '620721%'").query(Long.class).single();
        assertThat(county).hasSize((int) regions + 1);
        List<Row> monitoring = sheet(callers.county(), "/api/v1/exchange/monitoring/list.xlsx?region=" + ApiCallers.COUNTY);
        assertThat(monitoring.get(0).stream().map(c -> c.getText()).toList()).contains("episode.id", "episode.headName");
        assertThat(status(callers.otherCadre(), "/api/v1/exchange/monitoring/list.xlsx?region=" + ApiCallers.VILLAGE))
                .isEqualTo(404);
    }

    private List<Row> sheet(ApiCaller caller, String path) throws Exception {
        HttpResponse<byte[]> response = download(caller, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            return workbook.getFirstSheet().read();
        }
    }

    private int status(ApiCaller caller, String path) throws Exception {
        return download(caller, path).statusCode();
    }

    private HttpResponse<byte[]> download(ApiCaller caller, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(WebSession.uri(port, path))
                .header("Authorization", caller.authorization()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private long exports() {
        return jdbc.sql("select count(*) from audit_event where action = 'EXPORT' and target like '/api/v1/exchange/%'")
                .query(Long.class).single();
    }
}
