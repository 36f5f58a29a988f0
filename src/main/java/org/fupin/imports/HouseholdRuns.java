package org.fupin.imports;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.fupin.household.RegistryStaging;
import org.fupin.household.domain.Finding;
import org.fupin.household.domain.HouseholdRules;
import org.fupin.household.domain.Member;
import org.fupin.income.PovertyLine;

/**
 * The households of a registry file checked while it streams (issue #22, ADR 0003 revised): a household's rows are
 * usually adjacent, so each run of adjacent rows with one year and household number is checked by
 * {@link HouseholdRules} and staged as soon as it ends, without reading the rows back. A household whose rows come
 * back further down the file (split) is taken out again and checked from the row stage after the file, as every
 * household was before. The findings of the household rules wait until the checks across the file have been added
 * and then go to the report in household order, as before, so every finding keeps its place.
 */
final class HouseholdRuns {

    /** A household-year of the file; ordered as the stage orders it ({@code year, household_number collate "C"}). */
    record Key(int year, String number) implements Comparable<Key> {
        static Key of(Member m) {
            return m.year() == null || m.householdNumber() == null ? null : new Key(m.year(), m.householdNumber());
        }

        @Override public int compareTo(Key other) {
            int byYear = Integer.compare(year, other.year);
            return byYear != 0 ? byYear : number.compareTo(other.number);
        }
    }

    /** Households checked together, between two copies into the row stage. */
    static final int PENDING = 2000;
    /** Beyond this many waiting findings, further households are checked from the stage (memory stays bounded). */
    static final int DEFERRED_LIMIT = 100_000;
    /**
     * A file that is not grouped by household (rows sorted by village or shuffled) splits nearly every household:
     * once this many have split and they are a tenth of those seen, the rest are left to the stage at once instead of
     * being checked and staged in vain.
     */
    static final int SPLITS_BEFORE_GIVING_UP = 1000;

    private final boolean partial;
    private final RegistryStaging staging;
    private final Issues issues;
    private final ImportProgress progress;
    private final IntFunction<Optional<PovertyLine>> povertyLines;
    private final Map<Integer, Optional<PovertyLine>> lines = new HashMap<>();
    /** Every household-year seen; true for those left to the stage (split, or past the limit). */
    private final Map<Key, Boolean> seen = new HashMap<>();
    private final TreeMap<Key, List<Finding>> deferred = new TreeMap<>();
    private final Map<Key, StatusChanges.Head> heads = new HashMap<>();
    /** Partial import: the rows of each household staged while its rows were clean, checked again after pass 2. */
    private final Map<Key, int[]> cleanRows = new HashMap<>();
    private final List<List<ParsedRow>> pending = new ArrayList<>();
    private List<ParsedRow> run = new ArrayList<>();
    private Key runKey;
    private int deferredCount;
    private int splits;
    private int written;

    HouseholdRuns(boolean partial, RegistryStaging staging, Issues issues, ImportProgress progress,
                  IntFunction<Optional<PovertyLine>> povertyLines) {
        this.partial = partial;
        this.staging = staging;
        this.issues = issues;
        this.progress = progress;
        this.povertyLines = povertyLines;
    }

    /** A row of the file, in file order, after its own findings; true when households wait for {@link #check()}. */
    boolean add(ParsedRow row) {
        Key key = Key.of(row.member());
        if (key == null) return false;
        if (!key.equals(runKey)) {
            endRun();
            runKey = key;
        }
        run.add(row);
        return pending.size() >= PENDING;
    }

    /** Checks and stages the waiting households; no COPY may be open (the poverty line may be read). */
    void check() throws SQLException {
        for (List<ParsedRow> rows : pending) checkRun(rows);
        pending.clear();
        if (staging != null) staging.flush();
    }

    /** After the last row. */
    void finish() throws SQLException {
        endRun();
        check();
    }

    /** The household rules of one household-year. */
    HouseholdRules.Result rules(List<Member> members) {
        int year = Objects.requireNonNull(members.get(0).year());
        return HouseholdRules.check(List.copyOf(members), lines.computeIfAbsent(year, povertyLines::apply));
    }

    private void endRun() {
        if (run.isEmpty()) return;
        pending.add(run);
        run = new ArrayList<>();
    }

    private void checkRun(List<ParsedRow> rows) throws SQLException {
        Key key = Key.of(rows.get(0).member());
        Boolean toStage = seen.get(key);
        if (toStage != null) {
            if (!toStage) split(key);
            return;
        }
        if (deferredCount >= DEFERRED_LIMIT || notGrouped()) {
            seen.put(key, true);
            return;
        }
        seen.put(key, false);
        List<Member> members = rows.stream().map(ParsedRow::member).toList();
        HouseholdRules.Result result = rules(members);
        progress.householdChecked(rows.size());
        if (!result.findings().isEmpty()) {
            deferred.put(key, result.findings());
            deferredCount += result.findings().size();
        }
        result.household().map(h -> StatusChanges.Head.of(h.head())).ifPresent(head -> heads.put(key, head));
        if (result.household().isEmpty() || result.findings().stream().anyMatch(Finding::isError)) return;
        if (partial) {
            if (members.stream().anyMatch(m -> issues.hasErrorIn(m.row()))) return;
            cleanRows.put(key, members.stream().mapToInt(Member::row).toArray());
        } else if (issues.hasErrors()) {
            return;
        }
        if (staging != null) staging.add(result.household().get(), ParsedRow.seals(rows));
    }

    private boolean notGrouped() {
        return splits >= SPLITS_BEFORE_GIVING_UP && splits * 10L >= seen.size();
    }

    /** Its rows come back: what was found and staged of its first run is forgotten; the stage will check it whole. */
    private void split(Key key) {
        splits++;
        seen.put(key, true);
        List<Finding> findings = deferred.remove(key);
        if (findings != null) deferredCount -= findings.size();
        heads.remove(key);
        cleanRows.remove(key);
    }

    /**
     * After the checks across the file: the households left to the stage (in stage order), with every staged one
     * they replace, and in a partial import every staged household whose rows now have an error, are dropped from
     * the stage; returns the households to check from the row stage.
     */
    List<Key> settle() throws SQLException {
        List<Key> fromStage = new ArrayList<>();
        seen.forEach((key, toStage) -> { if (toStage) fromStage.add(key); });
        fromStage.sort(null);
        List<Key> drop = new ArrayList<>(fromStage);
        for (Iterator<Map.Entry<Key, int[]>> it = cleanRows.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, int[]> e = it.next();
            boolean clean = java.util.Arrays.stream(e.getValue()).noneMatch(issues::hasErrorIn);
            if (clean) written++;
            else drop.add(e.getKey());
        }
        if (staging != null) {
            staging.drop(drop.stream().mapToInt(Key::year).toArray(), drop.stream().map(Key::number).toArray(String[]::new));
        }
        return fromStage;
    }

    /** Adds, in household order, the waiting findings of the households before {@code key} (all with null). */
    void addFindingsBefore(Key key) {
        Map<Key, List<Finding>> due = key == null ? deferred : deferred.headMap(key);
        due.values().forEach(issues::addAll);
        due.clear();
    }

    /** A household checked from the stage, written or not. */
    void checkedFromStage(StatusChanges.Head head, boolean write) {
        if (head != null) heads.put(new Key(head.year(), head.householdNumber()), head);
        if (write) written++;
    }

    Collection<StatusChanges.Head> heads() { return heads.values(); }

    /** Household-years in the file (rows without a year or household number belong to none). */
    int households() { return seen.size(); }

    int written() { return written; }
}
