package org.fupin.identification;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.domain.IdNumber;
import org.fupin.household.domain.RegistryColumn;
import org.fupin.region.RegionScope;

/** Builds one-person households of the tests' own (numbers starting with T), so the sample county stays as it is. */
final class TestHouseholds {

    static final String VILLAGE = "620721101201";

    private final HouseholdEditor editor;
    private final Map<RegistryColumn, String> cells = new LinkedHashMap<>();
    private int year = 2015;

    private TestHouseholds(HouseholdEditor editor) {
        this.editor = editor;
        cells.putAll(Map.ofEntries(Map.entry(RegistryColumn.NAME, "测试户主"), Map.entry(RegistryColumn.RELATIONSHIP, "户主"),
                Map.entry(RegistryColumn.SEX, "男"), Map.entry(RegistryColumn.ETHNICITY, "汉族"),
                Map.entry(RegistryColumn.EDUCATION, "初中"), Map.entry(RegistryColumn.HEALTH, "健康"),
                Map.entry(RegistryColumn.LABOUR_SKILL, "普通劳动力"), Map.entry(RegistryColumn.MEDICAL_INSURANCE, "是"),
                Map.entry(RegistryColumn.PENSION_INSURANCE, "是"), Map.entry(RegistryColumn.IDENTIFICATION_STANDARD, "国家标准"),
                Map.entry(RegistryColumn.ATTRIBUTE, "一般贫困户"), Map.entry(RegistryColumn.MAIN_CAUSE, "缺资金"),
                Map.entry(RegistryColumn.POVERTY_STATUS, "未脱贫"), Map.entry(RegistryColumn.WAGE_INCOME, "1000"),
                Map.entry(RegistryColumn.BUSINESS_INCOME, "0"), Map.entry(RegistryColumn.PROPERTY_INCOME, "0"),
                Map.entry(RegistryColumn.TRANSFER_INCOME, "0"), Map.entry(RegistryColumn.BUSINESS_EXPENSE, "0"),
                Map.entry(RegistryColumn.HOUSING_SAFETY, "B"), Map.entry(RegistryColumn.SAFE_WATER, "是"),
                Map.entry(RegistryColumn.ELECTRICITY, "是")));
    }

    static TestHouseholds household(HouseholdEditor editor) {
        return new TestHouseholds(editor);
    }

    TestHouseholds number(String number) { cells.put(RegistryColumn.HOUSEHOLD_NUMBER, number); return this; }

    TestHouseholds head(String name, String idBody17) {
        cells.put(RegistryColumn.NAME, name);
        cells.put(RegistryColumn.ID_NUMBER, idBody17 + IdNumber.checkCharacter(idBody17));
        return this;
    }

    TestHouseholds wage(String yuan) { cells.put(RegistryColumn.WAGE_INCOME, yuan); return this; }

    TestHouseholds housing(String grade) { cells.put(RegistryColumn.HOUSING_SAFETY, grade); return this; }

    TestHouseholds year(int year) { this.year = year; return this; }

    TestHouseholds phone(String phone) { cells.put(RegistryColumn.PHONE, phone); return this; }

    long create() {
        HouseholdEditor.Created created = editor.create(RegionScope.ALL, VILLAGE, year, cells, "test");
        if (created.id() == null) throw new IllegalStateException("Test household refused: " + created.findings());
        return created.id();
    }
}
