package org.fupin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.comparison.Comparison;
import org.fupin.comparison.ListSource;
import org.fupin.comparison.Views.ListImport;
import org.fupin.comparison.domain.ListType;
import org.fupin.household.domain.IdNumber;
import org.fupin.identification.PolicyParameters;
import org.fupin.imports.Imports;
import org.fupin.monitoring.domain.AssistanceLayering;
import org.fupin.monitoring.domain.RangeRule;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #17: a 民政 list imported for the sample county puts the registry's households into layers whose counts
 * equal counts made here from the sample file and the list; referrals go both ways.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SocialAssistanceLayersIntegrationTest {

    static final RegionScope ALL = RegionScope.ALL;
    static final String VILLAGE = "620721101201";
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    static final String PASSWORD = "Qilian-snow-2026";

    /** A household of the sample registry file as this test reads it, independently of Fupin. */
    record SampleHousehold(String number, String attribute, String status, String head, List<String> ids,
                           List<String> names) {}

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired Comparison comparison;
    @Autowired PolicyParameters parameters;
    @Autowired MonitoringRanges ranges;
    @Autowired Monitoring monitoring;
    @Autowired PublicNotices notices;
    @Autowired SocialAssistanceView layers;
    @Autowired UserAdministration users;
    @TempDir Path dir;

    Map<String, SampleHousehold> village;
    SampleHousehold onDibaoList;
    SampleHousehold marginal;

    @BeforeAll
    void county() throws IOException {
        Samples.importCounty(imports);
        assertThat(users.add("layers-county", Role.COUNTY_ADMIN, "620721000000", PASSWORD)).isEmpty();
        village = sampleVillage();
        onDibaoList = village.values().stream().filter(h -> h.attribute().equals("低保贫困户")).findFirst().orElseThrow();
        marginal = village.values().stream().filter(h -> h.attribute().equals("一般贫困户")).findFirst().orElseThrow();
    }

    @Test
    void aListWithAnUnknownAssistanceKindIsRejectedWithItsRowColumnAndValue() throws IOException {
        ListImport rejected = importList("bad.csv", row(onDibaoList, 0, "低保") + row(marginal, 0, "临时救助"));
        assertThat(rejected.report().accepted()).isFalse();
        assertThat(rejected.report().errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("救助类别");
            assertThat(e.value()).isEqualTo("临时救助");
            assertThat(e.message()).contains("低保 / 特困 / 低保边缘 / 刚性支出困难");
        });
    }

    @Test
    void layerCountsEqualCountsOfTheListAndTheRegistryAndReferralsGoBothWays() throws Exception {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < onDibaoList.ids().size(); i++) list.append(row(onDibaoList, i, "低保对象"));
        list.append(row(marginal, 0, "低保边缘家庭"));
        String stranger = "620721199001010" + "01";
        stranger = stranger + IdNumber.checkCharacter(stranger);
        list.append(stranger).append(",外村人,特困,300,2026-01-01\n");
        assertThat(importList("list.csv", list.toString()).report().accepted()).isTrue();
        parameters.setParameter(ALL, new PolicyParameters.Parameter("MONITORING.DIBAO_ANNUAL", "620721", 2026,
                new BigDecimal("6000"), "test 低保标准"), "test");
        ranges.setRange(ALL, "620721", 2026, new RangeRule(RangeRule.Basis.AMOUNT, new BigDecimal("8700")), null,
                "test range", "test");
        long poorAndOnNoList = identified("TL-1", "未登记户一", 3, "5000", "3000");   // (15,000 − 3,000) / 3 = 4,000
        identified("TL-2", "未登记户二", 2, "7000", "0");                           // 7,000 per person: no referral

        SocialAssistanceView.View view = layers.view(ALL, VILLAGE, DAY);

        assertThat(view.registryYear()).isEqualTo(2015);
        assertThat(view.unplaced()).isEqualTo(1);
        Map<String, long[]> expected = new LinkedHashMap<>();
        expected.put(AssistanceLayering.MONITORED, new long[] {2, 5});
        expected.put("DIBAO", new long[] {1, onDibaoList.ids().size()});
        expected.put("EXTREME_POOR", new long[] {0, 0});
        expected.put("DIBAO_MARGINAL", new long[] {1, marginal.ids().size()});
        expected.put("RIGID_SPENDING", new long[] {0, 0});
        expected.put(AssistanceLayering.POOR, count(h -> !h.status().equals("已脱贫")));
        expected.put(AssistanceLayering.EXITED, count(h -> h.status().equals("已脱贫")));
        expected.put(AssistanceLayering.ORDINARY, new long[] {0, 0});
        assertThat(view.counts()).extracting(c -> c.layer() + " " + c.households() + " " + c.persons())
                .containsExactlyElementsOf(expected.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()[0] + " " + e.getValue()[1]).toList());
        for (SocialAssistanceView.Count c : view.counts()) {
            assertThat(view.with(c.layer())).as(c.layer()).hasSize((int) c.households());
        }

        assertThat(view.finding("REFER_TO_CIVIL_AFFAIRS")).extracting(SocialAssistanceView.Household::episodeId)
                .containsExactly(poorAndOnNoList);
        Set<String> missing = village.values().stream().filter(h -> h != onDibaoList)
                .filter(h -> h.attribute().equals("低保贫困户") || h.attribute().equals("特困供养贫困户"))
                .map(SampleHousehold::number).collect(Collectors.toSet());
        assertThat(missing).isNotEmpty();
        assertThat(view.finding("MISSING_FROM_LIST")).extracting(SocialAssistanceView.Household::householdNumber)
                .containsExactlyInAnyOrderElementsOf(missing);

        WebSession county = new WebSession(port);
        county.logIn("layers-county", PASSWORD);
        String page = county.get("/monitoring/layers?region=" + VILLAGE + "&date=" + DAY).body();
        assertThat(page).contains("监测与社会救助分层", "现行民政名单：民政局", "名单中有1人不在登记库中",
                "防止返贫致贫监测对象", "低保边缘", "未登记户一", "人均4,000元，低于农村低保标准6,000元");
        String text = page.replaceAll("<[^>]+>", " ");
        assertThat(text).doesNotContain("DIBAO", "MISSING_FROM_LIST", "REFER_TO", VILLAGE);
        assertThat(text).contains("登记为低保贫困户，但现行民政名单的“低保”中没有该户成员",
                "登记为特困供养贫困户，但现行民政名单的“特困”中没有该户成员");
        for (String number : missing) {
            assertThat(page).contains(village.get(number).head());
        }
        String basic = java.util.Base64.getEncoder().encodeToString(("layers-county:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        var rest = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                WebSession.uri(port, "/api/v1/monitoring/layers?region=" + VILLAGE + "&date=" + DAY))
                .header("Authorization", "Basic " + basic).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(rest.statusCode()).isEqualTo(200);
        String json = rest.body();
        assertThat(json).contains("\"registryYear\":2015", "\"unplaced\":1",
                "{\"layer\":\"DIBAO\",\"households\":1,\"persons\":" + onDibaoList.ids().size() + "}",
                "\"name\":\"REFER_TO_CIVIL_AFFAIRS\"");
        String dibao = county.get("/monitoring/layers?region=" + VILLAGE + "&date=" + DAY + "&layer=DIBAO").body();
        assertThat(dibao).contains("id=\"list\"", onDibaoList.head());
    }

    private long[] count(java.util.function.Predicate<SampleHousehold> which) {
        List<SampleHousehold> hs = village.values().stream().filter(which).toList();
        return new long[] {hs.size(), hs.stream().mapToLong(h -> h.ids().size()).sum()};
    }

    /** A non-registered household taken from a clue to the county decision in 2026. */
    private long identified(String number, String head, int members, String income, String rigid) {
        long id = monitoring.recordClue(ALL, new Views.ClueInput(VILLAGE, number, head, members,
                Views.Channel.SELF_DECLARATION, "", "ILLNESS", LocalDate.of(2026, 3, 1), null, ""), "cadre");
        monitoring.homeVisit(ALL, id, new Views.VisitInput(LocalDate.of(2026, 3, 3), List.of("甲", "乙"), true,
                "承诺授权书", new BigDecimal(income), new BigDecimal(rigid), false, true, List.of("ILLNESS"), ""),
                "cadre");
        monitoring.compare(ALL, id, LocalDate.of(2026, 3, 4), null, "", "cadre");
        monitoring.democraticReview(ALL, id, LocalDate.of(2026, 3, 5), true, "", "cadre");
        long notice = monitoring.openNotice(ALL, id, "监测对象公示", LocalDate.of(2026, 3, 6), "村务公开栏", "cadre");
        notices.recordPosting(ALL, notice, LocalDate.of(2026, 3, 6), "村务公开栏", "照片", "cadre");
        monitoring.townshipReview(ALL, id, LocalDate.of(2026, 3, 11), true, "", "township");
        monitoring.countyDecision(ALL, id, LocalDate.of(2026, 3, 12), true, "", "county");
        return id;
    }

    private ListImport importList(String name, String rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "证件号码,姓名,救助类别,月保障金额（元）,起始日期\n" + rows, StandardCharsets.UTF_8);
        return comparison.importList(file, new ListSource(ListType.ASSISTANCE, "民政局", LocalDate.of(2026, 10, 31)),
                Locale.SIMPLIFIED_CHINESE);
    }

    private static String row(SampleHousehold h, int member, String kind) {
        return h.ids().get(member) + "," + h.names().get(member) + "," + kind + ",500,2025-01-01\n";
    }

    /** The households of the village in the sample registry file (no quoted cells), read here without Fupin. */
    private static Map<String, SampleHousehold> sampleVillage() throws IOException {
        List<String> lines = Files.readAllLines(Samples.file("registry.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        Map<String, List<String[]>> byHousehold = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[header.indexOf("行政区划代码")].equals(VILLAGE)) {
                byHousehold.computeIfAbsent(cells[header.indexOf("户编号")], k -> new ArrayList<>()).add(cells);
            }
        }
        int attribute = header.indexOf("贫困户属性");
        int status = header.indexOf("脱贫状态");
        int id = header.indexOf("证件号码");
        int name = header.indexOf("姓名");
        int relationship = header.indexOf("与户主关系");
        Map<String, SampleHousehold> result = new LinkedHashMap<>();
        byHousehold.forEach((number, rows) -> {
            String[] facts = rows.stream().filter(r -> !r[attribute].isEmpty()).findFirst().orElseThrow();
            String head = rows.stream().filter(r -> r[relationship].equals("户主")).findFirst().orElseThrow()[name];
            result.put(number, new SampleHousehold(number, facts[attribute], facts[status], head,
                    rows.stream().map(r -> r[id]).toList(), rows.stream().map(r -> r[name]).toList()));
        });
        return result;
    }
}
