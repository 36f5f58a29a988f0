package org.fupin.identification.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.fupin.kernel.Check;

/**
 * 两不愁三保障 + 饮水安全 (domain.md §3.2) as named checks: 吃穿不愁 (as confirmed by the verifiers), 住房安全 (grade A or
 * B), 义务教育 (no child aged 6–15 out of school, unless exempt for health reasons), 基本医疗 (every member insured),
 * 饮水安全.
 */
public final class Guarantees {

    public static final String FOOD_AND_CLOTHING = "FOOD_AND_CLOTHING";
    public static final String HOUSING_SAFE = "HOUSING_SAFE";
    public static final String NO_DROPOUT = "NO_DROPOUT";
    public static final String MEDICAL_INSURANCE = "MEDICAL_INSURANCE";
    public static final String SAFE_WATER = "SAFE_WATER";

    /** A member as the guarantees see them: birth date, in school (any stage), exempt from school, insured. */
    public record Member(LocalDate birthDate, boolean inSchool, boolean exemptFromSchool, boolean medicalInsurance) {

        public int ageOn(LocalDate date) {
            return Period.between(birthDate, date).getYears();
        }
    }

    /** The household's living conditions on the reference date. */
    public record Conditions(boolean foodAndClothing, String housingGrade, boolean safeWater, List<Member> members) {}

    private Guarantees() {}

    /** Checks in order; numbers: housing grade; dropout count; uninsured count and member count. */
    public static List<Check> check(Conditions c, LocalDate on) {
        List<Check> checks = new ArrayList<>();
        checks.add(Check.of(FOOD_AND_CLOTHING, c.foodAndClothing()));
        String grade = c.housingGrade() == null ? "" : c.housingGrade().strip();
        checks.add(Check.of(HOUSING_SAFE, grade.equals("A") || grade.equals("B"), grade));
        long dropouts = c.members().stream().filter(m -> isCompulsorySchoolAge(m.ageOn(on)))
                .filter(m -> !m.inSchool() && !m.exemptFromSchool()).count();
        checks.add(Check.of(NO_DROPOUT, dropouts == 0, dropouts));
        long uninsured = c.members().stream().filter(m -> !m.medicalInsurance()).count();
        checks.add(Check.of(MEDICAL_INSURANCE, uninsured == 0, uninsured, c.members().size()));
        checks.add(Check.of(SAFE_WATER, c.safeWater()));
        return checks;
    }

    /** 适龄少年儿童 = 6–15 周岁, both ends included. */
    public static boolean isCompulsorySchoolAge(int age) {
        return age >= 6 && age <= 15;
    }
}
