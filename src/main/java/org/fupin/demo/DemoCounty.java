package org.fupin.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo county's shape from the seed (shared reference §4): 69 poor households (200 persons) registered in 2014
 * in 5 建档立卡贫困村 of 4 townships — 马蹄乡黄草沟村 with 13 households is named by the source, the other four are
 * chosen for the demo — 20 巩固提升村, the other villages 非贫困村, and village populations summing to the county's
 * rural population (about 25,500 of 37,579 people in 2014).
 */
final class DemoCounty {

    static final int FIRST_YEAR = 2014;
    static final int LAST_YEAR = 2026;
    static final int RURAL_POPULATION = 25_500;
    static final int POOR_PERSONS = 200;

    /** The poor villages and their registered households (69 in all). */
    static final Map<String, Integer> POOR_VILLAGES = poorVillages();

    /** Code-list indexes of 村类别: 建档立卡贫困村, 巩固提升村, 非贫困村. */
    static final int POOR = 0;
    static final int CONSOLIDATION = 1;
    static final int OTHER = 2;

    private DemoCounty() {}

    /** Seed data in {@code demo/poor-villages.csv}: code, registered households, name (for the reader). */
    private static Map<String, Integer> poorVillages() {
        Map<String, Integer> villages = new LinkedHashMap<>();
        try (InputStream in = new ClassPathResource("demo/poor-villages.csv").getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split(",");
                if (cells.length >= 2) villages.put(cells[0].strip(), Integer.parseInt(cells[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return villages;
    }

    /** The class (index in the 村类别 code list) of the i-th village of the list: 20 consolidation villages. */
    static int villageClass(List<String> villages, int i) {
        String code = villages.get(i);
        if (POOR_VILLAGES.containsKey(code)) return POOR;
        int others = 0;
        for (int j = 0; j < i; j++) if (!POOR_VILLAGES.containsKey(villages.get(j))) others++;
        return others % 5 == 1 ? CONSOLIDATION : OTHER;
    }
}
