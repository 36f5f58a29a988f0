package org.fupin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #19: the sample file with known errors, imported partially, brings in every household without an error and
 * lists the others; the corrected households imported afterwards leave the registry the clean file makes.
 */
@FupinTest
class PartialRegistryImportIntegrationTest {

    static final String COUNTY = "620721000000";

    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @TempDir Path dir;

    @Test
    void theGoodHouseholdsOfTheBadFileAndThenTheCorrectedOnesMakeTheCleanRegistry() throws Exception {
        assertThat(imports.importRegions(Samples.file("regions.csv"), false, Imports.DEFAULT_LOCALE).accepted()).isTrue();
        assertThat(imports.importVillageFacts(Samples.file("village-facts.csv"), false, Imports.DEFAULT_LOCALE).accepted())
                .isTrue();
        List<String> clean = Files.readAllLines(Samples.file("registry.csv"), StandardCharsets.UTF_8);
        Set<String> cleanHouseholds = clean.stream().skip(1).map(PartialRegistryImportIntegrationTest::household)
                .collect(Collectors.toSet());

        ImportReport whole = imports.importRegistry(Samples.file("registry-bad.csv"), false, Imports.DEFAULT_LOCALE);
        assertThat(whole.accepted()).isFalse();
        assertThat(registered()).isEmpty();

        ImportReport partial = imports.importRegistry(Samples.file("registry-bad.csv"), false, false, true,
                Imports.DEFAULT_LOCALE);
        assertThat(partial.accepted()).isTrue();
        assertThat(partial.errors()).isNotEmpty();
        Set<String> kept = registered();
        assertThat(kept).hasSize(partial.households()).isNotEmpty();
        Set<String> missing = new HashSet<>(cleanHouseholds);
        missing.removeAll(kept);
        assertThat(missing).isNotEmpty().hasSizeLessThan(20);

        Path corrected = dir.resolve("corrected.csv");
        Files.writeString(corrected, clean.get(0) + "\n" + clean.stream().skip(1).filter(l -> missing.contains(household(l)))
                .collect(Collectors.joining("\n")) + "\n", StandardCharsets.UTF_8);
        ImportReport second = imports.importRegistry(corrected, false, Imports.DEFAULT_LOCALE);
        assertThat(second.errors()).isEmpty();
        assertThat(registered()).isEqualTo(cleanHouseholds);

        List<HouseholdDetail> afterCorrection = details();
        ImportReport cleanAgain = imports.importRegistry(Samples.file("registry.csv"), false, Imports.DEFAULT_LOCALE);
        assertThat(cleanAgain.accepted()).as(cleanAgain.errors().toString()).isTrue();
        assertThat(details()).as("the clean file changes nothing more").containsExactlyElementsOf(afterCorrection);
    }

    /** Village code and household number of a sample row. */
    private static String household(String line) {
        String[] cells = line.split(",", -1);
        return cells[1] + "/" + cells[2];
    }

    private Set<String> registered() {
        Set<String> out = new HashSet<>();
        registry.forEachHousehold(RegionScope.ALL, COUNTY, 2015, h -> out.add(h.villageCode() + "/" + h.householdNumber()));
        return out;
    }

    private List<HouseholdDetail> details() {
        List<HouseholdDetail> out = new java.util.ArrayList<>();
        registry.forEachHousehold(RegionScope.ALL, COUNTY, 2015,
                h -> out.add(registry.household(RegionScope.ALL, h.id()).orElseThrow()));
        return out;
    }
}
