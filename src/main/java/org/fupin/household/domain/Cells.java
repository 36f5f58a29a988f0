package org.fupin.household.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.CodeLists;
import org.fupin.dictionary.Text;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionLevel;

/**
 * The cells of one row with typed readers. Each reader returns null for a blank or invalid cell and records why.
 * A required person column must be filled on every row; a household column's requirement is checked on the 户主
 * row by {@link HouseholdRules}.
 */
final class Cells {

    static final BigDecimal MAX_MONEY = new BigDecimal("10000000");
    private static final Pattern MONEY = Pattern.compile("-?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern PHONE_PATTERN = Pattern.compile("1\\d{10}");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,;]");

    private static final int COLUMNS = RegistryColumn.values().length;

    private final int row;
    private final Map<RegistryColumn, String> cells;
    private final List<Finding> findings;
    /** Each column's normalised text, normalised once on first use (the readers ask for a cell several times). */
    private final String[] normalised = new String[COLUMNS];

    Cells(int row, Map<RegistryColumn, String> cells, List<Finding> findings) {
        this.row = row;
        this.cells = cells;
        this.findings = findings;
    }

    List<Finding> findings() { return findings; }

    String raw(RegistryColumn column) {
        String value = normalised[column.ordinal()];
        if (value == null) {
            value = Text.normalise(cells.getOrDefault(column, ""));
            normalised[column.ordinal()] = value;
        }
        return value;
    }

    boolean isBlank(RegistryColumn column) { return raw(column).isEmpty(); }

    boolean hasError(RegistryColumn column) {
        return findings.stream().anyMatch(f -> f.isError() && f.column().equals(column.name()));
    }

    void error(RegistryColumn column, String code, Object... args) {
        findings.add(Finding.error(row, column, raw(column), code, args));
    }

    void warning(RegistryColumn column, String code, Object... args) {
        findings.add(Finding.warning(row, column, raw(column), code, args));
    }

    Set<RegistryColumn> invalidColumns() {
        Set<RegistryColumn> out = java.util.EnumSet.noneOf(RegistryColumn.class);
        findings.stream().filter(Finding::isError).forEach(f -> out.add(RegistryColumn.valueOf(f.column())));
        return out;
    }

    Map<RegistryColumn, String> nonBlankCells() {
        Map<RegistryColumn, String> out = Member.emptyCells();
        for (RegistryColumn column : RegistryColumn.values()) {
            if (!isBlank(column)) out.put(column, raw(column));
        }
        return out;
    }

    /** Blank: an error for a required person column, silently null otherwise. */
    private boolean missing(RegistryColumn column) {
        if (!isBlank(column)) return false;
        if (column.isRequired() && !column.isHouseholdLevel()) error(column, "REQUIRED");
        return true;
    }

    String text(RegistryColumn column, int maxLength) {
        if (missing(column)) return null;
        String value = raw(column);
        if (value.length() > maxLength) {
            error(column, "TOO_LONG", maxLength);
            return null;
        }
        return value;
    }

    Integer integer(RegistryColumn column, int min, int max) {
        if (missing(column)) return null;
        String value = raw(column);
        if (!INTEGER.matcher(value).matches() || value.length() > 9) {
            error(column, "NOT_AN_INTEGER");
            return null;
        }
        int n = Integer.parseInt(value);
        if (n < min || n > max) {
            error(column, "OUT_OF_RANGE", min, max);
            return null;
        }
        return n;
    }

    String villageCode(RegistryColumn column) {
        if (missing(column)) return null;
        String value = raw(column);
        RegionCode.Parsed parsed = value.length() == 12 ? RegionCode.parse(value) : null;
        if (parsed == null || !parsed.isValid() || parsed.code().level() != RegionLevel.VILLAGE) {
            error(column, "NOT_A_VILLAGE_CODE");
            return null;
        }
        return parsed.code().value();
    }

    IdNumber idNumber(RegistryColumn column, int year) {
        if (missing(column)) return null;
        IdNumber.Parsed parsed = IdNumber.parse(raw(column), year);
        if (!parsed.isValid()) {
            error(column, "ID_" + parsed.problem().name(), year);
            return null;
        }
        return parsed.number();
    }

    String code(RegistryColumn column, CodeList list) {
        if (missing(column)) return null;
        return list.byLabel(raw(column)).map(CodeList.Entry::code).orElseGet(() -> {
            error(column, "UNKNOWN_CODE");
            return null;
        });
    }

    Boolean yesNo(RegistryColumn column, CodeLists codes) {
        String code = code(column, codes.get(CodeLists.YES_NO));
        return code == null ? null : "1".equals(code);
    }

    List<String> health(RegistryColumn column, CodeList list) {
        List<String> codes = codeSet(column, list);
        if (codes != null && codes.size() > 1 && codes.contains("1")) {
            error(column, "HEALTHY_STANDS_ALONE");
            return null;
        }
        return codes;
    }

    List<String> otherCauses(RegistryColumn column, CodeList list) {
        if (isBlank(column)) return List.of();
        List<String> codes = codeSet(column, list);
        if (codes != null && codes.size() > 2) {
            error(column, "TOO_MANY_OTHER_CAUSES", 2);
            return null;
        }
        return codes;
    }

    private List<String> codeSet(RegistryColumn column, CodeList list) {
        if (missing(column)) return null;
        Set<String> codes = new LinkedHashSet<>();
        for (String part : LIST_SEPARATOR.split(raw(column))) {
            var entry = list.byLabel(part);
            if (entry.isEmpty()) {
                error(column, "UNKNOWN_CODE");
                return null;
            }
            if (!codes.add(entry.get().code())) {
                error(column, "REPEATED_CODE");
                return null;
            }
        }
        return new ArrayList<>(codes);
    }

    String phone(RegistryColumn column) {
        if (missing(column)) return null;
        if (!PHONE_PATTERN.matcher(raw(column)).matches()) {
            error(column, "PHONE_FORMAT");
            return null;
        }
        return raw(column);
    }

    BigDecimal money(RegistryColumn column) {
        if (missing(column)) return null;
        String value = raw(column);
        if (!MONEY.matcher(value).matches()) {
            error(column, "NOT_AN_AMOUNT");
            return null;
        }
        BigDecimal amount = new BigDecimal(value.replace(",", ""));
        if (amount.signum() < 0 || amount.compareTo(MAX_MONEY) > 0) {
            error(column, "AMOUNT_OUT_OF_RANGE", MAX_MONEY.toPlainString());
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            error(column, "AMOUNT_TOO_PRECISE");
            return null;
        }
        return amount.setScale(2);
    }
}
