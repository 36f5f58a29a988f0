package org.fupin.notice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.imports.Imports;
import org.fupin.notice.NoticeDraft;
import org.fupin.notice.NoticeEntry;
import org.fupin.notice.NoticeKind;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The photo of a posted notice uploaded over REST as the posting form uploads it (issue #27): the village's cadre
 * attaches it, the cadre and the county administrator see it among the notice's files; another village's cadre gets
 * 404, an auditor 403; an empty file is 400; only the accepted upload is audited.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticeEvidenceApiIntegrationTest {

    private static final byte[] PHOTO = "公示栏照片".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired PublicNotices notices;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private String base;

    @BeforeAll
    void noticeAndCallers() {
        Samples.importCounty(imports);
        long notice = notices.open(RegionScope.ALL, NoticeDraft.of(NoticeKind.IDENTIFICATION_FIRST, ApiCallers.VILLAGE,
                "评议结果公示", LocalDate.now(), 7, "村务公开栏",
                List.of(new NoticeEntry(null, "T-API-N1", "王", 3, "一般贫困户", "缺资金", ""))), "test");
        callers = ApiCallers.of(port, users, tokens, "notice-evidence");
        base = "/api/v1/identification/notices/" + notice;
    }

    @Test
    void theVillagesCadreAttachesThePostingPhotoThatTheCountySeesAmongTheNoticesFiles() throws Exception {
        assertThat(callers.otherCadre().upload(base + "/evidence", "公示照片.jpg", PHOTO).statusCode()).isEqualTo(404);
        assertThat(callers.auditor().upload(base + "/evidence", "公示照片.jpg", PHOTO).statusCode()).isEqualTo(403);
        HttpResponse<String> empty = callers.ownCadre().upload(base + "/evidence", "空.jpg", new byte[0]);
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(audited()).isZero();

        HttpResponse<String> attached = callers.ownCadre().upload(base + "/evidence", "公示照片.jpg", PHOTO);
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        long file = json.readTree(attached.body()).path("id").asLong();
        assertThat(audited()).isOne();
        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            HttpResponse<String> read = reader.get(base);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            JsonNode files = json.readTree(read.body()).path("files");
            assertThat(files).hasSize(1);
            assertThat(files.get(0).path("id").asLong()).isEqualTo(file);
            assertThat(files.get(0).path("fileName").asString()).isEqualTo("公示照片.jpg");
            assertThat(files.get(0).path("size").asLong()).isEqualTo(PHOTO.length);
        }
        assertThat(callers.otherCadre().get(base).statusCode()).isEqualTo(404);
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where action = 'NOTICE_EVIDENCE' and target = :t")
                .param("t", "notice/" + base.substring(base.lastIndexOf('/') + 1)).query(Long.class).single();
    }
}
