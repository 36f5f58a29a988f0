package org.fupin.household;

import static org.fupin.household.domain.RegistryColumn.*;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.fupin.audit.AuditLog;
import org.fupin.system.Secrets;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.CodeLists;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.domain.Finding;
import org.fupin.household.domain.HouseholdRules;
import org.fupin.household.domain.Member;
import org.fupin.household.domain.MemberParser;
import org.fupin.household.domain.RegistryColumn;
import org.fupin.income.PovertyLines;
import org.fupin.kernel.Seen;
import org.fupin.region.RegionHistory;
import org.fupin.region.RegionScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.fupin.system.Transactions;

/**
 * Changes one household-year from a form with exactly the import's rules: the stored household is turned back
 * into template rows, the change applied, every row and household rule checked, and the result written through
 * the import's write path ({@link RegistryStaging}). A change with any error writes nothing.
 */
@Service
public record HouseholdEditor(HouseholdRepository repository, HouseholdRows rows, Dictionaries dictionaries,
                              PovertyLines povertyLines, DataSource dataSource, AuditLog audit, Secrets secrets,
                              ApplicationEventPublisher events, Transactions transactions, RegionHistory history) {

    /**
     * Saved, or the findings (errors and warnings) of the rows (a finding's row is the member's position), or
     * {@code stale}: the household changed after the form was read and nothing was written (ADR 0031).
     */
    public record Outcome(boolean saved, List<Finding> findings, boolean stale) {
        public Outcome(boolean saved, List<Finding> findings) {
            this(saved, findings, false);
        }

        static final Outcome STALE = new Outcome(false, List.of(), true);
    }

    /** The version of the household-year (raised by every save, import and procedure): forms carry it. */
    public Optional<Integer> version(RegionScope scope, long householdId) {
        return transactions.read(() -> load(scope, householdId)
                .map(record -> ((Number) record.columns().get("version")).intValue()));
    }

    /** The person cells of a member as the form shows them (labels; the ID number is left out on purpose). */
    public Optional<Map<RegistryColumn, String>> memberCells(RegionScope scope, long householdId, int position) {
        return transactions.read(() -> {
            return load(scope, householdId).flatMap(record -> {
                List<Map<RegistryColumn, String>> all = rows.toCells(record, dictionaries.forYear(year(record)));
                if (position < 1 || position > all.size()) return Optional.empty();
                Map<RegistryColumn, String> cells = new EnumMap<>(RegistryColumn.class);
                all.get(position - 1).forEach((column, value) -> {
                    if (!column.isHouseholdLevel() && column != ID_NUMBER) cells.put(column, value);
                });
                return Optional.of(cells);
            });
        });
    }

    /**
     * Replaces the person cells of member {@code position}, or adds a member when {@code position} is null. A blank
     * ID number keeps the stored one (forms never show full ID numbers).
     */
    public Optional<Outcome> saveMember(RegionScope scope, long householdId, Integer position,
                                        Map<RegistryColumn, String> personCells, String actor) {
        return saveMember(scope, householdId, position, personCells, actor, null);
    }

    /** As {@link #saveMember}, from a form made from version {@code seen} of the household (null: unchecked). */
    public Optional<Outcome> saveMember(RegionScope scope, long householdId, Integer position,
                                        Map<RegistryColumn, String> personCells, String actor, Seen seen) {
        return transactions.write(() -> guarded(scope, householdId, seen, () -> load(scope, householdId).map(record -> {
                List<Map<RegistryColumn, String>> all = rows.toCells(record, dictionaries.forYear(year(record)));
                Map<RegistryColumn, String> target = position == null ? newRow(all.get(0)) : all.get(position - 1);
                personCells.forEach((column, value) -> {
                    if (column.isHouseholdLevel()) return;
                    if (column == ID_NUMBER && (value == null || value.isBlank())) return;
                    target.put(column, value == null ? "" : value);
                });
                if (position == null) all.add(target);
                return check(record, all, actor);
            })));
    }

    /** The household columns as the form shows them (labels), read from the 户主 row. */
    public Optional<Map<RegistryColumn, String>> householdCells(RegionScope scope, long householdId) {
        return transactions.read(() -> {
            return load(scope, householdId).map(record -> householdPart(
                    rows.toCells(record, dictionaries.forYear(year(record))).get(0)));
        });
    }

    /** Replaces the household columns (status, causes, incomes, living conditions) of the household-year. */
    public Optional<Outcome> saveHousehold(RegionScope scope, long householdId, Map<RegistryColumn, String> cells,
                                           String actor) {
        return saveHousehold(scope, householdId, cells, actor, null);
    }

    /** As {@link #saveHousehold}, from a form made from version {@code seen} of the household (null: unchecked). */
    public Optional<Outcome> saveHousehold(RegionScope scope, long householdId, Map<RegistryColumn, String> cells,
                                           String actor, Seen seen) {
        return transactions.write(() -> guarded(scope, householdId, seen,
                () -> applyHousehold(scope, householdId, cells, actor, false)));
    }

    /**
     * Runs the change only while the household-year, locked until the transaction ends, still has the version the
     * form was made from; {@link Outcome#STALE} otherwise, empty outside the scope.
     */
    private Optional<Outcome> guarded(RegionScope scope, long householdId, Seen seen,
                                      java.util.function.Supplier<Optional<Outcome>> change) {
        if (seen != null) {
            Integer current = rows.lockVersion(householdId, scope.lowestCode(), scope.highestCode());
            if (current == null) return Optional.empty();
            if (!seen.matches(current)) return Optional.of(Outcome.STALE);
        }
        return change.get();
    }

    /**
     * Applies household cells. Unless {@code byProcedure}, a procedural column ({@link RegistryColumn#isProcedural})
     * given with a value other than the stored one refuses the whole change (STATUS_BY_PROCEDURE, nothing written).
     */
    private Optional<Outcome> applyHousehold(RegionScope scope, long householdId, Map<RegistryColumn, String> cells,
                                             String actor, boolean byProcedure) {
        return load(scope, householdId).map(record -> {
            List<Map<RegistryColumn, String>> all = rows.toCells(record, dictionaries.forYear(year(record)));
            List<Finding> refused = new ArrayList<>();
            cells.forEach((column, value) -> {
                String given = value == null ? "" : value.strip();
                if (!column.isHouseholdLevel()) return;
                if (!byProcedure && column.isProcedural() && !given.equals(all.get(0).getOrDefault(column, "").strip())) {
                    refused.add(Finding.error(1, column, given, "STATUS_BY_PROCEDURE"));
                }
                all.get(0).put(column, value == null ? "" : value);
            });
            return refused.isEmpty() ? check(record, all, actor) : new Outcome(false, refused);
        });
    }

    /**
     * Sets the 脱贫状态 (a code: 0 未脱贫, 1 已脱贫, 3 返贫) and the exit year (null: none) of a household-year, with the
     * same checks as a form edit. Used by the identification and exit procedures (the caller records the event).
     */
    public Optional<Outcome> changeStatus(RegionScope scope, long householdId, String statusCode, Integer exitYear,
                                          String actor) {
        return transactions.write(() -> {
            return load(scope, householdId).flatMap(record -> {
                CodeList statuses = dictionaries.forYear(year(record)).lists().get(CodeLists.POVERTY_STATUS);
                return statuses.label(statusCode).flatMap(label -> applyHousehold(scope, householdId,
                        Map.of(POVERTY_STATUS, label, EXIT_YEAR, exitYear == null ? "" : exitYear.toString()), actor, true));
            });
        });
    }

    /** Registers a new household-year with its 户主 (person and household columns of the head's row). */
    public Created create(RegionScope scope, String villageCode, int year, Map<RegistryColumn, String> headCells,
                          String actor) {
        return transactions.write(() -> {
            scope.require(villageCode);
            Map<RegistryColumn, String> row = new EnumMap<>(RegistryColumn.class);
            for (RegistryColumn column : RegistryColumn.values()) row.put(column, headCells.getOrDefault(column, ""));
            row.put(YEAR, String.valueOf(year));
            row.put(VILLAGE_CODE, villageCode);
            String number = row.get(HOUSEHOLD_NUMBER).strip();
            if (!number.isEmpty() && rows.exists(villageCode.substring(0, 6), year, number)) {
                return new Created(null, List.of(Finding.error(1, HOUSEHOLD_NUMBER, number, "HOUSEHOLD_NUMBER_TAKEN", year)));
            }
            Map<String, Object> columns = new java.util.HashMap<>();
            columns.put("year", year);
            columns.put("id", -1L);
            List<Map<RegistryColumn, String>> all = new ArrayList<>(List.of(row));
            Outcome outcome = check(new HouseholdRepository.HouseholdRecord(columns, List.of()), all, actor);
            Long id = outcome.saved() ? rows.idOf(villageCode.substring(0, 6), year, number) : null;
            return new Created(id, outcome.findings());
        });
    }

    /**
     * Copies a household-year into {@code toYear} with the same members and facts (the yearly 动态调整 starts from
     * last year's record instead of re-keying it), through the same checks as an edit. Refused with
     * HOUSEHOLD_NUMBER_TAKEN when that year already has the household. A village merged or moved by then carries the
     * household to its successor's code.
     */
    public Optional<Created> carryForward(RegionScope scope, long householdId, int toYear, String actor) {
        return transactions.write(() -> {
            return load(scope, householdId).map(record -> {
                // a household-year takes the code of its year: a merged or moved village's successor (ADR 0037)
                String village = history.successor((String) record.columns().get("village_code"), toYear);
                String county = village.substring(0, 6);
                String number = (String) record.columns().get("household_number");
                if (rows.exists(county, toYear, number)) {
                    return new Created(null, List.of(Finding.error(1, HOUSEHOLD_NUMBER, number, "HOUSEHOLD_NUMBER_TAKEN", toYear)));
                }
                List<Map<RegistryColumn, String>> all = rows.toCells(record, dictionaries.forYear(year(record)));
                all.forEach(row -> {
                    row.put(YEAR, String.valueOf(toYear));
                    row.put(VILLAGE_CODE, village);
                });
                Map<String, Object> columns = new java.util.HashMap<>();
                columns.put("year", toYear);
                columns.put("id", -1L);
                Outcome outcome = check(new HouseholdRepository.HouseholdRecord(columns, List.of()), all, actor);
                return new Created(outcome.saved() ? rows.idOf(county, toYear, number) : null, outcome.findings());
            });
        });
    }

    /** The new household's id when saved, else null and the findings (the head's row is row 1). */
    public record Created(Long id, List<Finding> findings) {}

    public Optional<Outcome> removeMember(RegionScope scope, long householdId, int position, String actor) {
        return removeMember(scope, householdId, position, actor, null);
    }

    /** As {@link #removeMember}, from a form made from version {@code seen} of the household (null: unchecked). */
    public Optional<Outcome> removeMember(RegionScope scope, long householdId, int position, String actor, Seen seen) {
        return transactions.write(() -> guarded(scope, householdId, seen, () -> load(scope, householdId).map(record -> {
            List<Map<RegistryColumn, String>> all = rows.toCells(record, dictionaries.forYear(year(record)));
            Map<RegistryColumn, String> removed = all.remove(position - 1);
            if (position == 1) all.get(0).putAll(householdPart(removed));
            return check(record, all, actor);
        })));
    }

    private Outcome check(HouseholdRepository.HouseholdRecord record, List<Map<RegistryColumn, String>> all, String actor) {
        int year = year(record);
        MemberParser parser = new MemberParser(dictionaries::forYear);
        List<Finding> findings = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            MemberParser.Result result = parser.parse(i + 1, all.get(i));
            findings.addAll(result.findings());
            members.add(result.member());
        }
        HouseholdRules.Result household = HouseholdRules.check(members, povertyLines.national(year));
        findings.addAll(household.findings());
        findings.addAll(rows.idConflicts(record, members));
        if (findings.stream().anyMatch(Finding::isError) || household.household().isEmpty()) {
            return new Outcome(false, findings);
        }
        write(household.household().get(), actor);
        audit.record("EDIT_HOUSEHOLD", target(household.household().get()), changes(record, all));
        return new Outcome(true, findings);
    }

    private void write(HouseholdRules.Household household, String actor) {
        try {
            RegistryStaging staging = new RegistryStaging(DataSourceUtils.getConnection(dataSource), secrets, events);
            staging.add(household);
            staging.merge(rows.recordEdit(actor, household.members().size()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String target(HouseholdRules.Household household) {
        Member head = household.head();
        return head.villageCode() + "/" + head.year() + "/" + head.householdNumber();
    }

    /** Before and after of every changed cell, row by row; ID numbers and phones masked. */
    private String changes(HouseholdRepository.HouseholdRecord record, List<Map<RegistryColumn, String>> after) {
        List<Map<RegistryColumn, String>> before = record.members().isEmpty() ? List.of()
                : rows.toCells(record, dictionaries.forYear(year(record)));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            Map<RegistryColumn, String> b = i < before.size() ? before.get(i) : Map.of();
            Map<RegistryColumn, String> a = i < after.size() ? after.get(i) : Map.of();
            for (RegistryColumn column : RegistryColumn.values()) {
                String was = b.getOrDefault(column, "");
                String now = a.getOrDefault(column, "");
                if (!was.equals(now)) {
                    out.append(i + 1).append('.').append(column.name()).append(": ").append(safe(column, was))
                            .append(" -> ").append(safe(column, now)).append("; ");
                }
            }
        }
        return out.toString();
    }

    private static String safe(RegistryColumn column, String value) {
        if (value.isEmpty()) return value;
        if (column == ID_NUMBER) return org.fupin.household.domain.IdNumber.masked(value);
        if (column == PHONE) return HouseholdDetail.maskPhone(value);
        return value;
    }

    private Optional<HouseholdRepository.HouseholdRecord> load(RegionScope scope, long id) {
        return repository.find(id, scope.lowestCode(), scope.highestCode());
    }

    private static int year(HouseholdRepository.HouseholdRecord record) {
        return (Integer) record.columns().get("year");
    }

    private static Map<RegistryColumn, String> newRow(Map<RegistryColumn, String> head) {
        Map<RegistryColumn, String> row = new EnumMap<>(RegistryColumn.class);
        for (RegistryColumn column : RegistryColumn.values()) row.put(column, "");
        row.put(YEAR, head.get(YEAR));
        row.put(VILLAGE_CODE, head.get(VILLAGE_CODE));
        row.put(HOUSEHOLD_NUMBER, head.get(HOUSEHOLD_NUMBER));
        return row;
    }

    private static Map<RegistryColumn, String> householdPart(Map<RegistryColumn, String> row) {
        Map<RegistryColumn, String> part = new EnumMap<>(RegistryColumn.class);
        row.forEach((column, value) -> {
            if (column.isHouseholdLevel()) part.put(column, value);
        });
        return part;
    }

}
