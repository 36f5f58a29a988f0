package org.fupin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import's check against the registry (issue #28: now one index probe per row, see RegistryChecks): a member
 * whose ID number is already in another household of the same year is refused on its row, naming that household;
 * the same household imported again replaces itself and is not refused.
 */
@FupinTest
class IdRegisteredInAnotherHouseholdIntegrationTest {

    static final String HOUSEHOLD = "6207211500007";
    static final String NEW_NUMBER = "6207211500999";

    @Autowired Imports imports;

    @Test
    void refusesEachMemberAlreadyRegisteredInAnotherHouseholdOfTheYearNamingIt() throws Exception {
        List<String> household = loadSampleAndTakeHousehold();
        Path moved = write(household.stream().map(r -> r.replace("," + HOUSEHOLD + ",", "," + NEW_NUMBER + ",")).toList());

        ImportReport report = imports.importRegistry(moved, true, Imports.DEFAULT_LOCALE);

        List<ImportIssue> found = report.errors().stream()
                .filter(e -> e.code().equals("ID_REGISTERED_IN_OTHER_HOUSEHOLD")).toList();
        assertThat(report.accepted()).isFalse();
        assertThat(found).hasSize(household.size());
        assertThat(found).extracting(ImportIssue::row).containsExactlyInAnyOrder(
                java.util.stream.IntStream.rangeClosed(2, household.size() + 1).boxed().toArray(Integer[]::new));
        // the other household's number, masked as the report masks it
        assertThat(found).allSatisfy(e -> assertThat(e.message()).contains("620721******7"));
    }

    @Test
    void acceptsTheSameHouseholdImportedAgainAsAReplacement() throws Exception {
        List<String> household = loadSampleAndTakeHousehold();

        ImportReport report = imports.importRegistry(write(household), true, Imports.DEFAULT_LOCALE);

        assertThat(report.errors()).extracting(ImportIssue::code).doesNotContain("ID_REGISTERED_IN_OTHER_HOUSEHOLD");
        assertThat(report.accepted()).isTrue();
    }

    private List<String> loadSampleAndTakeHousehold() throws Exception {
        imports.importRegions(Samples.file("regions.csv"), false, Imports.DEFAULT_LOCALE);
        ImportReport sample = imports.importRegistry(Samples.file("registry.csv"), false, Imports.DEFAULT_LOCALE);
        assertThat(sample.accepted()).isTrue();
        List<String> household = Files.readAllLines(Samples.file("registry.csv"), StandardCharsets.UTF_8).stream()
                .filter(r -> r.contains("," + HOUSEHOLD + ",")).toList();
        assertThat(household).hasSizeGreaterThan(1);
        return household;
    }

    private static Path write(List<String> rows) throws Exception {
        String header = Files.readAllLines(Samples.file("registry.csv"), StandardCharsets.UTF_8).get(0);
        Path file = Files.createTempFile("household", ".csv");
        Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
