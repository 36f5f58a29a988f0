package org.fupin.imports;

import java.nio.file.Path;
import java.util.Locale;
import org.fupin.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one entry point for every import (pages, REST and CLI call these methods). Each file is accepted or
 * rejected as a whole in one transaction; a rejected file or a dry run changes nothing.
 */
@Service
public record Imports(TransactionTemplate transactions, RegionImport regions, RegionChangeImport regionChanges,
                      VillageFactImport villageFacts,
                      RegistryImport registry, BatchRecorder batches, AuditLog audit, JdbcClient jdbc,
                      @Value("${fupin.imports.statement-timeout:15min}") String statementTimeout,
                      @Value("${fupin.imports.temp-file-limit:8GB}") String tempFileLimit) {

    /** Reports are written in plain Chinese unless a caller asks otherwise. */
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    public ImportReport importRegions(Path file, boolean dryRun, Locale locale) {
        return inTransaction("REGIONS", file, dryRun, () -> regions.run(file, dryRun, locale, batches));
    }

    /**
     * A 区划变更表 (ADR 0037): each row's change from its year on, checked against that year's tree; all or nothing.
     * The page, {@code POST /api/v1/imports/region-changes} and {@code import-region-changes} call this method.
     */
    public ImportReport importRegionChanges(Path file, boolean dryRun, Locale locale) {
        return inTransaction("REGION_CHANGES", file, dryRun, () -> regionChanges.run(file, dryRun, locale, batches));
    }

    public ImportReport importVillageFacts(Path file, boolean dryRun, Locale locale) {
        return inTransaction("VILLAGE_FACTS", file, dryRun, () -> villageFacts.run(file, dryRun, locale, batches));
    }

    public ImportReport importRegistry(Path file, boolean dryRun, Locale locale) {
        return importRegistry(file, dryRun, false, locale);
    }

    /**
     * A registry file; one that changes the 脱贫状态 of households already registered for its year is refused unless
     * {@code confirmStatusChanges} (a county administrator's confirmation of the 动态调整 batch, listed as warnings).
     */
    public ImportReport importRegistry(Path file, boolean dryRun, boolean confirmStatusChanges, Locale locale) {
        return importRegistry(file, dryRun, confirmStatusChanges, false, locale);
    }

    /**
     * With {@code partial}, the households of the file without errors are imported and the others listed with their
     * errors, to be corrected and imported again (issue #19).
     */
    public ImportReport importRegistry(Path file, boolean dryRun, boolean confirmStatusChanges, boolean partial,
                                       Locale locale) {
        return importRegistry(file, dryRun, confirmStatusChanges, partial, locale, new ImportProgress());
    }

    /**
     * As above, reporting its pass, rows and households to {@code progress} as it goes (issue #22: a page shows it, the
     * command line prints it); {@code progress} is marked done when the report is ready or the import failed.
     */
    public ImportReport importRegistry(Path file, boolean dryRun, boolean confirmStatusChanges, boolean partial,
                                       Locale locale, ImportProgress progress) {
        try {
            return inTransaction("REGISTRY", file, dryRun,
                    () -> registry.run(file, dryRun, confirmStatusChanges, partial, locale, batches, progress));
        } finally {
            progress.done();
        }
    }

    /**
     * The rows of a rejected file that carry errors, as an XLSX workbook with the original row number first and
     * the error messages last; headers of the two added columns come from the caller (its locale).
     */
    public void writeRejectedRows(Path file, ImportReport report, String rowHeader, String errorHeader,
                                  java.io.OutputStream out) throws java.io.IOException {
        RejectedRows.write(file, report, rowHeader, errorHeader, out);
    }

    /** The checking and writing of one file, run inside {@link #inTransaction}. */
    public interface Work {
        ImportReport run() throws Exception;
    }

    /**
     * Runs one file's import as a whole: accepted imports are audited in their own transaction; rejected ones and
     * dry runs are rolled back and audited in a separate one. Every feature's import goes through here.
     */
    public ImportReport inTransaction(String kind, Path file, boolean dryRun, Work work) {
        ImportReport result = transactions.execute(status -> {
            try {
                bound();
                ImportReport report = work.run();
                if (!report.accepted() || dryRun) status.setRollbackOnly();
                else audit.record("IMPORT_" + kind, file.getFileName().toString(), summary(report));
                return report;
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        if (!result.accepted() || dryRun) {
            audit.record((dryRun ? "DRY_RUN_" : "IMPORT_REJECTED_") + kind, file.getFileName().toString(), summary(result));
        }
        return result;
    }

    /**
     * Bounds what one import may cost the database (issue #23): no statement runs longer than
     * {@code fupin.imports.statement-timeout}, so one is cancelled even when its client has gone, and no statement
     * spills more than {@code fupin.imports.temp-file-limit} to temporary files. Both hold for this transaction only.
     */
    private void bound() {
        jdbc.sql("select set_config('statement_timeout', :timeout, true)").param("timeout", statementTimeout).query().singleRow();
        // temp_file_limit needs the grant of V78 (PostgreSQL 15 and later); an older external server keeps its own
        boolean grantable = jdbc.sql("select exists (select 1 from pg_proc where proname = 'has_parameter_privilege')")
                .query(Boolean.class).single();
        if (grantable && jdbc.sql("select has_parameter_privilege('temp_file_limit', 'SET')").query(Boolean.class).single()) {
            jdbc.sql("select set_config('temp_file_limit', :limit, true)").param("limit", tempFileLimit).query().singleRow();
        }
    }

    private static String summary(ImportReport report) {
        return "rows=" + report.rows() + " households=" + report.households() + " errors=" + report.errorCount()
                + " warnings=" + report.warningCount();
    }
}
