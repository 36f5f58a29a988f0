package org.fupin.dictionary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Code lists built by hand for unit tests, with the codes of {@code V2__seed_dictionaries.sql} (a few 民族 only).
 * No database: each call builds fresh lists.
 */
public final class CodeListsFixture {

    private CodeListsFixture() {}

    public static CodeLists forYear(int year) {
        Map<String, CodeList> lists = new LinkedHashMap<>();
        put(lists, CodeLists.RELATIONSHIP, "01", "户主", "02", "配偶", "03", "之子", "04", "之女", "05", "之儿媳",
                "11", "之父", "12", "之母", "99", "其他");
        put(lists, CodeLists.SEX, "1", "男", "2", "女");
        lists.put(CodeLists.ETHNICITY, new CodeList(CodeLists.ETHNICITY)
                .add("01", "汉族", List.of("汉"))
                .add("03", "回族", List.of("回"))
                .add("48", "裕固族", List.of("裕固")));
        put(lists, CodeLists.EDUCATION, "1", "文盲或半文盲", "2", "小学", "3", "初中", "4", "高中", "5", "大专及以上",
                "6", "学龄前儿童");
        put(lists, CodeLists.SCHOOLING, "01", "学前教育", "02", "小学", "03", "七年级", "04", "八年级", "05", "九年级",
                "06", "高中一年级", "15", "大专及以上");
        put(lists, CodeLists.HEALTH, "1", "健康", "2", "长期慢性病", "3", "患有大病", "4", "残疾");
        put(lists, CodeLists.LABOUR_SKILL, "1", "普通劳动力", "2", "技能劳动力", "3", "丧失劳动力", "4", "无劳动力");
        put(lists, CodeLists.WORK_STATUS, "1", "乡(镇)内务工", "2", "乡(镇)外县内务工", "3", "县外省内务工",
                "4", "省外务工", "99", "其他");
        put(lists, CodeLists.YES_NO, "1", "是", "0", "否");
        put(lists, CodeLists.IDENTIFICATION_STANDARD, "1", "国家标准", "2", "省定标准", "3", "市定标准");
        put(lists, CodeLists.HOUSEHOLD_ATTRIBUTE, "1", "一般贫困户", "2", "低保贫困户", "3", "特困供养贫困户");
        put(lists, CodeLists.POVERTY_CAUSE, "1", "因病", "2", "因残", "3", "因学", "4", "因灾", "5", "缺土地",
                "6", "缺水", "7", "缺技术", "8", "缺劳力", "9", "缺资金", "10", "交通条件落后", "11", "自身发展动力不足",
                "99", "其他");
        put(lists, CodeLists.POVERTY_STATUS, "0", "未脱贫", "1", "已脱贫", "3", "返贫");
        put(lists, CodeLists.HOUSING_SAFETY, "A", "A", "B", "B", "C", "C", "D", "D");
        return new CodeLists(year, Map.copyOf(lists));
    }

    /** {@code codesAndLabels} alternates code, label. */
    private static void put(Map<String, CodeList> lists, String name, String... codesAndLabels) {
        CodeList list = new CodeList(name);
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            list.add(codesAndLabels[i], codesAndLabels[i + 1], List.of());
        }
        lists.put(name, list);
    }
}
