package org.fupin.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.cli.Cli;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 区划变更表 (issue #26, ADR 0037): a file with errors is refused whole, each error located by row and column in
 * plain Chinese; a good XLSX file applies; importing it again changes nothing; page, REST and CLI import the same way
 * and every import is audited.
 */
@FupinTest
class RegionChangeImportIntegrationTest {

    static final String HEADER = "年度,原代码,新代码,变更类型,新名称\n";

    @Autowired Imports imports;
    @Autowired RegionDirectory regions;
    @Autowired JdbcClient jdbc;
    @Autowired Cli cli;
    @Value("${local.server.port}") int port;

    @Test
    void rejectsATableWithErrorsWholeAndLocatesEachInPlainChinese() throws Exception {
        Samples.importCounty(imports);
        Path file = csv(HEADER
                + "2016,620721101201,620721101202,撤并,\n"
                + "20x6,620721101203,620721101204,合并,\n"
                + "2016,620721999201,620721101204,合并,\n"
                + "2016,620721102000,620799102000,迁移,\n"
                + "2015,620721101205,620721101206,合并,\n"
                + "2016,620721101207,620721101208,合并,\n"
                + "2016,,620721101209,新设,新村\n"
                + "2016,620721101210,620721101211,合并,\n");
        long changes = jdbc.sql("select count(*) from region_change").query(Long.class).single();
        long rejected = audited("IMPORT_REJECTED_REGION_CHANGES");

        ImportReport report = imports.importRegionChanges(file, false, Imports.DEFAULT_LOCALE);

        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::code).containsExactly(
                tuple(2, "变更类型", "REGION_CHANGE_KIND_UNKNOWN"), tuple(3, "年度", "REGION_CHANGE_YEAR_INVALID"),
                tuple(4, "原代码", "REGION_CHANGE_NOT_VALID"), tuple(5, "新代码", "REGION_CHANGE_PARENT_NOT_VALID"),
                tuple(6, "原代码", "REGION_CHANGE_HAS_RECORDS"), tuple(8, "新代码", "REGION_CHANGE_CODE_TAKEN"));
        assertThat(report.errors().get(3).message()).isEqualTo(
                "上级区划 620799000000 在 2016 年不存在：请先新设上级，或把新设上级的一行放在前面");
        assertThat(report.errors().get(4).message()).startsWith("2015 年及以后已有").contains("条登记记录在这个区划下");
        assertThat(regions.find(RegionScope.ALL, "620721101207").orElseThrow().validUntil()).as("row 7 not applied").isNull();
        assertThat(jdbc.sql("select count(*) from region_change").query(Long.class).single()).isEqualTo(changes);
        assertThat(audited("IMPORT_REJECTED_REGION_CHANGES")).isEqualTo(rejected + 1);
    }

    @Test
    void appliesAnXlsxTableAndASecondImportChangesNothing() throws Exception {
        Samples.importCounty(imports);
        Path file = xlsx(List.of(List.of("年度", "原代码", "新代码", "变更类型", "新名称"),
                List.of("2017", "620721101213", "", "更名", "西水滩新村村民委员会"),
                List.of("2017", "620721101214", "620721101219", "拆分", "金子滩二村村民委员会"),
                List.of("2017", "620721101215", "620721101216", "合并", ""),
                List.of("2017", "620721101217", "", "撤销", "")));
        long imported = audited("IMPORT_REGION_CHANGES");

        ImportReport first = imports.importRegionChanges(file, false, Imports.DEFAULT_LOCALE);

        assertThat(first.errors()).isEmpty();
        assertThat(first.accepted()).isTrue();
        assertThat(regions.find(RegionScope.ALL, "620721101213").orElseThrow().name()).isEqualTo("西水滩新村村民委员会");
        assertThat(regions.children(RegionScope.ALL, "620721101000", 2017)).extracting(Region::code)
                .contains("620721101214", "620721101219", "620721101216")
                .doesNotContain("620721101215", "620721101217");
        assertThat(regions.children(RegionScope.ALL, "620721101000", 2016)).extracting(Region::code)
                .contains("620721101215", "620721101217").doesNotContain("620721101219");
        String tree = snapshot();

        ImportReport again = imports.importRegionChanges(file, false, Imports.DEFAULT_LOCALE);

        assertThat(again.accepted()).isTrue();
        assertThat(snapshot()).isEqualTo(tree);
        assertThat(audited("IMPORT_REGION_CHANGES")).isEqualTo(imported + 2);
    }

    @Test
    void thePageRestAndCliImportTheSameTable() throws Exception {
        Samples.importCounty(imports);
        byte[] table = (HEADER + "2018,620721101218,620721101216,合并,\n").getBytes(StandardCharsets.UTF_8);
        Path file = csv(new String(table, StandardCharsets.UTF_8));
        long dryRuns = audited("DRY_RUN_REGION_CHANGES");
        long imported = audited("IMPORT_REGION_CHANGES");

        assertThat(cli.run(new String[] {"import-region-changes", file.toString(), "--dry-run"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isZero();
        WebSession session = new WebSession(port);
        session.logIn(WebSession.ADMIN_PASSWORD);
        String page = session.get("/imports").body();
        assertThat(page).contains("value=\"region-changes\"", "区划变更表");
        String checked = session.upload("/imports?kind=region-changes&dryRun=true", "file", "changes.csv", table, page).body();
        assertThat(checked).contains("id=\"accepted\"");
        assertThat(regions.find(RegionScope.ALL, "620721101218").orElseThrow().validUntil()).as("dry runs").isNull();

        HttpResponse<String> rest = restUpload("region-changes", table);

        assertThat(rest.statusCode()).isEqualTo(200);
        assertThat(regions.find(RegionScope.ALL, "620721101218").orElseThrow().validUntil()).isEqualTo(2018);
        assertThat(audited("DRY_RUN_REGION_CHANGES")).isEqualTo(dryRuns + 2);
        assertThat(audited("IMPORT_REGION_CHANGES")).isEqualTo(imported + 1);
    }

    @Test
    void aRegistryYearAfterAMergerIsRefusedOnTheMergedVillagesOldCode() throws Exception {
        Samples.importCounty(imports);
        assertThat(imports.importRegionChanges(csv(HEADER + "2019,620721102206,620721102205,合并,\n"), false,
                Imports.DEFAULT_LOCALE).accepted()).isTrue();
        List<String> lines = Files.readAllLines(Samples.file("registry.csv"));
        String household = lines.stream().filter(l -> l.contains(",6207211500347,")).map(l -> l.replace("2015,620721102206,",
                "2019,620721102206,")).reduce((a, b) -> a + "\n" + b).orElseThrow();

        ImportReport report = imports.importRegistry(csv(lines.get(0) + "\n" + household + "\n"), true, Imports.DEFAULT_LOCALE);

        assertThat(report.errors()).extracting(ImportIssue::row, ImportIssue::code)
                .contains(tuple(2, "VILLAGE_NOT_VALID_IN_YEAR"));
        assertThat(report.errors()).filteredOn(i -> i.code().equals("VILLAGE_NOT_VALID_IN_YEAR")).first()
                .extracting(ImportIssue::message).asString().startsWith("这个村在 2019 年不存在");
    }

    private String snapshot() {
        return jdbc.sql("select string_agg(code || name || coalesce(valid_from, 0) || coalesce(valid_until, 0), ';' order by code) "
                + "from region").query(String.class).single() + jdbc.sql("select count(*) from region_change").query(String.class).single();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :action").param("action", action)
                .query(Long.class).single();
    }

    private static Path csv(String text) throws Exception {
        Path file = Files.createTempFile("changes", ".csv");
        Files.writeString(file, text);
        return file;
    }

    private static Path xlsx(List<List<String>> rows) throws Exception {
        Path file = Files.createTempFile("changes", ".xlsx");
        try (var out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "fupin", "1.0");
            Worksheet sheet = workbook.newWorksheet("区划变更表");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) sheet.value(r, c, rows.get(r).get(c));
            }
            workbook.finish();
        }
        return file;
    }

    private HttpResponse<String> restUpload(String kind, byte[] content) throws Exception {
        String boundary = "fupin-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"changes.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        String credentials = WebSession.ADMIN + ":" + WebSession.ADMIN_PASSWORD;
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(WebSession.uri(port, "/api/v1/imports/" + kind))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
