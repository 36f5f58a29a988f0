package org.fupin.household;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.fupin.household.domain.HouseholdRules.Household;
import org.fupin.household.domain.Member;
import org.fupin.household.domain.IdNumber;
import org.fupin.system.CopyRows;
import org.fupin.system.Secrets;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Bulk write path of the registry. Household-years are copied, a batch at a time, into a temporary table of the
 * current transaction (one row per member, household columns on the 户主 row), then merged set-based: each staged
 * household-year replaces the stored one as a whole (members and incomes); every other household-year is left
 * untouched. Of a birth date only the month is stored in clear ({@code birth_month}, its first day); the full date
 * stays inside the encrypted ID number. The caller owns the transaction. Batches keep the COPY closed between them,
 * so the caller may read from an open cursor on the same connection in between.
 */
public final class RegistryStaging {

    private static final int BATCH = 2000;
    private static final int HOUSEHOLD_COLUMNS = 21;
    /**
     * The merge joins every staged member with the household written for it: with the default 4 MB the hash join of a
     * 1M-person file spilled to disk in 8 batches (issue #22, BENCHMARKS.md); the stage is bounded by the upload limit.
     */
    private static final String MERGE_WORK_MEM = "64MB";

    private final Connection connection;
    private final ApplicationEventPublisher events;
    private final List<Household> pending = new ArrayList<>();
    private final List<Seals> pendingSeals = new ArrayList<>();
    private final Seals ownSeals;
    private int householdCount;

    /**
     * The encrypted ID number, its keyed hash and the encrypted phone of a member, for a caller that has already
     * computed them on another thread (the registry import, issue #22); otherwise they are computed here.
     */
    public interface Seals {
        String idNumber(Member member);

        String citizenNumber(Member member);

        String phone(Member head);
    }

    /** {@code events} hears a {@link RegistryChanged} after each merge, inside the caller's transaction. */
    public RegistryStaging(Connection connection, Secrets secrets, ApplicationEventPublisher events) throws SQLException {
        this.connection = connection;
        this.events = events;
        this.ownSeals = new Seals() {
            @Override public String idNumber(Member m) { return secrets.encrypt(m.idNumber().value()); }

            @Override public String citizenNumber(Member m) { return secrets.lookupHash(m.idNumber().citizenNumber()); }

            @Override public String phone(Member head) { return secrets.encrypt(head.household().phone()); }
        };
        try (Statement st = connection.createStatement()) {
            // a second write in the same transaction (e.g. a village carried forward) starts from an empty stage
            st.execute("drop table if exists pg_temp.stage_member");
            st.execute(RegistrySql.CREATE_STAGING);
        }
    }

    public void add(Household household) throws SQLException {
        add(household, ownSeals);
    }

    /** As {@link #add(Household)}, with the member's encrypted values as {@code seals} gives them. */
    public void add(Household household, Seals seals) throws SQLException {
        pending.add(household);
        pendingSeals.add(seals);
        householdCount++;
        if (pending.size() >= BATCH) flush();
    }

    public int households() { return householdCount; }

    /** Copies the households added so far into the stage; the caller may then run queries on the connection. */
    public void flush() throws SQLException {
        if (pending.isEmpty()) return;
        try (CopyRows copy = new CopyRows(connection, RegistrySql.COPY_MEMBERS)) {
            for (int i = 0; i < pending.size(); i++) {
                copy(copy, pending.get(i), pendingSeals.get(i));
            }
        }
        pending.clear();
        pendingSeals.clear();
    }

    /**
     * Takes the staged household-years of the given years and household numbers (pairwise, of any county) out of the
     * stage again: a household the import staged before it found more of its rows further down the file.
     */
    public void drop(int[] years, String[] householdNumbers) throws SQLException {
        flush();
        if (years.length == 0) return;
        try (var st = connection.prepareStatement(RegistrySql.DROP_STAGED)) {
            st.setArray(1, connection.createArrayOf("int4", java.util.Arrays.stream(years).boxed().toArray()));
            st.setArray(2, connection.createArrayOf("text", householdNumbers));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                householdCount -= rs.getInt(1);
            }
        }
    }

    private void copy(CopyRows copy, Household household, Seals seals) throws SQLException {
        Member head = household.head();
        Member.HouseholdPart h = head.household();
        String county = head.villageCode().substring(0, 6);
        int position = 1;
        copy.row(concat(row(county, head, position++, head, seals), householdColumns(household, h, seals)));
        for (Member m : household.members()) {
            if (m != head) copy.row(concat(row(county, head, position++, m, seals), new Object[HOUSEHOLD_COLUMNS]));
        }
    }

    private Object[] row(String county, Member head, int position, Member m, Seals seals) {
        return new Object[] {county, head.year(), head.householdNumber(), position, m.name(),
                seals.idNumber(m), seals.citizenNumber(m),
                IdNumber.masked(m.idNumber().value()), m.relationship(), m.idNumber().isMale(),
                m.idNumber().birthDate().withDayOfMonth(1),
                m.ethnicity(), m.education(), m.schooling(), m.health(), m.labourSkill(), m.workStatus(),
                m.workMonths(), m.medicalInsurance(), m.pensionInsurance(), m.employeeMedicalInsurance(),
                m.schoolingExemption()};
    }

    private Object[] householdColumns(Household household, Member.HouseholdPart h, Seals seals) {
        return new Object[] {household.head().villageCode(), seals.phone(household.head()), HouseholdDetail.maskPhone(h.phone()),
                h.identificationStandard(), h.attribute(),
                h.mainCause(), h.otherCauses(), h.povertyStatus(), h.exitYear(), h.wage(), h.business(),
                h.property(), h.transfer(), h.expense(), household.members().size(), household.netIncome(),
                household.netIncomePerCapita(), h.housingSafety(), h.safeWater(), h.electricity(),
                TransferItems.json(h.transferItems())};
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Writes the staged household-years into the registry, tagged with the import batch. */
    public void merge(long batchId) throws SQLException {
        flush();
        try (Statement st = connection.createStatement()) {
            st.execute("analyze pg_temp.stage_member");
        }
        RegistryChanged touched = touched();
        try (Statement st = connection.createStatement()) {
            st.execute(RegistrySql.DELETE_REPLACED_MEMBERS);
        }
        String workMem = setting("work_mem");
        setWorkMem(MERGE_WORK_MEM);
        try (var st = connection.prepareStatement(RegistrySql.WRITE_HOUSEHOLDS_AND_MEMBERS)) {
            st.setLong(1, batchId);
            st.execute();
        } finally {
            setWorkMem(workMem);
        }
        events.publishEvent(touched);
    }

    private String setting(String name) throws SQLException {
        try (var st = connection.prepareStatement("select current_setting(?)")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** For this transaction only; the merge's hash join of the stage with the written households fits in memory. */
    private void setWorkMem(String value) throws SQLException {
        try (var st = connection.prepareStatement("select set_config('work_mem', ?, true)")) {
            st.setString(1, value);
            st.execute();
        }
    }

    private RegistryChanged touched() throws SQLException {
        List<Integer> years = new ArrayList<>();
        List<String> villages = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(RegistrySql.TOUCHED_VILLAGES)) {
            while (rs.next()) {
                years.add(rs.getInt(1));
                villages.add(rs.getString(2));
            }
        }
        return new RegistryChanged(years, villages);
    }
}
