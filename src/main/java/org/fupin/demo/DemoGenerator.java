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

    String villageFacts(List<String> villages, int year) {
        CodeList classes = dictionaries.forYear(year).get(CodeLists.VILLAGE_CLASS);
        StringBuilder csv = new StringBuilder(header("village", "YEAR", "VILLAGE_CODE", "HOUSEHOLDS", "POPULATION", "VILLAGE_CLASS"));
        Random random = new Random(7);
        for (int i = 0; i < villages.size(); i++) {
            int households = 60 + random.nextInt(200);
            String villageClass = classes.entries().get(villageClass(i)).label();
            csv.append(String.join(",", String.valueOf(year), villages.get(i), String.valueOf(households),
                    String.valueOf(households * 5 / 2 + random.nextInt(40)), villageClass)).append('\n');
        }
        return csv.toString();
    }

    /**
     * The demo county's village facilities (deterministic): every village has a road, most a clinic, tap water and
     * broadband, fewer a qualified doctor, a bus stop or an e-commerce point, so that the coverage page and the
     * computed indicators have gaps to show. Tap water leaves the households covered blank (then the village's
     * households count).
     */
    String facilities(List<String> villages, int year) {
        String yes = dictionaries.forYear(year).get(CodeLists.YES_NO).label("1").orElseThrow();
        StringBuilder csv = new StringBuilder(header("facilities", "YEAR", "VILLAGE_CODE", "TYPE", "COUNT",
                "MEETS_STANDARD", "SOURCE"));
        Random random = new Random(60);
        String[] types = {"HARDENED_ROAD", "CLINIC", "TAP_WATER", "BROADBAND", "CULTURE_ROOM", "FINANCE_POINT",
                "VILLAGE_DOCTOR", "BUS_STOP", "ECOMMERCE_POINT"};
        int[] percent = {100, 90, 85, 80, 75, 70, 65, 55, 35};
        for (String village : villages) {
            for (int t = 0; t < types.length; t++) {
                if (random.nextInt(100) >= percent[t]) continue;
                boolean standard = random.nextInt(100) < 85;
                csv.append(String.join(",", String.valueOf(year), village, types[t], "1", standard ? yes : "",
                        "demo")).append('\n');
            }
        }
        return csv.toString();
    }

    /** The village class (index in the code list) of the i-th demo village: every fifth one is a poor village. */
    static int villageClass(int i) {
        return i % 5 == 0 ? 0 : i % 5 == 1 ? 1 : 2;
    }

    String registry(List<String> villages, int year) {
        CodeLists codes = dictionaries.forYear(year);
        String[] names = names();
        StringBuilder csv = new StringBuilder(registryHeader());
        Random random = new Random(2015);
        int serial = 0;
        for (int v = 0; v < villages.size(); v++) {
            int households = v % 5 == 0 ? 10 + random.nextInt(15) : 2 + random.nextInt(6);
            for (int h = 0; h < households; h++) {
                serial++;
                new DemoHousehold(codes, random, names, year, villages.get(v), String.format(Locale.ROOT, "620721%02d%05d", year % 100, serial))
                        .appendTo(csv);
            }
        }
        return csv.toString();
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
