package org.fupin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.region.RegionScope;
import org.fupin.statistics.RegionStatistics;
import org.fupin.statistics.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The sample county end to end on the embedded PostgreSQL: the rejected file writes nothing and locates every
 * injected error; the clean file is accepted; every region's statistics equal the independently computed ones;
 * importing twice changes nothing.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleCountyIntegrationTest {

    @Autowired Imports imports;
    @Autowired Statistics statistics;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    @BeforeAll
    void startFromAnEmptyRegistryWithRegionsAndFacts() {
        assertThat(imports.importRegions(Samples.file("regions.csv"), false, Imports.DEFAULT_LOCALE).accepted()).isTrue();
        assertThat(imports.importVillageFacts(Samples.file("village-facts.csv"), false, Imports.DEFAULT_LOCALE).accepted()).isTrue();
    }

    @Test
    @Order(1)
    void rejectsTheFileWithErrorsLocatingEachOneAndWritesNothing() throws Exception {
        ImportReport report = imports.importRegistry(Samples.file("registry-bad.csv"), false, Imports.DEFAULT_LOCALE);

        assertThat(report.accepted()).isFalse();
        assertThat(countRows("household")).isZero();
        assertThat(countRows("person")).isZero();
        JsonNode expected = json.readTree(Files.readString(Samples.file("registry-bad-expected-errors.json")));
        List<String> missing = new ArrayList<>();
        for (JsonNode error : expected.get("errors")) {
            for (JsonNode row : error.get("rows")) {
                for (JsonNode column : error.get("columns")) {
                    boolean found = report.errors().stream().anyMatch(e -> e.row() == row.asInt()
                            && e.column().equals(column.asString()));
                    if (!found) missing.add(row.asInt() + "/" + column.asString());
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(report.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank().doesNotStartWith("rule."));
    }

    @Test
    @Order(2)
    void dryRunOfTheCleanFileIsAcceptedButWritesNothing() {
        ImportReport report = imports.importRegistry(Samples.file("registry.csv"), true, Imports.DEFAULT_LOCALE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.accepted()).isTrue();
        assertThat(report.households()).isEqualTo(649);
        assertThat(countRows("household")).isZero();
    }

    @Test
    @Order(3)
    void statisticsOfEveryRegionEqualTheIndependentlyComputedOnes() throws Exception {
        ImportReport report = imports.importRegistry(Samples.file("registry.csv"), false, Imports.DEFAULT_LOCALE);
        assertThat(report.accepted()).isTrue();

        assertStatisticsMatchExpected();
    }

    @Test
    @Order(4)
    void importingTheSameFileTwiceChangesNothing() throws Exception {
        Set<String> before = snapshot();

        assertThat(imports.importRegistry(Samples.file("registry.csv"), false, Imports.DEFAULT_LOCALE).accepted()).isTrue();

        assertThat(snapshot()).isEqualTo(before);
        assertStatisticsMatchExpected();
    }

    private void assertStatisticsMatchExpected() throws Exception {
        JsonNode expected = json.readTree(Files.readString(Samples.file("expected-stats-2015.json")));
        List<RegionStatistics> actual = statistics.withDescendants(RegionScope.ALL, "620000000000", 2015);
        assertThat(actual).hasSize(expected.size());
        for (RegionStatistics region : actual) {
            JsonNode want = expected.get(region.region());
            assertThat(json.readTree(json.writeValueAsString(region))).as(region.region()).isEqualTo(normalise(want));
        }
    }

    private JsonNode normalise(JsonNode node) {
        return json.readTree(json.writeValueAsString(json.treeToValue(node, RegionStatistics.class)));
    }

    private long countRows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Set<String> snapshot() {
        return new HashSet<>(jdbc.sql("""
                select h.id || '|' || h.household_number || '|' || h.net_income || '|' || h.member_count || '|' ||
                       string_agg(p.citizen_number || ':' || p.position, ',' order by p.position)
                from household h join person p on p.household_id = h.id group by h.county_code, h.id
                """).query(String.class).list());
    }
}
