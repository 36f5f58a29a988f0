package org.fupin.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.system.Database;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

/**
 * Issue #9, import side by side: the same registry CSV (1) copied raw into an unindexed table of text columns with
 * {@code COPY} (the practical limit of the database), (2) inserted row by row over JDBC in one transaction (what
 * typical admin frameworks do; optionally only the first N rows), (3) through Fupin's validated import, first as
 * a dry run (every check, nothing written; issue #22), then for real. Each in
 * its own transaction on the schema owner's connection for (1) and (2); the scratch table is dropped afterwards.
 */
@Component
public record ImportBaselines(Database database, Imports imports) {

    /** One measured way of loading: rows loaded, wall time, throughput. */
    public record Result(String method, long rows, long millis, long rowsPerSecond) {}

    public List<Result> run(Path csv, long perRowLimit) throws IOException, SQLException {
        int columns = header(csv).split(",", -1).length;
        List<Result> results = new ArrayList<>();
        try (Connection owner = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            owner.setAutoCommit(false);
            results.add(rawCopy(owner, csv, columns));
            results.add(perRowInserts(owner, csv, columns, perRowLimit));
        }
        long dryStart = System.nanoTime();
        ImportReport dry = imports.importRegistry(csv, true, Imports.DEFAULT_LOCALE);
        results.add(result("validated dry run", dry.rows(), dryStart));
        long start = System.nanoTime();
        ImportReport report = imports.importRegistry(csv, false, Imports.DEFAULT_LOCALE);
        if (!report.accepted()) throw new IllegalStateException("import rejected: " + report.errors().size() + " errors");
        results.add(result("validated import", report.rows(), start));
        return results;
    }

    /** Highest heap use seen by the JVM so far, in MB (all heap pools' peaks added). */
    public static long peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) bytes += pool.getPeakUsage().getUsed();
        }
        return bytes >> 20;
    }

    private Result rawCopy(Connection owner, Path csv, int columns) throws SQLException, IOException {
        createScratch(owner, columns);
        long start = System.nanoTime();
        long rows;
        try (InputStream in = Files.newInputStream(csv)) {
            rows = owner.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy bench_raw from stdin (format csv, header true)", in);
        }
        owner.commit();
        Result result = result("raw COPY, unindexed", rows, start);
        dropScratch(owner);
        return result;
    }

    private Result perRowInserts(Connection owner, Path csv, int columns, long limit) throws SQLException, IOException {
        createScratch(owner, columns);
        String sql = "insert into bench_raw values (" + "?,".repeat(columns - 1) + "?)";
        long start = System.nanoTime();
        long rows = 0;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             PreparedStatement insert = owner.prepareStatement(sql)) {
            in.readLine();
            for (String line = in.readLine(); line != null && rows < limit; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                for (int c = 0; c < columns; c++) insert.setString(c + 1, c < cells.length ? cells[c] : null);
                insert.executeUpdate();
                rows++;
            }
        }
        owner.commit();
        Result result = result("per-row JDBC insert", rows, start);
        dropScratch(owner);
        return result;
    }

    private static void createScratch(Connection owner, int columns) throws SQLException {
        StringBuilder ddl = new StringBuilder("create table bench_raw (");
        for (int c = 0; c < columns; c++) ddl.append(c == 0 ? "" : ", ").append("c").append(c).append(" text");
        try (Statement st = owner.createStatement()) {
            st.execute("drop table if exists bench_raw");
            st.execute(ddl.append(')').toString());
        }
        owner.commit();
    }

    private static void dropScratch(Connection owner) throws SQLException {
        try (Statement st = owner.createStatement()) {
            st.execute("drop table bench_raw");
        }
        owner.commit();
    }

    private static Result result(String method, long rows, long startNanos) {
        long millis = Math.max(1, (System.nanoTime() - startNanos) / 1_000_000);
        return new Result(method, rows, millis, rows * 1000 / millis);
    }

    private static String header(Path csv) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return in.readLine();
        }
    }
}
