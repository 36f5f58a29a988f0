package org.fupin.comparison;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.fupin.comparison.domain.ExternalFact;
import org.fupin.comparison.domain.ExternalRowParser;
import org.fupin.comparison.domain.ListColumn;
import org.fupin.comparison.domain.ListType;
import org.fupin.dictionary.Text;
import org.fupin.household.domain.IdNumber;
import org.fupin.imports.ImportReport;
import org.fupin.imports.SheetReader;
import org.fupin.system.CopyRows;
import org.fupin.system.Secrets;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Reads one external list (CSV or XLSX) and copies its rows into {@code external_record} with COPY, under a new
 * batch. Runs inside the caller's transaction: the caller rolls back when the report has errors, so a list is
 * stored whole or not at all.
 */
@Component
record ExternalListImport(DataSource dataSource, JdbcClient jdbc, Secrets secrets, MessageSource messages,
                          AssistanceLists assistance) {

    static final String COPY = """
            copy external_record (batch_id, row_no, id_hash, id_number, id_masked, legacy_form, name, category,
                status, amount, area, event_date, detail) from stdin (format csv)
            """;

    record Outcome(ImportReport report, Long batchId, int legacyIds) {}

    Outcome run(Path file, ListSource source, String actor, Locale locale) throws SQLException {
        ListIssues issues = new ListIssues(messages, locale);
        long batch = jdbc.sql("""
                insert into external_batch (list_type, department, as_of, file_name, sha256, row_count, legacy_ids, imported_by)
                values (:type, :department, :asOf, :file, :sha, 0, 0, :actor) returning id
                """).param("type", source.type().name()).param("department", source.department())
                .param("asOf", source.asOf()).param("file", file.getFileName().toString())
                .param("sha", Digest.sha256(file)).param("actor", actor).query(Long.class).single();
        int[] counts = copyRows(file, source, batch, issues);
        ImportReport report = issues.report(Math.max(counts[0], 0));
        if (report.accepted()) {
            jdbc.sql("update external_batch set row_count = :rows, legacy_ids = :legacy where id = :id")
                    .param("rows", counts[0]).param("legacy", counts[1]).param("id", batch).update();
        }
        return new Outcome(report, report.accepted() ? batch : null, counts[1]);
    }

    /** Returns {rows, legacy IDs}; rows is -1 when the file or its header is rejected before any row. */
    private int[] copyRows(Path file, ListSource source, long batch, ListIssues issues) throws SQLException {
        int rows = 0;
        int legacy = 0;
        int lastRow = 1;
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (SheetReader sheet = SheetReader.open(file)) {
            SheetReader.SheetRow header = sheet.header();
            if (header == null) {
                issues.error(1, "", "", "EMPTY_FILE");
                return new int[] {-1, 0};
            }
            Map<ListColumn, Integer> positions = positions(source.type(), header, issues);
            if (issues.hasErrors()) return new int[] {-1, 0};
            // read before the COPY starts: the connection runs no other statement while it copies
            Map<String, String> layers = source.type() == ListType.ASSISTANCE ? assistance.layerCodesByName() : null;
            String layerLabels = layers == null ? ""
                    : String.join(" / ", assistance.layers().stream().map(AssistanceLists.Layer::label).toList());
            try (CopyRows copy = new CopyRows(connection, COPY)) {
                for (SheetReader.SheetRow row = sheet.next(); row != null; row = sheet.next()) {
                    lastRow = row.number();
                    if (row.isBlank()) continue;
                    rows++;
                    ExternalRowParser.Result result = ExternalRowParser.parse(row.number(), source.type(),
                            cells(row, positions), source.asOf());
                    result.findings().forEach(issues::add);
                    if (result.fact() == null || issues.hasErrors()) continue;
                    ExternalFact fact = layers == null ? result.fact() : layered(row.number(), result.fact(),
                            layers, layerLabels, issues);
                    if (fact == null) continue;
                    if (fact.legacyForm()) legacy++;
                    copy(copy, batch, row.number(), fact);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            issues.error(lastRow + 1, "", "", "FILE_UNREADABLE", String.valueOf(unreadable.getMessage()));
            return new int[] {-1, 0};
        }
        return new int[] {rows, legacy};
    }

    /** An assistance row with its 救助类别 as the layer's code, or null after a located error naming the layers. */
    private static ExternalFact layered(int row, ExternalFact f, Map<String, String> layers, String labels,
                                        ListIssues issues) {
        String layer = layers.get(Text.normalise(f.category()));
        if (layer == null) {
            issues.error(row, ListColumn.ASSISTANCE_KIND.name(), f.category(), "ASSISTANCE_KIND_UNKNOWN", labels);
            return null;
        }
        return new ExternalFact(f.citizenNumber(), f.legacyForm(), f.name(), layer, f.status(), f.amount(),
                f.area(), f.date(), f.detail());
    }

    private void copy(CopyRows copy, long batch, int row, ExternalFact f) throws SQLException {
        String id = f.citizenNumber();
        copy.row(batch, row, secrets.lookupHash(id), secrets.encrypt(id), IdNumber.masked(id), f.legacyForm(),
                f.name(), f.category(), f.status(), f.amount(), f.area(), f.date(), f.detail());
    }

    /** Matches the header to the list type's columns by their Chinese template text. */
    private Map<ListColumn, Integer> positions(ListType type, SheetReader.SheetRow header, ListIssues issues) {
        Map<String, ListColumn> byText = new HashMap<>();
        for (ListColumn column : type.columns()) {
            byText.put(Text.normalise(messages.getMessage("comparison.column." + column, null, Locale.ROOT)), column);
        }
        Map<ListColumn, Integer> positions = new EnumMap<>(ListColumn.class);
        for (int i = 0; i < header.cells().size(); i++) {
            String text = Text.normalise(header.cell(i));
            if (text.isEmpty()) continue;
            ListColumn column = byText.get(text);
            if (column == null) {
                issues.add(new org.fupin.household.domain.Finding(1, text, text, "UNKNOWN_COLUMN",
                        org.fupin.household.domain.Finding.Severity.WARNING, List.of()));
            } else if (positions.putIfAbsent(column, i) != null) {
                issues.error(1, column.name(), text, "REPEATED_COLUMN");
            }
        }
        for (ListColumn column : type.columns()) {
            if (type.isRequired(column) && !positions.containsKey(column)) issues.error(1, column.name(), "", "MISSING_COLUMN");
        }
        return positions;
    }

    private static Map<ListColumn, String> cells(SheetReader.SheetRow row, Map<ListColumn, Integer> positions) {
        Map<ListColumn, String> cells = new EnumMap<>(ListColumn.class);
        positions.forEach((column, index) -> cells.put(column, Text.normalise(row.cell(index))));
        return cells;
    }
}
