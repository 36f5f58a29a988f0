package org.fupin.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.facilities.FacilityImports;
import org.fupin.imports.Imports;
import org.fupin.indicators.domain.ComputationMethod;
import org.fupin.indicators.domain.ComputeDecision;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Computed values of 皇城镇 (620721101000) in 2015 equal the numbers counted here independently: persons from the
 * sample registry CSV, households and villages from the facility table of {@code FacilityTables} (see its comment
 * for the arithmetic: tap water 376 / 728 households, standard clinic with a doctor 2 / 5 villages, bus 1 / 5).
 */
@FupinTest
class ComputedIndicatorsIntegrationTest {

    static final String TOWNSHIP = "620721101000";
    static final String SERVICES = "COUNTY_SERVICES";

    @Autowired Imports imports;
    @Autowired FacilityImports facilityImports;
    @Autowired Indicators indicators;
    @org.springframework.beans.factory.annotation.Value("${local.server.port}") int port;

    @BeforeEach
    void importTheCountyAndItsFacilities() throws IOException {
        Samples.importCounty(imports);
        assertThat(facilityImports.importFacilities(Samples.file("facilities-2015.csv"), 2015, false, Imports.DEFAULT_LOCALE)
                .errors()).isEmpty();
    }

    @Test
    void computesEveryMappedIndicatorOfTheCountySetFromTheRegistryAndTheFacilities() throws Exception {
        ComputeResult result = indicators.compute(RegionScope.ALL, TOWNSHIP, 2015, SERVICES, "test", true);

        long[] insured = countPersons(this::insuredWhereEligible);
        long[] schoolAge = countPersons(p -> p.age() >= 6 && p.age() <= 15, p -> !p.schooling().isEmpty());
        assertThat(result.lines()).extracting(l -> l.indicatorCode() + " " + l.numerator() + "/" + l.denominator())
                .containsExactly("S1 2/5", "S2 " + schoolAge[0] + "/" + schoolAge[1], "S3 376/728",
                        "S4 " + insured[0] + "/" + insured[1], "S5 1/5");
        assertThat(insured[1]).isEqualTo(413);
        Map<String, BigDecimal> stored = indicators.attainment(RegionScope.ALL, TOWNSHIP, 2015, SERVICES).actuals();
        assertThat(stored.get("S1")).isEqualByComparingTo("40");
        assertThat(stored.get("S3")).isEqualByComparingTo("51.6484");
        assertThat(stored.get("S4")).isEqualByComparingTo(percent(insured));
        assertThat(stored.get("S5")).isEqualByComparingTo("20");
        assertThat(indicators.bases(RegionScope.ALL, TOWNSHIP, 2015, SERVICES).get("S3"))
                .isEqualTo(new Indicators.Basis(ComputationMethod.FACILITY_TAP_WATER_HOUSEHOLDS,
                        ComputationMethod.Unit.HOUSEHOLDS, 376, 728));

        org.fupin.web.WebSession session = new org.fupin.web.WebSession(port);
        session.logIn(org.fupin.web.WebSession.ADMIN_PASSWORD);
        byte[] xlsx = session.xlsx("/export/indicators/" + TOWNSHIP + ".xlsx?year=2015&set=" + SERVICES).body();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var tap = workbook.getFirstSheet().read().stream()
                    .filter(r -> "S3".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(tap.getCellText(8)).isEqualTo("376");
            assertThat(tap.getCellText(9)).isEqualTo("728");
            assertThat(tap.getCellText(10)).contains("自来水");
        }
    }

    @Test
    void keepsAValueEnteredByHandUnlessAskedAndExplainsTheComputedOne() {
        indicators.save(RegionScope.ALL, TOWNSHIP, 2015, Indicators.NATIONAL_2013, Map.of("31", new BigDecimal("90")),
                "ENTERED", "test");

        ComputeResult kept = indicators.compute(RegionScope.ALL, TOWNSHIP, 2015, Indicators.NATIONAL_2013, "test", false);

        assertThat(line(kept, "31").decision()).isEqualTo(ComputeDecision.KEEP_ENTERED);
        assertThat(line(kept, "31").value()).isEqualByComparingTo("51.6484");
        assertThat(line(kept, "30").decision()).isEqualTo(ComputeDecision.SAVE);
        assertThat(actual("31")).isEqualByComparingTo("90");
        assertThat(indicators.bases(RegionScope.ALL, TOWNSHIP, 2015, Indicators.NATIONAL_2013)).containsOnlyKeys("30");

        indicators.compute(RegionScope.ALL, TOWNSHIP, 2015, Indicators.NATIONAL_2013, "test", true);

        assertThat(actual("31")).isEqualByComparingTo("51.6484");
        indicators.save(RegionScope.ALL, TOWNSHIP, 2015, Indicators.NATIONAL_2013, Map.of("31", new BigDecimal("88")),
                "ENTERED", "test");
        assertThat(indicators.bases(RegionScope.ALL, TOWNSHIP, 2015, Indicators.NATIONAL_2013)).containsOnlyKeys("30");
    }

    @Test
    void leavesAnIndicatorMissingNotZeroWhenThereIsNothingToCount() {
        ComputeResult community = indicators.compute(RegionScope.ALL, "620721100001", 2015, SERVICES, "test", false);

        assertThat(community.lines()).allSatisfy(l -> {
            assertThat(l.denominator()).isZero();
            assertThat(l.value()).isNull();
            assertThat(l.decision()).isEqualTo(ComputeDecision.MISSING);
        });
        assertThat(indicators.attainment(RegionScope.ALL, "620721100001", 2015, SERVICES).actuals()).isEmpty();
    }

    private BigDecimal actual(String code) {
        return indicators.attainment(RegionScope.ALL, TOWNSHIP, 2015, Indicators.NATIONAL_2013).actuals().get(code);
    }

    private static ComputeResult.Line line(ComputeResult result, String code) {
        return result.lines().stream().filter(l -> l.indicatorCode().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal percent(long[] counts) {
        return BigDecimal.valueOf(counts[0] * 100).divide(BigDecimal.valueOf(counts[1]), 4, RoundingMode.HALF_UP);
    }

    /** A person of the sample registry CSV, as written there. */
    record Person(String village, int age, String schooling, boolean medical, boolean pension) {}

    private boolean insuredWhereEligible(Person p) {
        return p.medical() && (p.pension() || !p.schooling().isEmpty() || p.age() < 16);
    }

    private static long[] countPersons(Predicate<Person> counted) throws IOException {
        return countPersons(p -> true, counted);
    }

    /** {numerator, denominator} over the township's persons in the sample CSV: those in {@code of}, and of them {@code counted}. */
    static long[] countPersons(Predicate<Person> of, Predicate<Person> counted) throws IOException {
        List<String> lines = Files.readAllLines(Samples.file("registry.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        long numerator = 0;
        long denominator = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Person p = new Person(cells[header.indexOf("行政区划代码")],
                    2015 - Integer.parseInt(cells[header.indexOf("证件号码")].substring(6, 10)),
                    cells[header.indexOf("在校生状况")], cells[header.indexOf("是否参加城乡居民基本医疗保险")].equals("是"),
                    cells[header.indexOf("是否参加城乡居民基本养老保险")].equals("是"));
            if (!p.village().startsWith("620721101") || !of.test(p)) continue;
            denominator++;
            if (counted.test(p)) numerator++;
        }
        return new long[] {numerator, denominator};
    }
}
