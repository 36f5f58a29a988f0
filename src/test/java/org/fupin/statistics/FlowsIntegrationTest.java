package org.fupin.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two snapshots: 2016 is the sample's 2015 with one household gone and one poor household exited. The flows into
 * 2016 show exactly that.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowsIntegrationTest {

    private static final String GONE = "6207211500347";
    private static final String EXITS = "6207211500007";

    @Autowired Imports imports;
    @Autowired Flows flows;
    @Autowired Statistics statistics;

    @Test
    void countsTheHouseholdThatLeftTheOneThatExitedAndTheirMembers() throws Exception {
        Samples.importCounty(imports);
        List<String> lines = Files.readAllLines(Samples.file("registry.csv"), StandardCharsets.UTF_8);
        List<String> next = new ArrayList<>(List.of(lines.get(0)));
        int goneMembers = 0;
        int goneExited = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[2].equals(GONE)) {
                goneMembers++;
                if (cells[21].equals("已脱贫")) goneExited = 1;
                continue;
            }
            cells[0] = "2016";
            if (cells[2].equals(EXITS) && !cells[21].isEmpty()) {
                cells[21] = "已脱贫";
                cells[22] = "2016";
            }
            next.add(String.join(",", cells));
        }
        Path file = Files.createTempFile("registry-2016", ".csv");
        Files.write(file, next, StandardCharsets.UTF_8);

        assertThat(imports.importRegistry(file, false, Imports.DEFAULT_LOCALE).errors()).isEmpty();
        Flows.YearFlows into2016 = flows.between(RegionScope.ALL, "620721000000", 2016);

        assertThat(into2016.newHouseholds()).isZero();
        assertThat(into2016.removedHouseholds()).isEqualTo(1);
        assertThat(into2016.exitedHouseholds()).isEqualTo(1);
        assertThat(into2016.returnedHouseholds()).isZero();
        assertThat(into2016.addedPersons()).isZero();
        assertThat(into2016.removedPersons()).isEqualTo(goneMembers);

        List<RegionStatistics> series = statistics.series(RegionScope.ALL, "620721000000");
        assertThat(series).extracting(RegionStatistics::year).containsExactly(2015, 2016);
        assertThat(series.get(1).households()).isEqualTo(series.get(0).households() - 1);
        assertThat(series.get(1).exitedHouseholds())
                .isEqualTo(series.get(0).exitedHouseholds() + into2016.exitedHouseholds() - goneExited);
        assertThat(series.get(1).persons()).isEqualTo(series.get(0).persons() - goneMembers);
    }
}
