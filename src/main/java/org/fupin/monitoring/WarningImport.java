package org.fupin.monitoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fupin.audit.AuditLog;
import org.fupin.dictionary.Text;
import org.fupin.imports.ImportIssue;
import org.fupin.imports.ImportReport;
import org.fupin.imports.SheetReader;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a department's warning list (部门筛查预警: 民政, 医保, 教育, 住建, 残联 …) from CSV or XLSX through the imports
 * module's reader. Every row becomes a clue of channel DEPARTMENT_WARNING; the file is taken whole or not at all, and
 * every problem is reported with its row, column header, value and a plain-Chinese reason.
 */
@Service
public class WarningImport {

    enum Column { VILLAGE_CODE, HOUSEHOLD_NUMBER, HEAD_NAME, MEMBERS, RISK_TYPE, WARNED_ON, AMOUNT, DETAIL }

    private static final List<Column> REQUIRED = List.of(Column.VILLAGE_CODE, Column.HOUSEHOLD_NUMBER,
            Column.HEAD_NAME, Column.MEMBERS, Column.RISK_TYPE, Column.WARNED_ON);
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.\u5e74](\\d{1,2})[-/.\u6708](\\d{1,2})\u65e5?");

    private final Monitoring monitoring;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final AuditLog audit;

    WarningImport(Monitoring monitoring, JdbcClient jdbc, MessageSource messages, AuditLog audit) {
        this.monitoring = monitoring;
        this.jdbc = jdbc;
        this.messages = messages;
        this.audit = audit;
    }

    private record Parsed(int row, Views.ClueInput clue) {}

    @Transactional
    public ImportReport importWarnings(RegionScope scope, Path file, String department, Locale locale, String actor) {
        if (department == null || department.isBlank()) throw new MonitoringException("DEPARTMENT_MISSING");
        List<ImportIssue> errors = new ArrayList<>();
        List<Parsed> rows = read(scope, file, department.strip(), errors, locale);
        if (!errors.isEmpty()) {
            audit.record(actor, "MONITORING_IMPORT_REJECTED", file.getFileName().toString(), "errors=" + errors.size());
            return new ImportReport(false, false, rows.size(), 0, errors, List.of(), errors.size(), 0);
        }
        long episodes = rows.stream().map(p -> monitoring.addClue(scope, p.clue(), file.getFileName().toString(),
                p.row(), actor)).distinct().count();
        audit.record(actor, "MONITORING_IMPORT", file.getFileName().toString(), department + " rows=" + rows.size());
        return new ImportReport(true, false, rows.size(), (int) episodes, List.of(), List.of(), 0, 0);
    }

    private List<Parsed> read(RegionScope scope, Path file, String department, List<ImportIssue> errors,
                              Locale locale) {
        List<Parsed> rows = new ArrayList<>();
        Map<String, String> riskTypes = riskTypes();
        try (SheetReader sheet = SheetReader.open(file)) {
            SheetReader.SheetRow header = sheet.header();
            Map<Column, Integer> positions = header == null ? Map.of() : positions(header);
            for (Column c : REQUIRED) {
                if (!positions.containsKey(c)) errors.add(issue(1, c, "", "MISSING_COLUMN", locale));
            }
            if (!errors.isEmpty()) return rows;
            for (SheetReader.SheetRow row = sheet.next(); row != null; row = sheet.next()) {
                if (row.isBlank()) continue;
                Map<Column, String> cells = new EnumMap<>(Column.class);
                for (Map.Entry<Column, Integer> p : positions.entrySet()) {
                    cells.put(p.getKey(), Text.normalise(row.cell(p.getValue())));
                }
                Parsed parsed = parse(scope, row.number(), cells, department, riskTypes, errors, locale);
                if (parsed != null) rows.add(parsed);
            }
        } catch (IOException | RuntimeException unreadable) {
            errors.add(issue(0, null, String.valueOf(unreadable.getMessage()), "FILE_UNREADABLE", locale));
        }
        return rows;
    }

    private Parsed parse(RegionScope scope, int row, Map<Column, String> cells, String department,
                         Map<String, String> riskTypes, List<ImportIssue> errors, Locale locale) {
        int before = errors.size();
        String village = cells.getOrDefault(Column.VILLAGE_CODE, "");
        if (!village.matches("[0-9]{12}") || !scope.permits(village) || !villageExists(village)) {
            errors.add(issue(row, Column.VILLAGE_CODE, village, "VILLAGE_UNKNOWN", locale));
        }
        for (Column c : List.of(Column.HOUSEHOLD_NUMBER, Column.HEAD_NAME)) {
            if (cells.getOrDefault(c, "").isEmpty()) errors.add(issue(row, c, "", "REQUIRED", locale));
        }
        String members = cells.getOrDefault(Column.MEMBERS, "");
        if (!members.matches("[1-9][0-9]{0,1}")) errors.add(issue(row, Column.MEMBERS, members, "MEMBERS_INVALID", locale));
        String risk = cells.getOrDefault(Column.RISK_TYPE, "");
        String riskCode = riskTypes.get(risk);
        if (riskCode == null) errors.add(issue(row, Column.RISK_TYPE, risk, "RISK_TYPE_UNKNOWN", locale));
        String warned = cells.getOrDefault(Column.WARNED_ON, "");
        LocalDate date = date(warned);
        if (date == null) errors.add(issue(row, Column.WARNED_ON, warned, "DATE_INVALID", locale));
        String amountText = cells.getOrDefault(Column.AMOUNT, "");
        BigDecimal amount = amount(amountText);
        if (!amountText.isEmpty() && (amount == null || amount.signum() < 0)) {
            errors.add(issue(row, Column.AMOUNT, amountText, "AMOUNT_INVALID", locale));
        }
        if (errors.size() == before) {
            String number = cells.get(Column.HOUSEHOLD_NUMBER);
            String head = cells.get(Column.HEAD_NAME);
            monitoring.episodes().registered(village, number).filter(r -> Monitoring.disagrees(r, head,
                    Integer.parseInt(members))).ifPresent(r -> {
                if (!r.headName().equals(head)) {
                    errors.add(issue(row, Column.HEAD_NAME, head, "HEAD_DISAGREES", locale, r.year(), r.headName()));
                }
                if (r.members() != Integer.parseInt(members)) {
                    errors.add(issue(row, Column.MEMBERS, members, "MEMBERS_DISAGREE", locale, r.year(), r.members()));
                }
            });
        }
        if (errors.size() > before) return null;
        return new Parsed(row, new Views.ClueInput(village, cells.get(Column.HOUSEHOLD_NUMBER),
                cells.get(Column.HEAD_NAME), Integer.parseInt(members), Views.Channel.DEPARTMENT_WARNING, department,
                riskCode, date, amount, cells.getOrDefault(Column.DETAIL, "")));
    }

    private Map<Column, Integer> positions(SheetReader.SheetRow header) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        for (int i = 0; i < header.cells().size(); i++) {
            String text = Text.normalise(header.cell(i));
            for (Column c : Column.values()) {
                if (text.equals(Text.normalise(label(c, Locale.ROOT)))) positions.putIfAbsent(c, i);
            }
        }
        return positions;
    }

    /** Risk types by their Chinese label and by their code. */
    private Map<String, String> riskTypes() {
        Map<String, String> types = new java.util.HashMap<>();
        jdbc.sql("select code, label from monitoring_risk_type").query(rs -> {
            types.put(rs.getString(1), rs.getString(1));
            types.put(rs.getString(2), rs.getString(1));
        });
        return types;
    }

    private boolean villageExists(String code) {
        return jdbc.sql("select exists (select 1 from region where code = :code and level = 'VILLAGE')")
                .param("code", code).query(Boolean.class).single();
    }

    private ImportIssue issue(int row, Column column, String value, String code, Locale locale, Object... more) {
        String header = column == null ? "" : label(column, locale);
        Object[] args = new Object[2 + more.length];
        args[0] = header;
        args[1] = value;
        System.arraycopy(more, 0, args, 2, more.length);
        return new ImportIssue(row, header, value, code,
                messages.getMessage("monitoring.import." + code, args, code, locale));
    }

    private String label(Column column, Locale locale) {
        return messages.getMessage("monitoring.column." + column, null, column.name(), locale);
    }

    static LocalDate date(String value) {
        if (value.matches("[1-9][0-9]{4}")) return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(value));
        Matcher m = DATE.matcher(value);
        if (!m.matches()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static BigDecimal amount(String text) {
        try {
            return text.isEmpty() ? null : new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
