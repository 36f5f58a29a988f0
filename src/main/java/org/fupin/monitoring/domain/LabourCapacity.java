package org.fupin.monitoring.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fupin.kernel.Check;

/**
 * Whether a household has labour capacity (for 开发式帮扶 and risk elimination) and the §8 rule 8 warning: a person
 * aged 16 to 59, healthy, not in school, recorded without (or with weak) labour capacity.
 */
public final class LabourCapacity {

    /** A member as far as labour goes; {@code skillCode} is the 劳动技能 code. */
    public record Member(String name, LocalDate birthDate, boolean healthy, boolean inSchool, String skillCode) {}

    /** Whether any member has labour capacity, and the rule-8 warnings (failed checks) with age and code. */
    public record Result(boolean hasLabour, List<Check> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private LabourCapacity() {}

    /**
     * @param withoutLabourCodes the 劳动技能 codes meaning no or weak labour capacity (data, e.g. 丧失/无劳动力)
     */
    public static Result assess(List<Member> members, Set<String> withoutLabourCodes, LocalDate date) {
        boolean hasLabour = false;
        List<Check> warnings = new ArrayList<>();
        for (Member m : members) {
            boolean without = m.skillCode() == null || withoutLabourCodes.contains(m.skillCode());
            hasLabour |= !without;
            if (without && m.birthDate() != null && m.skillCode() != null) {
                int age = Period.between(m.birthDate(), date).getYears();
                if (age >= 16 && age < 60 && m.healthy() && !m.inSchool()) {
                    warnings.add(Check.of("ABLE_BODIED_WITHOUT_LABOUR", false, m.name(), age, m.skillCode()));
                }
            }
        }
        return new Result(hasLabour, warnings);
    }
}
