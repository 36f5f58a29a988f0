package org.fupin.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.CodeLists;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.domain.IdNumber;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A deterministic synthetic province in the import templates (issue #9): about {@code persons} registry rows in
 * households of the demo's shape, 20 villages a township, 15 townships a county (about 150,000 persons), 8 counties
 * a city, one registry file per county. The same persons and seed always give the same files.
 */
@Component
public class SyntheticProvince {

    static final int YEAR = 2015;
    static final String PROVINCE = "63";
    private static final int PERSONS_PER_VILLAGE = 500;
    private static final int VILLAGES = 20;
    private static final int TOWNSHIPS = 15;
    private static final int COUNTIES = 8;

    /** What was written: the regions file, the village facts, one registry file per county. */
    public record Generated(Path regions, Path villageFacts, List<Path> registries) {}

    private final DemoGenerator demo;
    private final Dictionaries dictionaries;
    private final MessageSource messages;
    private final Imports imports;

    SyntheticProvince(DemoGenerator demo, Dictionaries dictionaries, MessageSource messages, Imports imports) {
        this.imports = imports;
        this.demo = demo;
        this.dictionaries = dictionaries;
        this.messages = messages;
    }

    public Generated write(Path dir, long persons, long seed) throws IOException {
        return write(dir, persons, seed, PROVINCE);
    }

    /**
     * The same, under another two-digit province code (issue #28: several provinces in one registry); the names of
     * its regions carry no province of their own, so two provinces differ by code only.
     */
    public Generated write(Path dir, long persons, long seed, String province) throws IOException {
        if (!province.matches("[1-9][0-9]")) throw new IllegalArgumentException(province);
        Files.createDirectories(dir);
        int villageCount = (int) Math.max(1, persons / PERSONS_PER_VILLAGE);
        List<String> villages = new ArrayList<>();
        Path regions = dir.resolve("regions.csv");
        try (BufferedWriter out = Files.newBufferedWriter(regions, StandardCharsets.UTF_8)) {
            out.write(demo.header("region", "CODE", "NAME", "URBAN_RURAL_CODE"));
            out.write(line(province + "0000000000", name("demo.synthetic.province", 1), ""));
            for (int v = 0; v < villageCount; v++) {
                int township = v / VILLAGES;
                int county = township / TOWNSHIPS;
                int city = county / COUNTIES;
                String cityCode = province + String.format(Locale.ROOT, "%02d", city + 1);
                String countyCode = cityCode + String.format(Locale.ROOT, "%02d", county % COUNTIES + 21);
                String townshipCode = countyCode + String.format(Locale.ROOT, "%03d", township % TOWNSHIPS + 101);
                if (v % (VILLAGES * TOWNSHIPS * COUNTIES) == 0) out.write(line(cityCode + "00000000", name("demo.synthetic.city", city + 1), ""));
                if (v % (VILLAGES * TOWNSHIPS) == 0) out.write(line(countyCode + "000000", name("demo.synthetic.county", county + 1), ""));
                if (v % VILLAGES == 0) out.write(line(townshipCode + "000", name("demo.synthetic.township", township + 1), ""));
                String village = townshipCode + String.format(Locale.ROOT, "%03d", v % VILLAGES + 201);
                out.write(line(village, name("demo.synthetic.village", v + 1), "220"));
                villages.add(village);
            }
        }
        Path facts = dir.resolve("village-facts.csv");
        Files.writeString(facts, villageFacts(villages), StandardCharsets.UTF_8);
        return new Generated(regions, facts, registries(dir, villages, seed));
    }

    /**
     * Imports the files through the ordinary, validated import (one transaction per file); {@code progress} hears
     * each file's report as it is accepted. Stops at the first rejected file.
     */
    public boolean load(Generated files, java.util.function.BiConsumer<Path, ImportReport> progress) {
        List<Path> all = new ArrayList<>(List.of(files.regions(), files.villageFacts()));
        all.addAll(files.registries());
        for (Path file : all) {
            ImportReport report = file == files.regions() ? imports.importRegions(file, false, Imports.DEFAULT_LOCALE)
                    : file == files.villageFacts() ? imports.importVillageFacts(file, false, Imports.DEFAULT_LOCALE)
                    : imports.importRegistry(file, false, Imports.DEFAULT_LOCALE);
            progress.accept(file, report);
            if (!report.accepted()) return false;
        }
        return true;
    }

    private List<Path> registries(Path dir, List<String> villages, long seed) throws IOException {
        CodeLists codes = dictionaries.forYear(YEAR);
        String[] names = DemoGenerator.names();
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>();
        int perCounty = VILLAGES * TOWNSHIPS;
        for (int first = 0; first < villages.size(); first += perCounty) {
            String county = villages.get(first).substring(0, 6);
            Path file = dir.resolve("registry-" + county + ".csv");
            UniqueIds ids = new UniqueIds(county);
            int serial = 0;
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(demo.registryHeader());
                for (String village : villages.subList(first, Math.min(villages.size(), first + perCounty))) {
                    StringBuilder rows = new StringBuilder();
                    int households = PERSONS_PER_VILLAGE / 3 - 20 + random.nextInt(41);
                    for (int h = 0; h < households; h++) {
                        String number = county + String.format(Locale.ROOT, "%02d%05d", YEAR % 100, ++serial);
                        new DemoHousehold(codes, random, names, YEAR, village, number, ids).appendTo(rows);
                    }
                    out.write(rows.toString());
                }
            }
            files.add(file);
        }
        return files;
    }

    private String villageFacts(List<String> villages) {
        CodeList classes = dictionaries.forYear(YEAR).get(CodeLists.VILLAGE_CLASS);
        StringBuilder csv = new StringBuilder(demo.header("village", "YEAR", "VILLAGE_CODE", "HOUSEHOLDS", "POPULATION", "VILLAGE_CLASS"));
        for (int i = 0; i < villages.size(); i++) {
            int households = 600 + i % 400;
            csv.append(String.join(",", String.valueOf(YEAR), villages.get(i), String.valueOf(households),
                    String.valueOf(households * 3), classes.entries().get(i % 5 == 0 ? 0 : 2).label())).append('\n');
        }
        return csv.toString();
    }

    private String name(String key, int n) {
        return messages.getMessage(key, new Object[] {n}, Locale.ROOT);
    }

    private static String line(String... cells) {
        return String.join(",", cells) + "\n";
    }

    /** ID numbers unique within a county: the demo's random draw, moved to the next free sequence on a clash. */
    private static final class UniqueIds implements DemoHousehold.PersonIds {
        private final String county;
        private final Set<String> used = new HashSet<>();

        UniqueIds(String county) { this.county = county; }

        @Override
        public String next(Random random, LocalDate birth, boolean male) {
            int sequence = random.nextInt(499) * 2 + (male ? 1 : 0);
            String date = birth.toString().replace("-", "");
            while (!used.add(date + sequence)) sequence = (sequence + 2) % 1000;
            String body = county + date + String.format(Locale.ROOT, "%03d", sequence);
            return body + IdNumber.checkCharacter(body);
        }
    }
}
