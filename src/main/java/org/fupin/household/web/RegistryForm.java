package org.fupin.household.web;

import static org.fupin.household.domain.RegistryColumn.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.CodeLists;
import org.fupin.household.domain.RegistryColumn;

/**
 * The fields of the member and household forms, in template order, with their options, values and error messages.
 * Values are the labels a clerk would type into the template, so the import's rules apply unchanged.
 */
final class RegistryForm {

    enum Kind { TEXT, NUMBER, SELECT, MULTI }

    /** One field; a read-only one (set by procedures only) is shown, not posted. */
    record Field(String name, Kind kind, List<CodeList.Entry> options, boolean required, String value,
                 List<String> values, List<String> errors, boolean readOnly) {}

    private static final Map<RegistryColumn, String> LISTS = new EnumMap<>(Map.ofEntries(
            Map.entry(RELATIONSHIP, CodeLists.RELATIONSHIP), Map.entry(SEX, CodeLists.SEX),
            Map.entry(ETHNICITY, CodeLists.ETHNICITY), Map.entry(EDUCATION, CodeLists.EDUCATION),
            Map.entry(SCHOOLING, CodeLists.SCHOOLING), Map.entry(HEALTH, CodeLists.HEALTH),
            Map.entry(LABOUR_SKILL, CodeLists.LABOUR_SKILL), Map.entry(WORK_STATUS, CodeLists.WORK_STATUS),
            Map.entry(MEDICAL_INSURANCE, CodeLists.YES_NO), Map.entry(PENSION_INSURANCE, CodeLists.YES_NO),
            Map.entry(EMPLOYEE_MEDICAL_INSURANCE, CodeLists.YES_NO),
            Map.entry(IDENTIFICATION_STANDARD, CodeLists.IDENTIFICATION_STANDARD),
            Map.entry(ATTRIBUTE, CodeLists.HOUSEHOLD_ATTRIBUTE), Map.entry(MAIN_CAUSE, CodeLists.POVERTY_CAUSE),
            Map.entry(OTHER_CAUSES, CodeLists.POVERTY_CAUSE), Map.entry(POVERTY_STATUS, CodeLists.POVERTY_STATUS),
            Map.entry(HOUSING_SAFETY, CodeLists.HOUSING_SAFETY), Map.entry(SAFE_WATER, CodeLists.YES_NO),
            Map.entry(ELECTRICITY, CodeLists.YES_NO)));

    static final List<RegistryColumn> MEMBER_COLUMNS = List.of(NAME, ID_NUMBER, RELATIONSHIP, SEX, ETHNICITY, EDUCATION,
            SCHOOLING, HEALTH, LABOUR_SKILL, WORK_STATUS, WORK_MONTHS, MEDICAL_INSURANCE, PENSION_INSURANCE,
            EMPLOYEE_MEDICAL_INSURANCE, SCHOOLING_EXEMPTION);

    static final List<RegistryColumn> HOUSEHOLD_COLUMNS = java.util.Arrays.stream(RegistryColumn.values())
            .filter(RegistryColumn::isHouseholdLevel).toList();

    /** The household columns a form may change: all but those only procedures set. */
    static final List<RegistryColumn> EDITABLE_HOUSEHOLD_COLUMNS = HOUSEHOLD_COLUMNS.stream()
            .filter(c -> !c.isProcedural()).toList();

    private RegistryForm() {}

    static List<Field> fields(List<RegistryColumn> columns, CodeLists codes, Map<RegistryColumn, String> values,
                              Map<String, List<String>> errors) {
        return fields(columns, codes, values, errors, List.of());
    }

    /** The fields, those of {@code readOnly} shown but not editable. */
    static List<Field> fields(List<RegistryColumn> columns, CodeLists codes, Map<RegistryColumn, String> values,
                              Map<String, List<String>> errors, List<RegistryColumn> readOnly) {
        List<Field> fields = new ArrayList<>();
        for (RegistryColumn column : columns) {
            String value = values.getOrDefault(column, "");
            Kind kind = column == HEALTH || column == OTHER_CAUSES ? Kind.MULTI : LISTS.containsKey(column) ? Kind.SELECT
                    : column == WORK_MONTHS || column == EXIT_YEAR ? Kind.NUMBER : Kind.TEXT;
            List<CodeList.Entry> options = LISTS.containsKey(column) ? codes.get(LISTS.get(column)).entries() : List.of();
            List<String> selected = kind == Kind.MULTI ? List.of(value.split("[\u3001,]")) : List.of(value);
            fields.add(new Field(column.name(), kind, options, column.isRequired(), value, selected,
                    errors.getOrDefault(column.name(), List.of()), readOnly.contains(column)));
        }
        return fields;
    }

    /** Reads the posted form: selects post labels, checkboxes (health, other causes) several labels. */
    static Map<RegistryColumn, String> read(List<RegistryColumn> columns, Map<String, List<String>> params) {
        Map<RegistryColumn, String> cells = new EnumMap<>(RegistryColumn.class);
        for (RegistryColumn column : columns) {
            List<String> posted = params.getOrDefault(column.name(), List.of());
            cells.put(column, String.join("\u3001", posted.stream().filter(v -> !v.isBlank()).toList()));
        }
        return cells;
    }
}
