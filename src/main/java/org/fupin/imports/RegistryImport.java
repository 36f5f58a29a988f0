package org.fupin.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.RegistryStaging;
import org.fupin.household.domain.Finding;
import org.fupin.household.domain.HouseholdRules;
import org.fupin.household.domain.Member;
import org.fupin.household.domain.MemberParser;
import org.fupin.household.domain.RegistryColumn;
import org.fupin.income.PovertyLine;
import org.fupin.income.PovertyLines;
import org.fupin.system.CopyRows;
import org.fupin.system.Secrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Imports a 贫困人口信息表 in three passes inside one transaction: (1) stream the rows, check each on its own and
 * copy them into a staging table; (2) set-based checks across the file and the registry (villages, duplicate ID
 * numbers); (3) read the staged rows back household by household, apply {@link HouseholdRules} and stage the
 * result. Only a file without errors, and not a dry run, is merged; otherwise the transaction is rolled back.
 */
@Component
record RegistryImport(DataSource dataSource, Dictionaries dictionaries, PovertyLines povertyLines,
                      RegistryChecks checks, MessageSource messages, Secrets secrets, ApplicationEventPublisher events,
                      StatusChanges statusChanges) {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RegistryImport.class);

    /** Must run inside a transaction; returns the report and leaves commit or rollback to the caller. */
    ImportReport run(Path file, boolean dryRun, Locale locale, BatchRecorder batches) throws SQLException {
        return run(file, dryRun, false, locale, batches);
    }

    /**
     * As {@link #run(Path, boolean, Locale, BatchRecorder)}; a file that changes the 脱贫状态 of households already
     * registered for its year lists each change (warnings) and is refused unless {@code confirmStatusChanges}.
     */
    ImportReport run(Path file, boolean dryRun, boolean confirmStatusChanges, Locale locale, BatchRecorder batches)
            throws SQLException {
        return run(file, dryRun, confirmStatusChanges, false, locale, batches);
    }

    /**
     * With {@code partial}, the households without any error are written and those with one are left out and listed
     * (a village's file with two wrong ID numbers need not wait for them); a file whose status changes are not
     * confirmed is still refused whole.
     */
    ImportReport run(Path file, boolean dryRun, boolean confirmStatusChanges, boolean partial, Locale locale,
                     BatchRecorder batches) throws SQLException {
        return run(file, dryRun, confirmStatusChanges, partial, locale, batches, new ImportProgress());
    }

    /** As above, telling {@code progress} which pass runs and how many rows and households are done. */
    ImportReport run(Path file, boolean dryRun, boolean confirmStatusChanges, boolean partial, Locale locale,
                     BatchRecorder batches, ImportProgress progress) throws SQLException {
        progress.start(file);
        Issues issues = new Issues(messages, "registry", locale);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        MemberParser parser = new MemberParser(dictionaries::forYear);
        long start = System.nanoTime();
        int rows = stageRows(file, connection, parser, issues, progress);
        if (rows < 0) return issues.report(dryRun, 0, 0);
        long staged = System.nanoTime();
        progress.pass(ImportProgress.Pass.CHECKING_FILE);
        checks.acrossFile(issues::add);
        long checked = System.nanoTime();
        progress.pass(ImportProgress.Pass.HOUSEHOLDS);
        RegistryStaging staging = dryRun ? null : new RegistryStaging(connection, secrets, events);
        List<StatusChanges.Head> heads = new ArrayList<>();
        int[] written = {0};
        int households = checkHouseholds(connection, parser, issues, staging, heads, partial, written, progress);
        List<StatusChange> changes = statusChanges.find(connection, heads);
        statusChanges.report(changes, confirmStatusChanges, issues);
        boolean unconfirmed = !changes.isEmpty() && !confirmStatusChanges;
        long grouped = System.nanoTime();
        progress.pass(ImportProgress.Pass.WRITING);
        boolean write = partial ? !unconfirmed && written[0] > 0 : !issues.hasErrors();
        if (write && staging != null) {
            long batch = batches.record("REGISTRY", file, rows);
            staging.merge(batch);
            if (!changes.isEmpty()) statusChanges.publish(batch, file, changes);
        }
        log.info("registry import of {} rows: parse and stage {} ms, checks across the file {} ms, households {} ms, "
                + "merge and aggregates {} ms", rows, millis(start, staged), millis(staged, checked),
                millis(checked, grouped), millis(grouped, System.nanoTime()));
        return partial ? issues.partialReport(dryRun, rows, written[0], unconfirmed) : issues.report(dryRun, rows, households);
    }

    /** Pass 1. Returns the number of data rows, or -1 when the header already rejects the file. */
    private int stageRows(Path file, Connection connection, MemberParser parser, Issues issues, ImportProgress progress)
            throws SQLException {
        checks.createStaging();
        dictionaries.preload();
        int rows = 0;
        int lastRow = 1;
        try (Table table = Tables.open(file)) {
            Table.Row headerRow = table.header();
            if (headerRow == null) {
                issues.add(new Finding(1, "", "", "EMPTY_FILE", Finding.Severity.ERROR, List.of()));
                return -1;
            }
            Header<RegistryColumn> header = Header.match(RegistryColumn.class, headerRow, issues, RegistryColumn::isRequired);
            if (issues.hasErrors()) return -1;
            try (RowPipeline<Staged> pipeline = new RowPipeline<>(table, row -> stage(row, parser, header));
                 CopyRows copy = new CopyRows(connection, RegistryChecks.COPY_ROWS)) {
                for (RowPipeline.Batch<Staged> batch = pipeline.take(); ; batch = pipeline.take()) {
                    for (Staged staged : batch.rows()) {
                        lastRow = staged.row();
                        rows++;
                        progress.rowRead();
                        issues.addAll(staged.findings());
                        copy.row(staged.values());
                    }
                    lastRow = batch.lastRow();
                    if (batch.failure() != null) RowPipeline.rethrow(batch.failure());
                    if (batch.end()) break;
                }
            }
        } catch (WorkbookGuard.TooLarge big) {
            issues.add(new Finding(1, "", "", "WORKBOOK_TOO_LARGE", Finding.Severity.ERROR,
                    List.of(big.megabytes(), big.limitMegabytes())));
            return -1;
        } catch (IOException | RuntimeException unreadable) {
            issues.add(new Finding(lastRow + 1, "", "", "FILE_UNREADABLE", Finding.Severity.ERROR,
                    List.of(String.valueOf(unreadable.getMessage()))));
            return -1;
        }
        return rows;
    }

    /** One row of pass 1 as the reading thread leaves it: its findings and the values to copy into staging. */
    private record Staged(int row, List<Finding> findings, Object[] values) {}

    /** Parses and checks one row, hashes its ID number (on the reading thread, {@link RowPipeline}). */
    private Staged stage(Table.Row row, MemberParser parser, Header<RegistryColumn> header) {
        MemberParser.Result result = parser.parse(row.number(), header.cells(row, RegistryColumn.class));
        Member m = result.member();
        return new Staged(row.number(), result.findings(), new Object[] {row.number(), m.year(), m.householdNumber(),
                m.villageCode(), m.idNumber() == null ? null : secrets.lookupHash(m.idNumber().citizenNumber()),
                header.ordered(row, RegistryColumn.class)});
    }

    /** Pass 3: household by household, in a streamed cursor over the staged rows. */
    private int checkHouseholds(Connection connection, MemberParser parser, Issues issues, RegistryStaging staging,
                                List<StatusChanges.Head> heads, boolean partial, int[] written, ImportProgress progress)
            throws SQLException {
        Map<Integer, Optional<PovertyLine>> lines = new HashMap<>();
        int households = 0;
        try (PreparedStatement st = connection.prepareStatement(RegistryChecks.ROWS_BY_HOUSEHOLD)) {
            st.setFetchSize(2000);
            try (ResultSet rs = st.executeQuery()) {
                List<Member> group = new ArrayList<>();
                Object groupKey = null;
                while (rs.next()) {
                    Object key = List.of(rs.getInt("year"), rs.getString("household_number"));
                    if (!key.equals(groupKey) && !group.isEmpty()) {
                        households += household(group, lines, issues, staging, heads, partial, written);
                        progress.householdChecked(group.size());
                        group.clear();
                    }
                    groupKey = key;
                    group.add(parser.parse(rs.getInt("row_no"), cells((String[]) rs.getArray("cells").getArray())).member());
                }
                if (!group.isEmpty()) {
                    households += household(group, lines, issues, staging, heads, partial, written);
                    progress.householdChecked(group.size());
                }
            }
        }
        return households;
    }

    private int household(List<Member> group, Map<Integer, Optional<PovertyLine>> lines, Issues issues,
                          RegistryStaging staging, List<StatusChanges.Head> heads, boolean partial, int[] written)
            throws SQLException {
        int year = Objects.requireNonNull(group.get(0).year());
        Optional<PovertyLine> line = lines.computeIfAbsent(year, povertyLines::national);
        HouseholdRules.Result result = HouseholdRules.check(List.copyOf(group), line);
        issues.addAll(result.findings());
        result.household().map(h -> StatusChanges.Head.of(h.head())).ifPresent(heads::add);
        boolean clean = result.findings().stream().noneMatch(Finding::isError)
                && group.stream().noneMatch(m -> issues.hasErrorIn(m.row()));
        if (result.household().isPresent() && (partial ? clean : !issues.hasErrors())) {
            if (staging != null) staging.add(result.household().get());
            written[0]++;
        }
        return 1;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static Map<RegistryColumn, String> cells(String[] ordered) {
        Map<RegistryColumn, String> cells = new EnumMap<>(RegistryColumn.class);
        RegistryColumn[] columns = RegistryColumn.values();
        for (int i = 0; i < columns.length; i++) cells.put(columns[i], ordered[i]);
        return cells;
    }
}
