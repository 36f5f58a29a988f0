package org.fupin.household;

import static org.fupin.household.domain.RegistryColumn.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.CodeLists;
import org.fupin.household.domain.Finding;
import org.fupin.household.domain.Member;
import org.fupin.household.domain.RegistryColumn;
import org.fupin.system.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a stored household-year back into template rows (labels, as a clerk would type them), and the checks
 * that need the stored registry: an ID number registered in another household that year.
 */
@Component
record HouseholdRows(JdbcClient jdbc, Secrets secrets) {

    List<Map<RegistryColumn, String>> toCells(HouseholdRepository.HouseholdRecord record, CodeLists codes) {
        Map<String, Object> h = record.columns();
        List<Map<RegistryColumn, String>> rows = new ArrayList<>();
        for (Map<String, Object> p : record.members()) {
            Map<RegistryColumn, String> row = new EnumMap<>(RegistryColumn.class);
            for (RegistryColumn column : RegistryColumn.values()) row.put(column, "");
            row.put(YEAR, String.valueOf(h.get("year")));
            row.put(VILLAGE_CODE, (String) h.get("village_code"));
            row.put(HOUSEHOLD_NUMBER, (String) h.get("household_number"));
            row.put(NAME, (String) p.get("name"));
            row.put(ID_NUMBER, secrets.decrypt((String) p.get("id_number")));
            row.put(RELATIONSHIP, label(codes, CodeLists.RELATIONSHIP, p.get("relationship")));
            row.put(SEX, label(codes, CodeLists.SEX, Boolean.TRUE.equals(p.get("male")) ? "1" : "2"));
            row.put(ETHNICITY, label(codes, CodeLists.ETHNICITY, p.get("ethnicity")));
            row.put(EDUCATION, label(codes, CodeLists.EDUCATION, p.get("education")));
            row.put(SCHOOLING, label(codes, CodeLists.SCHOOLING, p.get("schooling")));
            row.put(HEALTH, labels(codes, CodeLists.HEALTH, p.get("health")));
            row.put(LABOUR_SKILL, label(codes, CodeLists.LABOUR_SKILL, p.get("labour_skill")));
            row.put(WORK_STATUS, label(codes, CodeLists.WORK_STATUS, p.get("work_status")));
            row.put(WORK_MONTHS, text(p.get("work_months")));
            row.put(MEDICAL_INSURANCE, yesNo(codes, p.get("medical_insurance")));
            row.put(PENSION_INSURANCE, yesNo(codes, p.get("pension_insurance")));
            if (p.get("employee_medical_insurance") != null) {
                row.put(EMPLOYEE_MEDICAL_INSURANCE, yesNo(codes, p.get("employee_medical_insurance")));
            }
            row.put(SCHOOLING_EXEMPTION, text(p.get("schooling_exemption")));
            if (rows.isEmpty()) {
                putHousehold(row, h, codes);
                row.put(PHONE, text(secrets.decrypt((String) h.get("phone"))));
            }
            rows.add(row);
        }
        return rows;
    }

    private static void putHousehold(Map<RegistryColumn, String> row, Map<String, Object> h, CodeLists codes) {
        row.put(IDENTIFICATION_STANDARD, label(codes, CodeLists.IDENTIFICATION_STANDARD, h.get("identification_standard")));
        row.put(ATTRIBUTE, label(codes, CodeLists.HOUSEHOLD_ATTRIBUTE, h.get("attribute")));
        row.put(MAIN_CAUSE, label(codes, CodeLists.POVERTY_CAUSE, h.get("main_cause")));
        row.put(OTHER_CAUSES, labels(codes, CodeLists.POVERTY_CAUSE, h.get("other_causes")));
        row.put(POVERTY_STATUS, label(codes, CodeLists.POVERTY_STATUS, h.get("poverty_status")));
        row.put(EXIT_YEAR, text(h.get("exit_year")));
        row.put(WAGE_INCOME, text(h.get("wage_income")));
        row.put(BUSINESS_INCOME, text(h.get("business_income")));
        row.put(PROPERTY_INCOME, text(h.get("property_income")));
        row.put(TRANSFER_INCOME, text(h.get("transfer_income")));
        TransferItems.parse(h.get("transfer_items")).forEach((item, amount) -> row.put(item.column(), amount.toPlainString()));
        row.put(BUSINESS_EXPENSE, text(h.get("business_expense")));
        row.put(HOUSING_SAFETY, text(h.get("housing_safety")));
        row.put(SAFE_WATER, yesNo(codes, h.get("safe_drinking_water")));
        row.put(ELECTRICITY, yesNo(codes, h.get("has_electricity")));
    }

    /** ID numbers of the members already registered in another household of the same year. */
    List<Finding> idConflicts(HouseholdRepository.HouseholdRecord record, List<Member> members) {
        List<Finding> findings = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Member m : members) {
            if (m.idNumber() == null) continue;
            String citizen = m.idNumber().citizenNumber();
            if (!seen.add(citizen)) {
                findings.add(Finding.error(m.row(), ID_NUMBER, m.idNumber().value(), "ID_REPEATED_IN_FILE", "-"));
                continue;
            }
            jdbc.sql("""
                    select h.household_number from person p
                    join household h on h.county_code = p.county_code and h.id = p.household_id
                    where p.year = :year and p.citizen_number = :citizen and p.household_id <> :id
                    """).param("year", record.columns().get("year")).param("citizen", secrets.lookupHash(citizen))
                    .param("id", record.columns().get("id")).query(String.class).optional()
                    .ifPresent(other -> findings.add(Finding.error(m.row(), ID_NUMBER, m.idNumber().value(),
                            "ID_REGISTERED_IN_OTHER_HOUSEHOLD", other)));
        }
        return findings;
    }

    boolean exists(String county, int year, String householdNumber) {
        return idOf(county, year, householdNumber) != null;
    }

    Long idOf(String county, int year, String householdNumber) {
        return jdbc.sql("""
                select id from household where county_code = :county and year = :year and household_number = :number
                """).param("county", county).param("year", year).param("number", householdNumber)
                .query(Long.class).optional().orElse(null);
    }

    /**
     * Locks the household-year for the rest of the transaction and answers its version (optimistic locking, ADR
     * 0031); null when it is not inside the code range.
     */
    Integer lockVersion(long id, String lowest, String highest) {
        return jdbc.sql("""
                select version from household where id = :id and village_code between :lowest and :highest
                  and county_code between left(:lowest, 6) and left(:highest, 6) for update
                """).param("id", id).param("lowest", lowest).param("highest", highest)
                .query(Integer.class).optional().orElse(null);
    }

    long recordEdit(String actor, int rows) {
        return jdbc.sql("""
                insert into import_batch (kind, file_name, sha256, row_count)
                values ('EDIT', :actor, '', :rows) returning id
                """).param("actor", actor).param("rows", rows).query(Long.class).single();
    }

    private static String label(CodeLists codes, String list, Object code) {
        if (code == null) return "";
        CodeList codeList = codes.get(list);
        return codeList.label(code.toString()).orElse(code.toString());
    }

    private static String labels(CodeLists codes, String list, Object values) {
        if (!(values instanceof List<?> items)) return "";
        return String.join("\u3001", items.stream().map(v -> label(codes, list, v)).toList());
    }

    private static String yesNo(CodeLists codes, Object value) {
        return value == null ? "" : label(codes, CodeLists.YES_NO, Boolean.TRUE.equals(value) ? "1" : "0");
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
