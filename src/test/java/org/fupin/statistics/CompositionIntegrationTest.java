package org.fupin.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The composition of the sample county, checked against counts taken straight from the sample file. */
@FupinTest
class CompositionIntegrationTest {

    @Autowired Imports imports;
    @Autowired Statistics statistics;

    @Test
    void divisionsAddUpToTheTotalsAndMatchTheFile() throws Exception {
        Samples.importCounty(imports);
        List<String[]> rows = Files.readAllLines(Samples.file("registry.csv")).stream().skip(1)
                .map(line -> line.split(",", -1)).toList();
        Map<String, Long> attributesInFile = rows.stream().filter(r -> r[5].equals("户主"))
                .collect(Collectors.groupingBy(r -> r[18], Collectors.counting()));
        Map<String, Long> ethnicPersonsInFile = rows.stream().collect(Collectors.groupingBy(r -> r[7], Collectors.counting()));
        Map<String, Long> ageBandsInFile = rows.stream().collect(Collectors.groupingBy(
                r -> ageBand(Integer.parseInt(r[0]) - Integer.parseInt(r[4].substring(6, 10))), Collectors.counting()));

        Composition county = statistics.composition(RegionScope.ALL, "620721000000", 2015);

        assertThat(byLabel(county, "ATTRIBUTE", Composition.Part::households)).isEqualTo(attributesInFile);
        assertThat(byLabel(county, "ETHNICITY", Composition.Part::persons)).isEqualTo(ethnicPersonsInFile);
        assertThat(sum(county, "POVERTY_STATUS", Composition.Part::households)).isEqualTo(649);
        assertThat(sum(county, "AGE_BAND", Composition.Part::persons)).isEqualTo(2178);
        assertThat(byLabel(county, "AGE_BAND", Composition.Part::persons)).as("age in the year from the ID's birth year")
                .isEqualTo(ageBandsInFile).isEqualTo(Map.of("0-15", 293L, "16-59", 1534L, "60+", 351L));
        assertThat(sum(county, "SEX", Composition.Part::persons)).isEqualTo(2178);
        assertThat(sum(county, "INCOME_BAND", Composition.Part::households)).isEqualTo(649);
        assertThat(byLabel(county, "POVERTY_STATUS", Composition.Part::households)).containsEntry("返贫", 8L);
    }

    private static String ageBand(int age) {
        return age < 16 ? "0-15" : age < 60 ? "16-59" : "60+";
    }

    private static Map<String, Long> byLabel(Composition c, String dimension, Function<Composition.Part, Long> count) {
        return c.dimensions().get(dimension).stream().collect(Collectors.toMap(Composition.Part::label, count));
    }

    private static long sum(Composition c, String dimension, Function<Composition.Part, Long> count) {
        return c.dimensions().get(dimension).stream().mapToLong(count::apply).sum();
    }
}
