package org.fupin.dictionary;

import java.util.Map;

/** All dictionaries valid in one year, keyed by dictionary name (for example {@code POVERTY_CAUSE}). */
public record CodeLists(int year, Map<String, CodeList> lists) {

    public static final String RELATIONSHIP = "RELATIONSHIP";
    public static final String SEX = "SEX";
    public static final String ETHNICITY = "ETHNICITY";
    public static final String EDUCATION = "EDUCATION";
    public static final String SCHOOLING = "SCHOOLING";
    public static final String HEALTH = "HEALTH";
    public static final String LABOUR_SKILL = "LABOUR_SKILL";
    public static final String WORK_STATUS = "WORK_STATUS";
    public static final String YES_NO = "YES_NO";
    public static final String IDENTIFICATION_STANDARD = "IDENTIFICATION_STANDARD";
    public static final String HOUSEHOLD_ATTRIBUTE = "HOUSEHOLD_ATTRIBUTE";
    public static final String POVERTY_CAUSE = "POVERTY_CAUSE";
    public static final String POVERTY_STATUS = "POVERTY_STATUS";
    public static final String HOUSING_SAFETY = "HOUSING_SAFETY";
    public static final String VILLAGE_CLASS = "VILLAGE_CLASS";
    public static final String URBAN_RURAL = "URBAN_RURAL";

    public CodeList get(String name) {
        CodeList list = lists.get(name);
        if (list == null) throw new IllegalStateException("No dictionary " + name + " valid in " + year);
        return list;
    }
}
