package org.fupin.household.domain;

import static org.fupin.household.domain.RegistryColumn.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.fupin.dictionary.CodeLists;
import org.fupin.household.domain.Member.HouseholdPart;

/**
 * The person-row rules of the 贫困人口信息表 (import-templates.md §3, domain.md §8): every cell of one row is
 * checked on its own; rules across the rows of a household are {@link HouseholdRules}.
 */
public final class MemberParser {

    static final int MIN_YEAR = 2013;
    static final int MAX_YEAR = 2100;

    private final IntFunction<CodeLists> codeListsForYear;

    public MemberParser(IntFunction<CodeLists> codeListsForYear) {
        this.codeListsForYear = codeListsForYear;
    }

    public record Result(Member member, List<Finding> findings) {}

    /** Parses one row; {@code cells} holds the normalised text of every column (blank = ""). */
    public Result parse(int row, Map<RegistryColumn, String> cells) {
        Cells c = new Cells(row, cells, new ArrayList<>());
        Integer year = c.integer(YEAR, MIN_YEAR, MAX_YEAR);
        CodeLists codes = codeListsForYear.apply(year == null ? MIN_YEAR : year);
        String village = c.villageCode(VILLAGE_CODE);
        String number = c.text(HOUSEHOLD_NUMBER, 32);
        String name = c.text(NAME, 50);
        IdNumber id = c.idNumber(ID_NUMBER, year == null ? MAX_YEAR : year);
        String relationship = c.code(RELATIONSHIP, codes.get(CodeLists.RELATIONSHIP));
        String sex = c.code(SEX, codes.get(CodeLists.SEX));
        Boolean male = sex == null ? null : "1".equals(sex);
        if (male != null && id != null && male != id.isMale()) {
            c.error(SEX, "SEX_DISAGREES_WITH_ID");
        }
        String ethnicity = c.code(ETHNICITY, codes.get(CodeLists.ETHNICITY));
        String education = c.code(EDUCATION, codes.get(CodeLists.EDUCATION));
        String schooling = c.code(SCHOOLING, codes.get(CodeLists.SCHOOLING));
        if (c.isBlank(EDUCATION) == c.isBlank(SCHOOLING)) {
            String code = c.isBlank(EDUCATION) ? "EDUCATION_OR_SCHOOLING_MISSING" : "EDUCATION_AND_SCHOOLING_BOTH";
            c.error(EDUCATION, code);
            c.error(SCHOOLING, code);
        }
        List<String> health = c.health(HEALTH, codes.get(CodeLists.HEALTH));
        String labour = c.code(LABOUR_SKILL, codes.get(CodeLists.LABOUR_SKILL));
        String work = c.code(WORK_STATUS, codes.get(CodeLists.WORK_STATUS));
        Integer months = c.integer(WORK_MONTHS, 0, 12);
        if (!c.isBlank(WORK_STATUS) && (months == null || months == 0) && !c.hasError(WORK_MONTHS)) {
            c.error(WORK_MONTHS, "WORK_MONTHS_REQUIRED_WITH_STATUS");
        } else if (c.isBlank(WORK_STATUS) && months != null && months > 0) {
            c.error(WORK_STATUS, "WORK_STATUS_REQUIRED_WITH_MONTHS");
        }
        Boolean medical = c.yesNo(MEDICAL_INSURANCE, codes);
        Boolean pension = c.yesNo(PENSION_INSURANCE, codes);
        Boolean employee = c.isBlank(EMPLOYEE_MEDICAL_INSURANCE) ? null : c.yesNo(EMPLOYEE_MEDICAL_INSURANCE, codes);
        if (Boolean.TRUE.equals(medical) && Boolean.TRUE.equals(employee)) {
            c.warning(EMPLOYEE_MEDICAL_INSURANCE, "MEDICAL_INSURANCE_TWICE");
        }
        String exemption = c.isBlank(SCHOOLING_EXEMPTION) ? null : SchoolingExemption.normalise(c.raw(SCHOOLING_EXEMPTION),
                codes.get(SchoolingExemption.DICTIONARY)).orElse(null);
        if (!c.isBlank(SCHOOLING_EXEMPTION) && exemption == null) c.error(SCHOOLING_EXEMPTION, "SCHOOLING_EXEMPTION_FORM");
        HouseholdPart household = householdPart(c, codes);
        Member member = new Member(row, year, village, number, name, id, relationship, male, ethnicity, education,
                schooling, health, labour, work, months, medical, pension, employee, exemption, household,
                c.nonBlankCells(), c.invalidColumns());
        return new Result(member, c.findings());
    }

    private HouseholdPart householdPart(Cells c, CodeLists codes) {
        String phone = c.phone(PHONE);
        String standard = c.code(IDENTIFICATION_STANDARD, codes.get(CodeLists.IDENTIFICATION_STANDARD));
        String attribute = c.code(ATTRIBUTE, codes.get(CodeLists.HOUSEHOLD_ATTRIBUTE));
        String mainCause = c.code(MAIN_CAUSE, codes.get(CodeLists.POVERTY_CAUSE));
        List<String> otherCauses = c.otherCauses(OTHER_CAUSES, codes.get(CodeLists.POVERTY_CAUSE));
        String status = c.code(POVERTY_STATUS, codes.get(CodeLists.POVERTY_STATUS));
        Integer exitYear = c.integer(EXIT_YEAR, 1900, MAX_YEAR);
        return new HouseholdPart(phone, standard, attribute, mainCause, otherCauses, status, exitYear,
                c.money(WAGE_INCOME), c.money(BUSINESS_INCOME), c.money(PROPERTY_INCOME), c.money(TRANSFER_INCOME),
                c.money(BUSINESS_EXPENSE), c.code(HOUSING_SAFETY, codes.get(CodeLists.HOUSING_SAFETY)),
                c.yesNo(SAFE_WATER, codes), c.yesNo(ELECTRICITY, codes), transferItems(c));
    }

    /** The items of 转移性收入 given on the row (none: the file has only the total). */
    private static java.util.Map<TransferItem, java.math.BigDecimal> transferItems(Cells c) {
        java.util.Map<TransferItem, java.math.BigDecimal> items = new java.util.EnumMap<>(TransferItem.class);
        for (TransferItem item : TransferItem.values()) {
            java.math.BigDecimal amount = c.isBlank(item.column()) ? null : c.money(item.column());
            if (amount != null) items.put(item, amount);
        }
        return items;
    }
}
