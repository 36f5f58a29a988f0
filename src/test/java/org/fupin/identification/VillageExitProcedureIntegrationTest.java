package org.fupin.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.facilities.Facilities;
import org.fupin.facilities.VillageFacility;
import org.fupin.identification.domain.VillageExitPolicy;
import org.fupin.identification.domain.VillageExitStep;
import org.fupin.imports.Imports;
import org.fupin.kernel.Check;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #16: a poor village exits through its procedure — 村提出, 乡镇审核 against the exit test (incidence and the
 * county's conditions), 7 days of 乡镇内公示, 县审定公告 — and through nothing else.
 */
@FupinTest
class VillageExitProcedureIntegrationTest {

    static final RegionScope ALL = RegionScope.ALL;
    static final String VILLAGE = "620721101202";
    static final Actor CADRE = new Actor("cadre", "VILLAGE_CADRE");
    static final Actor TOWNSHIP = new Actor("township", "TOWNSHIP_OFFICER");
    static final Actor COUNTY = new Actor("county", "COUNTY_ADMIN");

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired Facilities facilities;
    @Autowired VillageExitConditions conditions;
    @Autowired VillageExits exits;
    @Autowired PublicNotices notices;
    @TempDir Path dir;

    @Test
    void aPoorVillageExitsThroughReviewNoticeAndAnnouncement() throws Exception {
        Samples.importCounty(imports);
        Path facts = dir.resolve("facts-2016.csv");
        Files.writeString(facts, "年度,行政区划代码,总户数,总人口,贫困村类别\n2016," + VILLAGE + ",120,428,建档立卡贫困村\n",
                StandardCharsets.UTF_8);
        assertThat(imports.importVillageFacts(facts, false, Imports.DEFAULT_LOCALE).accepted()).isTrue();
        conditions.set(ALL, "620721", 2016, "TAP_WATER", 1, "县定退出标准", "county");

        assertThatThrownBy(() -> exits.open(ALL, "620721101203", 2015, day(10, 1), "", CADRE))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(e.code()).isEqualTo("NOT_A_POOR_VILLAGE"));
        long id = exits.open(ALL, VILLAGE, 2016, day(10, 1), "村两委提出", CADRE);
        assertThatThrownBy(() -> exits.open(ALL, VILLAGE, 2016, day(10, 1), "", CADRE))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(e.code()).isEqualTo("VILLAGE_EXIT_OPEN"));

        assertThatThrownBy(() -> exits.review(ALL, id, day(10, 5), "", CADRE))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(e.code()).isEqualTo("ROLE_NOT_ALLOWED"));
        assertThatThrownBy(() -> exits.review(ALL, id, day(10, 5), "", TOWNSHIP))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(e.verdict().reasons()).containsExactly(
                        Check.of(VillageExitPolicy.FACILITY_PRESENT, false, "自来水（集中供水入户）", 0, 1)));
        facilities.replace(2016, List.of(new VillageFacility(2016, VILLAGE, "TAP_WATER", 1, true, 120, "test")),
                "test", "test");
        exits.review(ALL, id, day(10, 5), "发生率 0.00%，通自来水", TOWNSHIP);

        long notice = exits.openNotice(ALL, id, "贫困村退出公示", day(10, 6), "乡政府公示栏", TOWNSHIP);
        notices.recordPosting(ALL, notice, day(10, 6), "乡政府公示栏", "照片", "township");
        assertThatThrownBy(() -> exits.completeNotice(ALL, id, day(10, 12), "", TOWNSHIP))
                .isInstanceOf(CaseException.class);
        exits.completeNotice(ALL, id, day(10, 13), "无异议", TOWNSHIP);
        assertThatThrownBy(() -> exits.announce(ALL, id, day(10, 20), "", TOWNSHIP))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(e.code()).isEqualTo("ROLE_NOT_ALLOWED"));
        exits.announce(ALL, id, day(10, 20), "县审定", COUNTY);

        VillageExitRepository.Exit exited = exits.find(ALL, id).orElseThrow();
        assertThat(exited.status()).isEqualTo(VillageExitStep.EXITED);
        assertThat(exited.closedOn()).isEqualTo(day(10, 20));
        assertThat(exited.steps()).extracting(VillageExitRepository.StepRecord::step).containsExactly(
                "PROPOSAL", "TOWNSHIP_REVIEW", "TOWNSHIP_NOTICE", "COUNTY_ANNOUNCEMENT");

        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        String print = admin.get("/print/notices/" + notice).body();
        assertThat(print).contains("拟退出贫困村予以公示", "向乡镇人民政府反映", "id=\"notice-villages\"", "428", "0.00");
        String page = admin.get("/identification/village-exits/" + id).body();
        assertThat(page).contains("已退出", "乡镇审核", "县审定公告", "村两委提出");
        assertThat(admin.get("/identification/village-exits").body()).contains("已退出");
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
