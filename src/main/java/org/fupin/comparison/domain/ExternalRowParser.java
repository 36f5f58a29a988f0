package org.fupin.comparison.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fupin.household.domain.Finding;
import org.fupin.household.domain.IdNumber;

/**
 * Checks one row of an external list on its own. The ID number must be a valid 18-character number, a 15-digit
 * legacy number (upgraded) or a 20-character disability card number (cut to 18); required columns must be
 * filled; amounts and areas are non-negative numbers with at most two decimals; dates are real and not after the
 * list's as-of date. Every problem is a located {@link Finding} (message {@code comparison.rule.<code>}).
 */
public final class ExternalRowParser {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.\u5e74](\\d{1,2})[-/.\u6708](\\d{1,2})\u65e5?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{5}");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /** The parsed row, or null with the reasons. */
    public record Result(ExternalFact fact, List<Finding> findings) {}

    private ExternalRowParser() {}

    public static Result parse(int row, ListType type, Map<ListColumn, String> cells, LocalDate asOf) {
        List<Finding> findings = new ArrayList<>();
        String rawId = cells.getOrDefault(ListColumn.ID_NUMBER, "");
        IdNumber.Parsed id = IdNumber.parseAllowingLegacy(rawId, asOf.getYear());
        if (rawId.isEmpty()) findings.add(Finding.error(row, ListColumn.ID_NUMBER, rawId, "REQUIRED"));
        else if (!id.isValid()) {
            findings.add(Finding.error(row, ListColumn.ID_NUMBER, rawId, "ID_" + id.problem(), asOf.getYear()));
        }
        Map<Slot, Object> slots = new EnumMap<>(Slot.class);
        for (ListType.Field field : type.fields()) {
            String value = cells.getOrDefault(field.column(), "");
            if (value.isEmpty()) {
                if (field.required()) findings.add(Finding.error(row, field.column(), value, "REQUIRED"));
                continue;
            }
            Object parsed = value(row, field, value, asOf, findings);
            if (parsed != null) slots.put(field.slot(), parsed);
        }
        if (findings.stream().anyMatch(Finding::isError)) return new Result(null, findings);
        String citizen = id.number().citizenNumber();
        ExternalFact fact = new ExternalFact(citizen, rawId.trim().length() == 15,
                emptyToNull(cells.get(ListColumn.NAME)), (String) slots.get(Slot.CATEGORY), (String) slots.get(Slot.STATUS),
                (BigDecimal) slots.get(Slot.AMOUNT), (BigDecimal) slots.get(Slot.AREA), (LocalDate) slots.get(Slot.DATE),
                (String) slots.get(Slot.DETAIL));
        return new Result(fact, findings);
    }

    private static Object value(int row, ListType.Field field, String value, LocalDate asOf, List<Finding> findings) {
        switch (field.slot()) {
            case AMOUNT, AREA -> {
                BigDecimal number = number(value);
                if (number == null) findings.add(Finding.error(row, field.column(), value, "NUMBER"));
                return number;
            }
            case DATE -> {
                LocalDate date = date(value);
                if (date == null) findings.add(Finding.error(row, field.column(), value, "DATE"));
                else if (date.isAfter(asOf)) {
                    findings.add(Finding.error(row, field.column(), value, "DATE_AFTER_AS_OF", asOf.toString()));
                    return null;
                }
                return date;
            }
            default -> {
                return value;
            }
        }
    }

    /** A non-negative number with at most two decimals (thousands separators allowed), at scale 2; else null. */
    static BigDecimal number(String value) {
        try {
            BigDecimal number = new BigDecimal(value.replace(",", ""));
            if (number.signum() < 0 || number.stripTrailingZeros().scale() > 2) return null;
            return number.setScale(2, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** 2015-03-01, 2015/3/1, 2015.3.1, 2015年3月1日, 20150301 or an Excel date serial number (5 digits); else null. */
    static LocalDate date(String value) {
        try {
            Matcher m = DATE.matcher(value);
            if (m.matches()) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            m = COMPACT_DATE.matcher(value);
            if (m.matches()) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (EXCEL_SERIAL.matcher(value).matches()) return EXCEL_EPOCH.plusDays(Long.parseLong(value));
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static String emptyToNull(String s) { return s == null || s.isEmpty() ? null : s; }
}
