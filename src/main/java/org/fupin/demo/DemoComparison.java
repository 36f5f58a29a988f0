package org.fupin.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.comparison.Comparison;
import org.fupin.comparison.ListSource;
import org.fupin.comparison.Views;
import org.fupin.comparison.domain.ListColumn;
import org.fupin.comparison.domain.ListType;
import org.fupin.comparison.domain.Review;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo's data comparison (数据比对), through the comparison facade: a signed 承诺授权书 for every household but
 * the seven whose 户编号 ends in 3 (signed in March 2015), the departments' lists of demo/comparison-lists.txt
 * naming persons picked from the 2014 registry file, a run over 2015, and its hits reviewed as a township would:
 * the first car confirmed (it becomes a 剔除 case request), the 公益性岗位 dismissed with its reason, the rest left
 * to review. Loads once: nothing when a run exists.
 */
@Component
class DemoComparison {

    private static final RegionScope ALL = RegionScope.ALL;
    static final int YEAR = 2015;

    private final Comparison comparison;
    private final HouseholdRegistry registry;
    private final MessageSource messages;

    DemoComparison(Comparison comparison, HouseholdRegistry registry, MessageSource messages) {
        this.comparison = comparison;
        this.registry = registry;
        this.messages = messages;
    }

    static boolean consents(String householdNumber) {
        return !householdNumber.endsWith("3");
    }

    void load(String registryCsv, Path dir) throws IOException {
        if (!comparison.runs(ALL).isEmpty()) return;
        List<HouseholdRow> households = new ArrayList<>();
        registry.forEachHousehold(ALL, DemoYears.COUNTY, YEAR, households::add);
        households.forEach(this::consent);
        List<String[]> persons = persons(registryCsv);
        Map<String, StringBuilder> lists = new LinkedHashMap<>();
        Map<String, String[]> sources = new LinkedHashMap<>();
        for (String line : lines()) {
            String[] parts = line.split("\\|", 4);
            String key = parts[0] + "|" + parts[1];
            sources.putIfAbsent(key, parts);
            lists.computeIfAbsent(key, k -> new StringBuilder(header(ListType.valueOf(parts[0]))))
                    .append(fill(parts[3], persons)).append('\n');
        }
        for (Map.Entry<String, StringBuilder> list : lists.entrySet()) {
            String[] source = sources.get(list.getKey());
            Path file = dir.resolve("list-" + source[0].toLowerCase(Locale.ROOT) + ".csv");
            Files.writeString(file, list.getValue(), StandardCharsets.UTF_8);
            Views.ListImport imported = comparison.importList(file, new ListSource(ListType.valueOf(source[0]), source[1],
                    LocalDate.parse(source[2])), Imports.DEFAULT_LOCALE);
            if (!imported.report().accepted()) throw new IllegalStateException("Demo list rejected: " + imported.report().errors());
        }
        Views.Run run = comparison.run(ALL, DemoYears.COUNTY, YEAR);
        review(comparison.hitsOfRun(run.id()));
    }

    private void consent(HouseholdRow h) {
        if (!consents(h.householdNumber())) return;
        comparison.recordConsent(ALL, h.id(), LocalDate.of(YEAR, 3, 2 + Math.floorMod(h.householdNumber().hashCode(), 7)),
                messages.getMessage("demo.comparison.consentEvidence", null, Locale.ROOT));
    }

    private void review(List<Views.Hit> hits) {
        hits.stream().filter(h -> h.ruleCode().equals("VEHICLE_PURCHASE")).findFirst().ifPresent(h ->
                comparison.review(ALL, h.id(), Review.Decision.CONFIRM, text("demo.comparison.confirmed")));
        hits.stream().filter(h -> h.ruleCode().equals("PUBLIC_PAYROLL")).reduce((a, b) -> b).ifPresent(h ->
                comparison.review(ALL, h.id(), Review.Decision.DISMISS, text("demo.comparison.dismissed")));
    }

    /**
     * Persons of the registry file (household number, name, ID number): 1–8 from households with a consent, spread
     * over the file; 9 from a household without one. Index 0 is unused.
     */
    static List<String[]> persons(String registryCsv) {
        List<String[]> rows = registryCsv.lines().skip(1).map(line -> line.split(",", -1)).toList();
        List<String[]> with = rows.stream().filter(r -> consents(r[2])).toList();
        List<String[]> picked = new ArrayList<>();
        picked.add(null);
        for (int n = 1; n <= 8; n++) picked.add(with.get((n * 23) % with.size()));
        picked.add(rows.stream().filter(r -> !consents(r[2])).findFirst().orElseThrow());
        return picked;
    }

    private static String fill(String row, List<String[]> persons) {
        String filled = row;
        for (int n = persons.size() - 1; n >= 1; n--) {
            filled = filled.replace("@" + n, persons.get(n)[4]).replace("#" + n, persons.get(n)[3]);
        }
        return filled;
    }

    private String header(ListType type) {
        List<String> columns = new ArrayList<>();
        for (ListColumn column : type.columns()) columns.add(text("comparison.column." + column.name()));
        return String.join(",", columns) + "\n";
    }

    private static List<String> lines() {
        try (InputStream in = new ClassPathResource("demo/comparison-lists.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ROOT);
    }
}
