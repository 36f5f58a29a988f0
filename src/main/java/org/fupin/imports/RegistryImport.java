package org.fupin.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.RegistryStaging;
import org.fupin.household.domain.Finding;
import org.fupin.household.domain.HouseholdRules;
import org.fupin.household.domain.Member;
import org.fupin.household.domain.MemberParser;
import org.fupin.household.domain.RegistryColumn;
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
        RegistryStaging staging = dryRun ? null : new RegistryStaging(connection, secrets, events);
        HouseholdRuns runs = new HouseholdRuns(partial, staging, issues, progress, povertyLines::national);
        int rows = stageRows(file, connection, parser, issues, progress, runs, !dryRun);
        if (rows < 0) return issues.report(dryRun, 0, 0);
        long staged = System.nanoTime();
        progress.pass(ImportProgress.Pass.CHECKING_FILE);
        checks.acrossFile(issues::add);
        long checked = System.nanoTime();
        progress.pass(ImportProgress.Pass.HOUSEHOLDS);
        checkFromStage(connection, parser, issues, staging, runs, partial, progress);
        List<StatusChange> changes = statusChanges.find(connection, List.copyOf(runs.heads()));
        statusChanges.report(changes, confirmStatusChanges, issues);
        boolean unconfirmed = !changes.isEmpty() && !confirmStatusChanges;
        long grouped = System.nanoTime();
        progress.pass(ImportProgress.Pass.WRITING);
        boolean write = partial ? !unconfirmed && runs.written() > 0 : !issues.hasErrors();
        if (write && staging != null) {
            long batch = batches.record("REGISTRY", file, rows);
            staging.merge(batch);
            if (!changes.isEmpty()) statusChanges.publish(batch, file, changes);
        }
        log.info("registry import of {} rows: parse, check households and stage {} ms, checks across the file {} ms, "
                + "split households and findings {} ms, merge and aggregates {} ms", rows, millis(start, staged),
                millis(staged, checked), millis(checked, grouped), millis(grouped, System.nanoTime()));
        return partial ? issues.partialReport(dryRun, rows, runs.written(), unconfirmed)
                : issues.report(dryRun, rows, runs.households());
    }

    /**
     * Pass 1: rows read and parsed on the reading thread, copied into the row stage here, each run of a household's
     * adjacent rows checked and staged as it ends. Returns the number of data rows, or -1 when the header already
     * rejects the file.
     */
    private int stageRows(Path file, Connection connection, MemberParser parser, Issues issues, ImportProgress progress,
                          HouseholdRuns runs, boolean seal) throws SQLException {
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
            CopyRows copy = null;
            try (RowPipeline<ParsedRow> pipeline = new RowPipeline<>(table, row -> parse(row, parser, header, seal))) {
                for (RowPipeline.Batch<ParsedRow> batch = pipeline.take(); ; batch = pipeline.take()) {
                    for (ParsedRow parsed : batch.rows()) {
                        lastRow = parsed.row();
                        rows++;
                        progress.rowRead();
                        issues.addAll(parsed.findings());
                        if (copy == null) copy = new CopyRows(connection, RegistryChecks.COPY_ROWS);
                        copy.formatted(parsed.stageLine());
                        if (runs.add(parsed)) {
                            copy.close();
                            copy = null;
                            runs.check();
                        }
                    }
                    lastRow = batch.lastRow();
                    if (batch.failure() != null) RowPipeline.rethrow(batch.failure());
                    if (batch.end()) break;
                }
            } finally {
                if (copy != null) copy.close();
            }
            runs.finish();
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

    /**
     * Parses and checks one row, hashes its ID number (the checks across the file compare the hashes), writes its
     * stage line and, with {@code seal} (not for a dry run, which writes nothing), encrypts its ID number and a head's
     * phone; on the reading thread.
     */
    private ParsedRow parse(Table.Row row, MemberParser parser, Header<RegistryColumn> header, boolean seal) {
        Map<RegistryColumn, String> cells = header.cells(row, RegistryColumn.class);
        String packed = StagedCells.pack(cells);
        MemberParser.Result result = parser.parse(row.number(), cells);
        Member m = result.member();
        String hash = m.idNumber() == null ? null : secrets.lookupHash(m.idNumber().citizenNumber());
        String line = CopyRows.format(row.number(), m.year(), m.householdNumber(), m.villageCode(), hash,
                cells.getOrDefault(RegistryColumn.ID_NUMBER, ""), packed);
        String id = !seal || m.idNumber() == null ? null : secrets.encrypt(m.idNumber().value());
        String phone = seal && m.isHead() ? secrets.encrypt(m.household().phone()) : null;
        return new ParsedRow(row.number(), result.findings(), m, line, id, hash, phone);
    }

    /**
     * Pass 3: the households left to the stage (split across the file), read back in household order from a streamed
     * cursor and parsed again; between them, the waiting findings of the households checked while streaming.
     */
    private void checkFromStage(Connection connection, MemberParser parser, Issues issues, RegistryStaging staging,
                                HouseholdRuns runs, boolean partial, ImportProgress progress) throws SQLException {
        List<HouseholdRuns.Key> keys = runs.settle();
        if (!keys.isEmpty()) {
            checks.stageSplit(connection, keys);
            try (PreparedStatement st = connection.prepareStatement(RegistryChecks.ROWS_OF_SPLIT_HOUSEHOLDS)) {
                st.setFetchSize(2000);
                try (ResultSet rs = st.executeQuery()) {
                    List<Member> group = new ArrayList<>();
                    HouseholdRuns.Key groupKey = null;
                    while (rs.next()) {
                        HouseholdRuns.Key key = new HouseholdRuns.Key(rs.getInt("year"), rs.getString("household_number"));
                        if (!key.equals(groupKey) && !group.isEmpty()) {
                            household(group, runs, issues, staging, partial, progress);
                            group.clear();
                        }
                        groupKey = key;
                        group.add(parser.parse(rs.getInt("row_no"), StagedCells.unpack(rs.getString("cells"))).member());
                    }
                    if (!group.isEmpty()) household(group, runs, issues, staging, partial, progress);
                }
            }
        }
        runs.addFindingsBefore(null);
        if (staging != null) staging.flush();
    }

    private void household(List<Member> group, HouseholdRuns runs, Issues issues, RegistryStaging staging,
                           boolean partial, ImportProgress progress) throws SQLException {
        runs.addFindingsBefore(HouseholdRuns.Key.of(group.get(0)));
        HouseholdRules.Result result = runs.rules(group);
        issues.addAll(result.findings());
        boolean clean = result.findings().stream().noneMatch(Finding::isError)
                && group.stream().noneMatch(m -> issues.hasErrorIn(m.row()));
        boolean write = result.household().isPresent() && (partial ? clean : !issues.hasErrors());
        if (write && staging != null) staging.add(result.household().get());
        runs.checkedFromStage(result.household().map(h -> StatusChanges.Head.of(h.head())).orElse(null), write);
        progress.householdChecked(group.size());
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

}
