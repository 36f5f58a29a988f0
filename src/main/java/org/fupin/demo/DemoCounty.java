package org.fupin.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private static Map<String, Integer> poorVillages() {
        Map<String, Integer> villages = new LinkedHashMap<>();
        villages.put("620721200215", 13); // 马蹄藏族乡 黄草沟村 (source)
        villages.put("620721200218", 14); // 马蹄藏族乡 大都麻村
        villages.put("620721102207", 15); // 康乐镇 红石窝村
        villages.put("620721203211", 14); // 大河乡 老虎沟村
        villages.put("620721205205", 13); // 祁丰藏族乡 青稞地村
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
