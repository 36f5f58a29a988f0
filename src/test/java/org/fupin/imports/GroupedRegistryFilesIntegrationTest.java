package org.fupin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #22: households whose rows are adjacent are checked while the file streams, the others from the row stage.
 * The samples are shuffled (every household split); the same rows grouped by household, and grouped with a
 * household's last row moved to the end of the file, give the same findings on the same rows, the same partial
 * import and the same registry.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupedRegistryFilesIntegrationTest {

    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeAll
    void regionsAndVillageFacts() {
        assertThat(imports.importRegions(Samples.file("regions.csv"), false, Imports.DEFAULT_LOCALE).accepted()).isTrue();
        assertThat(imports.importVillageFacts(Samples.file("village-facts.csv"), false, Imports.DEFAULT_LOCALE).accepted())
                .isTrue();
    }

    /** A sample's data rows reordered: {@code order.get(i)} is the sample row (2 = first data row) written i-th. */
    private record Reordered(Path file, List<Integer> order) {
        int sampleRow(int row) { return order.get(row - 2); }
    }

    @Test
    void findsTheSameProblemsOnTheSameRowsWhetherHouseholdsAreShuffledGroupedOrSplit() throws Exception {
        Path sample = Samples.file("registry-bad.csv");
        List<Reordered> files = List.of(reordered(sample, false, "same"), reordered(sample, true, "grouped"),
                reorderedSplit(sample));

        List<String> expected = null;
        for (Reordered file : files) {
            ImportReport whole = imports.importRegistry(file.file(), true, Imports.DEFAULT_LOCALE);
            ImportReport partial = imports.importRegistry(file.file(), true, false, true, Imports.DEFAULT_LOCALE);
            List<String> seen = new ArrayList<>(problems(whole, file));
            seen.add("households " + whole.households() + ", written partially " + partial.households()
                    + ", errors " + whole.errorCount() + ", warnings " + whole.warningCount());
            seen.addAll(problems(partial, file));
            if (expected == null) expected = seen;
            else assertThat(seen).as(file.file().getFileName().toString()).isEqualTo(expected);
        }
        assertThat(expected).anyMatch(p -> p.contains("VALUE_DIFFERS_FROM_HEAD") || p.contains("HOUSEHOLD_"));
    }

    @Test
    void writesTheSameRegistryFromTheGroupedAndSplitFileAsFromTheShuffledOne() throws Exception {
        Path sample = Samples.file("registry.csv");
        assertThat(imports.importRegistry(sample, false, Imports.DEFAULT_LOCALE).accepted()).isTrue();
        List<String> shuffled = registry();

        ImportReport grouped = imports.importRegistry(reorderedSplit(sample).file(), false, Imports.DEFAULT_LOCALE);

        assertThat(grouped.accepted()).as(grouped.errors().toString()).isTrue();
        assertThat(registry()).isEqualTo(shuffled).hasSize(countLines(sample) - 1);
    }

    /** Every finding as sample row, column and code, sorted. */
    private static List<String> problems(ImportReport report, Reordered file) {
        List<String> out = new ArrayList<>();
        report.errors().forEach(e -> out.add("E " + file.sampleRow(e.row()) + " " + e.column() + " " + e.code()));
        report.warnings().forEach(w -> out.add("W " + file.sampleRow(w.row()) + " " + w.column() + " " + w.code()));
        out.sort(null);
        return out;
    }

    private List<String> registry() {
        return jdbc.sql("""
                select h.village_code || '/' || h.household_number || ' ' || h.member_count || ' ' || h.net_income
                       || ' ' || h.poverty_status || ' ' || coalesce(h.phone_masked, '') || ' ' || p.position || ' '
                       || p.name || ' ' || p.id_masked || ' ' || p.relationship || ' ' || p.birth_month
                from household h join person p on p.household_id = h.id order by 1
                """).query(String.class).list();
    }

    /** The sample's rows as they are, or stably sorted by year and household number (columns 1 and 3). */
    private Reordered reordered(Path sample, boolean grouped, String name) throws Exception {
        List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
        List<Integer> order = new ArrayList<>(IntStream.range(2, lines.size() + 1).boxed().toList());
        if (grouped) order.sort(Comparator.comparing((Integer row) -> key(lines.get(row - 1))));
        return write(lines, order, name);
    }

    /** Grouped, then the last row of the first household of three or more rows moved to the end of the file. */
    private Reordered reorderedSplit(Path sample) throws Exception {
        List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
        List<Integer> order = new ArrayList<>(reordered(sample, true, "grouped").order());
        Map<String, List<Integer>> byHousehold = order.stream().collect(Collectors.groupingBy(
                row -> key(lines.get(row - 1)), TreeMap::new, Collectors.toList()));
        List<Integer> rows = byHousehold.values().stream().filter(r -> r.size() >= 3).findFirst().orElseThrow();
        Integer moved = rows.get(rows.size() - 1);
        order.remove(moved);
        order.add(moved);
        return write(lines, order, "split");
    }

    private Reordered write(List<String> lines, List<Integer> order, String name) throws Exception {
        StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
        order.forEach(row -> csv.append(lines.get(row - 1)).append('\n'));
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return new Reordered(file, order);
    }

    private static String key(String line) {
        String[] cells = line.split(",", -1);
        return cells[0] + "/" + cells[2];
    }

    private static int countLines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).size();
    }
}
