package org.fupin.identification.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.fupin.kernel.Check;

/**
 * 两不愁三保障 + 饮水安全 (domain.md §3.2) as named checks: 吃穿不愁 (as confirmed by the verifiers), 住房安全 (grade A or
 * B), 义务教育 (no child of compulsory school age out of school, unless exempt or already through 初中), 基本医疗 (every
 * member insured), and 饮水安全 where the year requires it (from 2019, as data).
 *
 * <p>Compulsory school age is 6–15 years on 31 August before the school year of the date (enrolment age is counted
 * on 31 August): a child born on 1 September 2009 is 5 on 31 August 2015 and starts school in September 2016.
 */
public final class Guarantees {

    public static final String FOOD_AND_CLOTHING = "FOOD_AND_CLOTHING";
    public static final String HOUSING_SAFE = "HOUSING_SAFE";
    public static final String NO_DROPOUT = "NO_DROPOUT";
    public static final String MEDICAL_INSURANCE = "MEDICAL_INSURANCE";
    public static final String SAFE_WATER = "SAFE_WATER";

    /**
     * A member as the guarantees see them: birth date, in school (any stage), exempt from school (送教上门, 休学 with a
     * reason), through 初中 already (文化程度 初中 or higher), insured by any basic medical insurance.
     */
    public record Member(LocalDate birthDate, boolean inSchool, boolean exemptFromSchool, boolean completedJuniorMiddle,
                         boolean medicalInsurance) {

        public int ageOn(LocalDate date) {
            return Period.between(birthDate, date).getYears();
        }
    }

    /** The household's living conditions on the reference date; {@code waterRequired}: the year checks 饮水安全. */
    public record Conditions(boolean foodAndClothing, String housingGrade, boolean safeWater, boolean waterRequired,
                             List<Member> members) {}

    private Guarantees() {}

    /** Checks in order; numbers: housing grade; dropout count; uninsured count and member count. */
    public static List<Check> check(Conditions c, LocalDate on) {
        List<Check> checks = new ArrayList<>();
        checks.add(Check.of(FOOD_AND_CLOTHING, c.foodAndClothing()));
        String grade = c.housingGrade() == null ? "" : c.housingGrade().strip();
        checks.add(Check.of(HOUSING_SAFE, grade.equals("A") || grade.equals("B"), grade));
        LocalDate enrolmentDay = enrolmentDay(on);
        long dropouts = c.members().stream().filter(m -> isCompulsorySchoolAge(m.ageOn(enrolmentDay)))
                .filter(m -> !m.inSchool() && !m.exemptFromSchool() && !m.completedJuniorMiddle()).count();
        checks.add(Check.of(NO_DROPOUT, dropouts == 0, dropouts));
        long uninsured = c.members().stream().filter(m -> !m.medicalInsurance()).count();
        checks.add(Check.of(MEDICAL_INSURANCE, uninsured == 0, uninsured, c.members().size()));
        if (c.waterRequired()) checks.add(Check.of(SAFE_WATER, c.safeWater()));
        return checks;
    }

    /** The 31 August on which the ages of the school year of {@code on} are counted. */
    public static LocalDate enrolmentDay(LocalDate on) {
        LocalDate thisYear = LocalDate.of(on.getYear(), 8, 31);
        return on.isAfter(thisYear) ? thisYear : thisYear.minusYears(1);
    }

    /** 适龄少年儿童 = 6–15 周岁, both ends included. */
    public static boolean isCompulsorySchoolAge(int age) {
        return age >= 6 && age <= 15;
    }
}
