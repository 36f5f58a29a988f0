package org.fupin.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.CodeLists;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.domain.IdNumber;
import org.fupin.household.domain.RegistryColumn;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Writes synthetic, deterministic registry and village-fact files in the import templates. */
@Component
record DemoGenerator(Dictionaries dictionaries, MessageSource messages) {

    /**
     * 村级基本情况 of every year from {@code from} to {@code to}: the same households and population each year, the
     * populations summing to the county's rural population; a poor village is large enough for its 200 or so
     * registered persons to stay under the western exit limit of 3 %, as the seed's five villages exited in 2015.
     */
    String villageFacts(List<String> villages, int from, int to) {
        CodeList classes = dictionaries.forYear(from).get(CodeLists.VILLAGE_CLASS);
        int[] populations = populations(villages);
        StringBuilder csv = new StringBuilder(header("village", "YEAR", "VILLAGE_CODE", "HOUSEHOLDS", "POPULATION", "VILLAGE_CLASS"));
        for (int year = from; year <= to; year++) {
            for (int i = 0; i < villages.size(); i++) {
                String villageClass = classes.entries().get(DemoCounty.villageClass(villages, i)).label();
                csv.append(String.join(",", String.valueOf(year), villages.get(i),
                        String.valueOf(populations[i] * 10 / 26), String.valueOf(populations[i]), villageClass)).append('\n');
            }
        }
        return csv.toString();
    }

    /** Village populations summing to {@link DemoCounty#RURAL_POPULATION}: poor villages 1,500 and more. */
    static int[] populations(List<String> villages) {
        Random random = new Random(7);
        int[] populations = new int[villages.size()];
        int rest = DemoCounty.RURAL_POPULATION;
        int weights = 0;
        for (int i = 0; i < villages.size(); i++) {
            Integer poor = DemoCounty.POOR_VILLAGES.get(villages.get(i));
            populations[i] = poor != null ? 1500 + 30 * poor : -(60 + random.nextInt(100));
            if (poor != null) rest -= populations[i];
            else weights -= populations[i];
        }
        int left = rest;
        for (int i = 0; i < villages.size(); i++) {
            if (populations[i] > 0) continue;
            populations[i] = (int) ((long) -populations[i] * rest / weights);
            left -= populations[i];
        }
        for (int i = 0; left > 0; i = (i + 1) % villages.size()) {
            if (DemoCounty.POOR_VILLAGES.containsKey(villages.get(i))) continue;
            populations[i]++;
            left--;
        }
        return populations;
    }

    /**
     * The demo county's village facilities (deterministic): every village has a road, nearly all tap water (the
     * seed's ≥ 95 %), most a clinic and broadband, fewer a qualified doctor or a bus stop, so that the coverage page
     * and the computed indicators have gaps to show; as the seed reports, 28 villages (the poor ones among them) have
     * a finance service point with 176 POS terminals between them, and the 5 poor villages an e-commerce service
     * point. Tap water leaves the households covered blank (then the village's households count).
     */
    String facilities(List<String> villages, int year) {
        String yes = dictionaries.forYear(year).get(CodeLists.YES_NO).label("1").orElseThrow();
        StringBuilder csv = new StringBuilder(header("facilities", "YEAR", "VILLAGE_CODE", "TYPE", "COUNT",
                "MEETS_STANDARD", "SOURCE"));
        Random random = new Random(60);
        String[] types = {"HARDENED_ROAD", "CLINIC", "TAP_WATER", "BROADBAND", "CULTURE_ROOM", "VILLAGE_DOCTOR", "BUS_STOP"};
        int[] percent = {100, 90, 97, 80, 75, 65, 55};
        int financePoints = 0;
        int others = 0;
        for (String village : villages) {
            for (int t = 0; t < types.length; t++) {
                if (random.nextInt(100) >= percent[t]) continue;
                boolean standard = random.nextInt(100) < 85;
                csv.append(facility(year, village, types[t], 1, standard ? yes : "")).append('\n');
            }
            boolean poor = DemoCounty.POOR_VILLAGES.containsKey(village);
            if (poor) csv.append(facility(year, village, "ECOMMERCE_POINT", 1, yes)).append('\n');
            if (!poor) others++;
            if (poor || (others % 4 == 1 && others / 4 < 23)) {
                csv.append(facility(year, village, "FINANCE_POINT", 1, yes)).append('\n');
                csv.append(facility(year, village, "POS_TERMINAL", financePoints < 8 ? 7 : 6, yes)).append('\n');
                financePoints++;
            }
        }
        return csv.toString();
    }

    private static String facility(int year, String village, String type, int count, String standard) {
        return String.join(",", String.valueOf(year), village, type, String.valueOf(count), standard, "demo");
    }

    /**
     * The 2014 registry: the poor villages' households, all 未脱贫, {@link DemoCounty#POOR_PERSONS} persons in all
     * (households of one to six, about 2.9 on average).
     */
    String registry(List<String> villages, int year) {
        CodeLists codes = dictionaries.forYear(year);
        String[] names = names();
        StringBuilder csv = new StringBuilder(registryHeader());
        Random random = new Random(2014);
        int households = DemoCounty.POOR_VILLAGES.values().stream().mapToInt(Integer::intValue).sum();
        int[] sizes = sizes(households, DemoCounty.POOR_PERSONS, random);
        int serial = 0;
        for (String village : villages) {
            int count = DemoCounty.POOR_VILLAGES.getOrDefault(village, 0);
            for (int h = 0; h < count; h++) {
                new DemoHousehold(codes, random, names, year, village,
                        String.format(Locale.ROOT, "620721%02d%05d", year % 100, serial + 1)).appendPoor(csv, sizes[serial]);
                serial++;
            }
        }
        return csv.toString();
    }

    /** Household sizes of 1 to 6 summing to {@code persons}. */
    static int[] sizes(int households, int persons, Random random) {
        int[] sizes = new int[households];
        int total = 0;
        for (int i = 0; i < households; i++) {
            sizes[i] = 1 + random.nextInt(5);
            total += sizes[i];
        }
        for (int i = 0; total != persons; i = (i + 1) % households) {
            if (total < persons && sizes[i] < 6) { sizes[i]++; total++; }
            else if (total > persons && sizes[i] > 1) { sizes[i]--; total--; }
        }
        return sizes;
    }

    String registryHeader() {
        List<String> headers = new ArrayList<>();
        for (RegistryColumn column : RegistryColumn.values()) {
            if (!column.isExtension()) headers.add(text("registry." + column.name()));
        }
        return String.join(",", headers) + "\n";
    }

    String header(String template, String... columns) {
        List<String> headers = new ArrayList<>();
        for (String column : columns) headers.add(text(template + "." + column));
        return String.join(",", headers) + "\n";
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ROOT);
    }

    static String[] names() {
        try (InputStream in = new ClassPathResource("demo/names.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String idNumber(Random random, LocalDate birth, boolean male) {
        int sequence = random.nextInt(499) * 2 + (male ? 1 : 0);
        String body = "620721" + birth.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", sequence);
        return body + IdNumber.checkCharacter(body);
    }

    static String money(Random random, int min, int max) {
        return BigDecimal.valueOf(min * 100L + random.nextInt((max - min) * 100 + 1), 2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
