package org.fupin.web;

import static org.fupin.household.domain.RegistryColumn.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.CodeLists;
import org.fupin.household.domain.RegistryColumn;

/** The fields of the member form, in template order, with their options, values and error messages. */
final class MemberForm {

    enum Kind { TEXT, NUMBER, SELECT, MULTI }

    record Field(String name, Kind kind, List<CodeList.Entry> options, boolean required, String value,
                 List<String> values, List<String> errors) {}

    private static final Map<RegistryColumn, String> LISTS = new EnumMap<>(Map.ofEntries(
            Map.entry(RELATIONSHIP, CodeLists.RELATIONSHIP), Map.entry(SEX, CodeLists.SEX),
            Map.entry(ETHNICITY, CodeLists.ETHNICITY), Map.entry(EDUCATION, CodeLists.EDUCATION),
            Map.entry(SCHOOLING, CodeLists.SCHOOLING), Map.entry(HEALTH, CodeLists.HEALTH),
            Map.entry(LABOUR_SKILL, CodeLists.LABOUR_SKILL), Map.entry(WORK_STATUS, CodeLists.WORK_STATUS),
            Map.entry(MEDICAL_INSURANCE, CodeLists.YES_NO), Map.entry(PENSION_INSURANCE, CodeLists.YES_NO)));

    static final List<RegistryColumn> COLUMNS = List.of(NAME, ID_NUMBER, RELATIONSHIP, SEX, ETHNICITY, EDUCATION,
            SCHOOLING, HEALTH, LABOUR_SKILL, WORK_STATUS, WORK_MONTHS, MEDICAL_INSURANCE, PENSION_INSURANCE);

    private MemberForm() {}

    static List<Field> fields(CodeLists codes, Map<RegistryColumn, String> values, Map<String, List<String>> errors) {
        List<Field> fields = new ArrayList<>();
        for (RegistryColumn column : COLUMNS) {
            String value = values.getOrDefault(column, "");
            Kind kind = column == HEALTH ? Kind.MULTI : LISTS.containsKey(column) ? Kind.SELECT
                    : column == WORK_MONTHS ? Kind.NUMBER : Kind.TEXT;
            List<CodeList.Entry> options = LISTS.containsKey(column) ? codes.get(LISTS.get(column)).entries() : List.of();
            List<String> selected = kind == Kind.MULTI ? List.of(value.split("[\u3001,]")) : List.of(value);
            fields.add(new Field(column.name(), kind, options, column.isRequired(), value, selected,
                    errors.getOrDefault(column.name(), List.of())));
        }
        return fields;
    }

    /** Reads the posted form: selects post labels, the health checkboxes several labels. */
    static Map<RegistryColumn, String> read(Map<String, List<String>> params) {
        Map<RegistryColumn, String> cells = new EnumMap<>(RegistryColumn.class);
        for (RegistryColumn column : COLUMNS) {
            List<String> posted = params.getOrDefault(column.name(), List.of());
            cells.put(column, String.join("\u3001", posted.stream().filter(v -> !v.isBlank()).toList()));
        }
        return cells;
    }
}
