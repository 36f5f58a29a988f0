package org.fupin.household.domain;

import static org.fupin.household.domain.RegistryColumn.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fupin.income.AnnualIncome;
import org.fupin.income.PovertyLine;

/**
 * The rules across the rows of one household in one year (import-templates.md §3 "Household rules",
 * domain.md §8.2): one 户主, at most one 配偶 of the other sex, household columns read from the 户主 row and
 * repeated consistently, the exit year, and the income arithmetic. Pure: the poverty line is an argument.
 */
public final class HouseholdRules {

    static final String EXITED = "1";
    static final String HEALTHY = "1";
    static final String NO_LABOUR = "4";
    static final int EARLIEST_EXIT_YEAR = 2000;

    private HouseholdRules() {}

    /** The household-year as it will be stored: present only when no rule was broken. */
    public record Household(Member head, List<Member> members, AnnualIncome income, BigDecimal netIncome,
                            BigDecimal netIncomePerCapita) {}

    public record Result(List<Finding> findings, Optional<Household> household) {}

    public static Result check(List<Member> members, Optional<PovertyLine> line) {
        List<Finding> findings = new ArrayList<>();
        List<Member> heads = members.stream().filter(Member::isHead).toList();
        if (heads.isEmpty()) {
            members.forEach(m -> findings.add(Finding.error(m.row(), RELATIONSHIP, label(m), "HOUSEHOLD_WITHOUT_HEAD")));
            return new Result(findings, Optional.empty());
        }
        if (heads.size() > 1) {
            heads.forEach(m -> findings.add(Finding.error(m.row(), RELATIONSHIP, label(m), "HOUSEHOLD_WITH_SEVERAL_HEADS")));
            return new Result(findings, Optional.empty());
        }
        Member head = heads.get(0);
        checkSpouses(head, members, findings);
        checkConsistency(head, members, findings);
        checkHeadRow(head, findings);
        members.forEach(m -> workWithoutLabour(m).ifPresent(findings::add));
        boolean rejected = findings.stream().anyMatch(Finding::isError)
                || members.stream().anyMatch(m -> !complete(m));
        if (rejected || !complete(head.household())) return new Result(findings, Optional.empty());
        Household household = assemble(head, members);
        statusWarnings(head, household, line, findings);
        return new Result(findings, Optional.of(household));
    }

    private static void checkSpouses(Member head, List<Member> members, List<Finding> findings) {
        List<Member> spouses = members.stream().filter(Member::isSpouse).toList();
        if (spouses.size() > 1) {
            spouses.forEach(m -> findings.add(Finding.error(m.row(), RELATIONSHIP, label(m), "HOUSEHOLD_WITH_SEVERAL_SPOUSES")));
        } else if (spouses.size() == 1 && head.idNumber() != null && spouses.get(0).idNumber() != null
                && head.idNumber().isMale() == spouses.get(0).idNumber().isMale()) {
            Member spouse = spouses.get(0);
            findings.add(Finding.error(spouse.row(), ID_NUMBER, spouse.idNumber().value(), "SPOUSE_SAME_SEX_AS_HEAD"));
        }
    }

    private static void checkConsistency(Member head, List<Member> members, List<Finding> findings) {
        for (Member m : members) {
            if (m == head) continue;
            if (m.villageCode() != null && head.villageCode() != null && !m.villageCode().equals(head.villageCode())) {
                findings.add(Finding.error(m.row(), VILLAGE_CODE, m.villageCode(), "VILLAGE_DIFFERS_FROM_HEAD", head.row()));
            }
            for (Map.Entry<RegistryColumn, String> cell : m.cells().entrySet()) {
                // a refused value on the head row is reported there once, not again on every member row
                if (!cell.getKey().isHouseholdLevel() || head.invalid().contains(cell.getKey())) continue;
                String headValue = head.cells().get(cell.getKey());
                if (!sameValue(cell.getKey(), cell.getValue(), headValue)) {
                    findings.add(Finding.error(m.row(), cell.getKey(), cell.getValue(), "VALUE_DIFFERS_FROM_HEAD",
                            head.row(), headValue == null ? "" : headValue));
                }
            }
        }
    }

    private static boolean sameValue(RegistryColumn column, String value, String headValue) {
        if (headValue == null) return false;
        if (value.equals(headValue)) return true;
        try {
            return new BigDecimal(value.replace(",", "")).compareTo(new BigDecimal(headValue.replace(",", ""))) == 0;
        } catch (NumberFormatException notNumbers) {
            return false;
        }
    }

    private static void checkHeadRow(Member head, List<Finding> findings) {
        for (RegistryColumn column : RegistryColumn.values()) {
            if (column.isHouseholdLevel() && column.isRequired() && !head.cells().containsKey(column)) {
                findings.add(Finding.error(head.row(), column, "", "REQUIRED"));
            }
        }
        Member.HouseholdPart h = head.household();
        if (h.mainCause() != null && h.otherCauses() != null && h.otherCauses().contains(h.mainCause())) {
            findings.add(Finding.error(head.row(), OTHER_CAUSES, cell(head, OTHER_CAUSES), "OTHER_CAUSE_REPEATS_MAIN"));
        }
        checkExitYear(head, findings);
        checkTransferItems(head, findings);
    }

    /** Items of 转移性收入, where given, add up to it (so that the exit test may leave some out honestly). */
    private static void checkTransferItems(Member head, List<Finding> findings) {
        Member.HouseholdPart h = head.household();
        if (h.transferItems().isEmpty() || h.transfer() == null) return;
        BigDecimal sum = h.transferItems().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(h.transfer()) != 0) {
            findings.add(Finding.error(head.row(), TRANSFER_INCOME, cell(head, TRANSFER_INCOME), "TRANSFER_ITEMS_SUM",
                    sum.toPlainString(), h.transfer().toPlainString()));
        }
    }

    private static void checkExitYear(Member head, List<Finding> findings) {
        Member.HouseholdPart h = head.household();
        boolean exited = EXITED.equals(h.povertyStatus());
        boolean hasExitYear = head.cells().containsKey(EXIT_YEAR);
        if (h.povertyStatus() == null) return;
        if (exited != hasExitYear) {
            String code = exited ? "EXIT_YEAR_REQUIRED" : "EXIT_YEAR_ONLY_WHEN_EXITED";
            findings.add(Finding.error(head.row(), POVERTY_STATUS, cell(head, POVERTY_STATUS), code));
            findings.add(Finding.error(head.row(), EXIT_YEAR, cell(head, EXIT_YEAR), code));
        } else if (exited && h.exitYear() != null && head.year() != null
                && (h.exitYear() < EARLIEST_EXIT_YEAR || h.exitYear() > head.year())) {
            findings.add(Finding.error(head.row(), EXIT_YEAR, cell(head, EXIT_YEAR), "EXIT_YEAR_OUT_OF_RANGE",
                    EARLIEST_EXIT_YEAR, head.year()));
        }
    }

    private static Optional<Finding> workWithoutLabour(Member m) {
        if (m.idNumber() == null || m.year() == null || !NO_LABOUR.equals(m.labourSkill())) return Optional.empty();
        int age = m.idNumber().ageOn(LocalDate.of(m.year(), 12, 31));
        boolean healthy = m.health() != null && m.health().equals(List.of(HEALTHY));
        if (age >= 16 && age <= 59 && healthy && m.schooling() == null) {
            return Optional.of(Finding.warning(m.row(), LABOUR_SKILL, "", "ABLE_BODIED_WITHOUT_LABOUR", age));
        }
        return Optional.empty();
    }

    private static void statusWarnings(Member head, Household household, Optional<PovertyLine> line, List<Finding> findings) {
        Member.HouseholdPart h = head.household();
        if (!EXITED.equals(h.povertyStatus())) return;
        if ("C".equals(h.housingSafety()) || "D".equals(h.housingSafety())) {
            findings.add(Finding.warning(head.row(), HOUSING_SAFETY, h.housingSafety(), "UNSAFE_HOUSE_BUT_EXITED"));
        }
        line.filter(l -> l.isBelow(household.netIncomePerCapita())).ifPresent(l -> findings.add(
                Finding.warning(head.row(), POVERTY_STATUS, cell(head, POVERTY_STATUS), "BELOW_LINE_BUT_EXITED",
                        household.netIncomePerCapita().toPlainString(), l.amount().toPlainString())));
    }

    private static Household assemble(Member head, List<Member> members) {
        Member.HouseholdPart h = head.household();
        AnnualIncome income = new AnnualIncome(h.wage(), h.business(), h.property(), h.transfer(), h.expense());
        return new Household(head, members, income, income.netIncome(), income.netIncomePerCapita(members.size()));
    }

    private static boolean complete(Member m) {
        return m.year() != null && m.villageCode() != null && m.householdNumber() != null && m.name() != null
                && m.idNumber() != null && m.relationship() != null && m.ethnicity() != null && m.health() != null
                && m.labourSkill() != null && m.medicalInsurance() != null && m.pensionInsurance() != null
                && (m.education() != null) != (m.schooling() != null);
    }

    private static boolean complete(Member.HouseholdPart h) {
        return h.identificationStandard() != null && h.attribute() != null && h.mainCause() != null
                && h.otherCauses() != null && h.povertyStatus() != null && h.wage() != null && h.business() != null
                && h.property() != null && h.transfer() != null && h.expense() != null && h.housingSafety() != null
                && h.safeWater() != null && h.electricity() != null && Objects.equals(EXITED.equals(h.povertyStatus()), h.exitYear() != null);
    }

    private static String cell(Member m, RegistryColumn column) {
        return m.cells().getOrDefault(column, "");
    }

    private static String label(Member m) {
        return cell(m, RELATIONSHIP);
    }
}
