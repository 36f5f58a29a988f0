package org.fupin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.monitoring.domain.AssistanceLayering;
import org.fupin.monitoring.domain.Category;
import org.fupin.monitoring.domain.RangeRule;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.fupin.web.WebSession;

/**
 * Issue #17: in 2026 monitoring covers every rural household at risk. A household that was never registered is
 * taken in from a clue and goes through the decision, help, six months of follow-up and risk elimination; the one
 * view shows it as a 防止返贫致贫监测对象 while monitored and as an ordinary household after.
 */
@FupinTest
class NonRegisteredHouseholdIn2026IntegrationTest {

    static final RegionScope ALL = RegionScope.ALL;
    static final String VILLAGE = "620721101201";

    @Autowired Imports imports;
    @Autowired MonitoringRanges ranges;
    @Autowired Monitoring monitoring;
    @Autowired RiskCare care;
    @Autowired PublicNotices notices;
    @Autowired SocialAssistanceView layers;
    @LocalServerPort int port;

    @Test
    void aNeverRegisteredHouseholdGoesFromClueToRiskEliminationIn2026() throws Exception {
        Samples.importCounty(imports);
        ranges.setRange(ALL, "620721", 2026, new RangeRule(RangeRule.Basis.AMOUNT, new BigDecimal("8700")), null,
                "甘肃 2026（test）", "county");
        long id = monitoring.recordClue(ALL, new Views.ClueInput(VILLAGE, "NR-2026-1", "新监测户主", 4,
                Views.Channel.SELF_DECLARATION, "", "ILLNESS", day(3, 2), null, "住院"), "cadre");
        assertThat(monitoring.detail(ALL, id).episode().householdId()).isNull();

        monitoring.homeVisit(ALL, id, new Views.VisitInput(day(3, 4), List.of("甲", "乙"), true, "承诺授权书已签字",
                new BigDecimal("9000"), new BigDecimal("20000"), false, true, List.of("ILLNESS"), "采集表"), "cadre");
        monitoring.compare(ALL, id, day(3, 5), null, "", "cadre");
        monitoring.democraticReview(ALL, id, day(3, 6), true, "", "cadre");
        long notice = monitoring.openNotice(ALL, id, "监测对象公示", day(3, 7), "村务公开栏", "cadre");
        notices.recordPosting(ALL, notice, day(3, 7), "村务公开栏", "照片", "cadre");
        monitoring.townshipReview(ALL, id, day(3, 12), true, "", "township");
        Monitoring.Decision decision = monitoring.countyDecision(ALL, id, day(3, 14), true, "", "county");

        // 4 × 9,000 = 36,000 yuan; minus 20,000 合规自付 leaves 4,000 per person, below the 2026 range of 8,700
        assertThat(decision.episode().category()).isEqualTo(Category.SEVERE_DIFFICULTY);
        assertThat(decision.classification().checks()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("INCOME_AFTER_RIGID");
            assertThat(c.passed()).isTrue();
        });
        assertThat(decision.timeliness().passed()).isTrue();
        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        assertThat(admin.get("/monitoring/episodes/" + id).body()).contains("id=\"reckoning\"",
                "家庭年收入36000.00元减去合规自付刚性支出20000.00元，4人人均4000.00元（监测范围8700.00元）", "突发严重困难户");
        assertThat(layers.view(ALL, VILLAGE, day(3, 31)).with(AssistanceLayering.MONITORED))
                .extracting(SocialAssistanceView.Household::householdNumber).containsExactly("NR-2026-1");

        care.addMeasure(ALL, id, "EMPLOYMENT", day(3, 20), "就近务工", "cadre");
        for (int month = 4; month <= 9; month++) {
            care.followUp(ALL, id, new Views.FollowUpInput(day(month, 15), new BigDecimal("9800"), true, true, true,
                    "走访"), "cadre");
        }
        assertThat(care.eliminationCheck(ALL, id, day(9, 20)).passed()).isTrue();
        care.eliminationVisit(ALL, id, day(9, 20), List.of("甲", "乙"), "核实", "cadre");
        long elimination = care.openEliminationNotice(ALL, id, "风险消除公示", day(9, 21), "村务公开栏", "cadre");
        notices.recordPosting(ALL, elimination, day(9, 21), "村务公开栏", "照片", "cadre");
        Views.Episode eliminated = care.eliminate(ALL, id, day(9, 26), "审核确认", "county");

        assertThat(eliminated.status()).isEqualTo(Views.Status.ELIMINATED);
        assertThat(monitoring.history(ALL, VILLAGE, "NR-2026-1")).hasSize(1);
        SocialAssistanceView.Household after = layers.view(ALL, VILLAGE, day(10, 1)).households().stream()
                .filter(h -> h.householdNumber().equals("NR-2026-1")).findFirst().orElseThrow();
        assertThat(after.layers()).containsExactly(AssistanceLayering.ORDINARY);
        assertThat(after.episodeId()).isEqualTo(id);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
