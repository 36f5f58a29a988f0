package org.fupin.household.domain;

import static org.fupin.household.domain.RegistryColumn.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fupin.dictionary.CodeListsFixture;

/**
 * Test-data builder for rows of the 贫困人口信息表: {@code aHead()} is a complete, valid 户主 row of a 2015
 * household; other members leave the household columns blank. Each {@code with} returns a new builder.
 */
final class RegistryRows {

    static final int SNAPSHOT_YEAR = 2015;
    static final String HEAD_ID = "620721197005010011";    // male, 1970
    static final String SPOUSE_ID = "620721197203020026";  // female, 1972
    static final String CHILD_ID = "62072120050901001X";   // male, 2005
    static final String MALE_ADULT_ID = "620721197506010036"; // male, 1975

    static final MemberParser PARSER = new MemberParser(CodeListsFixture::forYear);

    private final Map<RegistryColumn, String> cells;

    private RegistryRows(Map<RegistryColumn, String> cells) {
        this.cells = new EnumMap<>(cells);
    }

    static RegistryRows aHead() {
        Map<RegistryColumn, String> c = new EnumMap<>(RegistryColumn.class);
        for (RegistryColumn column : RegistryColumn.values()) c.put(column, "");
        c.put(YEAR, String.valueOf(SNAPSHOT_YEAR));
        c.put(VILLAGE_CODE, "620721102201");
        c.put(HOUSEHOLD_NUMBER, "6207211022010001");
        c.put(NAME, "张三");
        c.put(ID_NUMBER, HEAD_ID);
        c.put(RELATIONSHIP, "户主");
        c.put(SEX, "男");
        c.put(ETHNICITY, "汉族");
        c.put(EDUCATION, "初中");
        c.put(HEALTH, "健康");
        c.put(LABOUR_SKILL, "普通劳动力");
        c.put(WORK_STATUS, "省外务工");
        c.put(WORK_MONTHS, "6");
        c.put(MEDICAL_INSURANCE, "是");
        c.put(PENSION_INSURANCE, "是");
        c.put(PHONE, "13800138000");
        c.put(IDENTIFICATION_STANDARD, "国家标准");
        c.put(ATTRIBUTE, "一般贫困户");
        c.put(MAIN_CAUSE, "缺资金");
        c.put(OTHER_CAUSES, "缺技术");
        c.put(POVERTY_STATUS, "未脱贫");
        c.put(WAGE_INCOME, "8000");        // T1: 8000 + 4000 + 0 + 1200 - 2000 = 11200
        c.put(BUSINESS_INCOME, "4000");
        c.put(PROPERTY_INCOME, "0");
        c.put(TRANSFER_INCOME, "1200");
        c.put(BUSINESS_EXPENSE, "2000");
        c.put(HOUSING_SAFETY, "B");
        c.put(SAFE_WATER, "是");
        c.put(ELECTRICITY, "是");
        return new RegistryRows(c);
    }

    /** A member who is not the head: person columns of {@code aHead()}, household columns blank. */
    static RegistryRows aMember(String relationship, String idNumber, String sex) {
        RegistryRows row = aHead().with(RELATIONSHIP, relationship).with(ID_NUMBER, idNumber).with(SEX, sex)
                .with(NAME, "家人").with(WORK_STATUS, "").with(WORK_MONTHS, "");
        for (RegistryColumn column : RegistryColumn.values()) {
            if (column.isHouseholdLevel()) row = row.with(column, "");
        }
        return row;
    }

    static RegistryRows aSpouse() { return aMember("配偶", SPOUSE_ID, "女"); }

    /** A son at primary school: 在校生状况 filled, 文化程度 blank. */
    static RegistryRows aSchoolChild() {
        return aMember("之子", CHILD_ID, "男").with(EDUCATION, "").with(SCHOOLING, "小学");
    }

    RegistryRows with(RegistryColumn column, String value) {
        RegistryRows copy = new RegistryRows(cells);
        copy.cells.put(column, value);
        return copy;
    }

    RegistryRows without(RegistryColumn column) { return with(column, ""); }

    Map<RegistryColumn, String> cells() { return new EnumMap<>(cells); }

    MemberParser.Result parse(int row) { return PARSER.parse(row, cells()); }

    /** The parsed members of {@code rows}, numbered from 2 as Excel shows them under the header. */
    static List<Member> household(RegistryRows... rows) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) members.add(rows[i].parse(i + 2).member());
        return members;
    }
}
