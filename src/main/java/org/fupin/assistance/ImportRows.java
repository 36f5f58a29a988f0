package org.fupin.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fupin.kernel.Reason;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.household.HouseholdSearch;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns one template row into a call of the facade the pages use; answers the row's problems (empty: written). */
@Component
record ImportRows(Organisations organisations, Pairings pairings, HouseholdAssistance assistance,
                  HouseholdRegistry registry, Dictionaries dictionaries, MessageSource messages) {

    /** A problem of a row, with the column it is about (null: the row as a whole). */
    record Problem(String column, Reason reason) {}

    List<Problem> apply(RegionScope scope, ImportTemplate template, AssistanceImport.Line line) {
        try {
            return switch (template) {
                case CADRES -> cadre(scope, line);
                case PAIRINGS -> pairing(scope, line);
                case MEASURES -> measure(scope, line);
            };
        } catch (RegionScope.OutOfScopeException e) {
            String column = template == ImportTemplate.CADRES ? "UNIT_REGION" : "VILLAGE_CODE";
            return List.of(new Problem(column, Reason.of("IMPORT_REGION_OUT_OF_SCOPE", line.get(column))));
        }
    }

    private List<Problem> cadre(RegionScope scope, AssistanceImport.Line line) {
        Optional<UnitLevel> level = label(UnitLevel.class, line.get("UNIT_LEVEL"));
        if (level.isEmpty()) return invalid("UNIT_LEVEL", line);
        List<CadreFlag> flags = new ArrayList<>();
        for (String flag : line.get("FLAGS").split("[、,，;；]")) {
            if (flag.isBlank()) continue;
            Optional<CadreFlag> parsed = label(CadreFlag.class, flag.strip());
            if (parsed.isEmpty()) return invalid("FLAGS", line);
            flags.add(parsed.get());
        }
        Long unit = organisations.units(scope).stream().filter(u -> u.name().equals(line.get("UNIT"))
                && u.regionCode().equals(line.get("UNIT_REGION"))).map(Organisations.Unit::id).findFirst().orElse(null);
        if (unit == null) {
            Outcome added = organisations.addUnit(scope, line.get("UNIT"), level.get(), line.get("UNIT_REGION"));
            if (!added.accepted()) return problems("UNIT", added);
            unit = added.id();
        }
        long unitId = unit;
        if (organisations.cadres(scope).stream().anyMatch(c -> c.unitId() == unitId && c.name().equals(line.get("NAME")))) {
            return List.of(); // already there: importing the same file twice changes nothing
        }
        return problems("PHONE", organisations.addCadre(scope, new Organisations.NewCadre(unit, line.get("NAME"),
                line.get("POST"), line.get("PHONE"), flags)));
    }

    private List<Problem> pairing(RegionScope scope, AssistanceImport.Line line) {
        List<Organisations.Cadre> cadres = organisations.cadres(scope).stream().filter(c -> c.name().equals(line.get("CADRE"))
                && c.unitName().equals(line.get("UNIT"))).toList();
        if (cadres.size() != 1) {
            return List.of(new Problem("CADRE", Reason.of(cadres.isEmpty() ? "IMPORT_CADRE_UNKNOWN" : "IMPORT_CADRE_AMBIGUOUS",
                    line.get("CADRE"), line.get("UNIT"))));
        }
        LocalDate start = date(line.get("START"));
        if (start == null) return invalid("START", line);
        Optional<HouseholdRow> household = household(scope, line);
        if (household.isEmpty()) return unknownHousehold(line);
        return problems(null, pairings.pair(scope, cadres.get(0).id(), household.get().id(), start).orElseThrow()).stream()
                .filter(p -> !p.reason().code().equals("PAIRING_SAME_CADRE")).toList();
    }

    private List<Problem> measure(RegionScope scope, AssistanceImport.Line line) {
        Optional<HouseholdRow> household = household(scope, line);
        if (household.isEmpty()) return unknownHousehold(line);
        LocalDate date = date(line.get("DATE"));
        if (date == null) return invalid("DATE", line);
        CodeList categories = dictionaries.forYear(date.getYear()).lists().get(HouseholdAssistance.CATEGORIES);
        String raw = line.get("CATEGORY");
        Optional<String> category = categories.label(raw).isPresent() ? Optional.of(raw)
                : categories.byLabel(raw).map(CodeList.Entry::code);
        if (category.isEmpty()) return invalid("CATEGORY", line);
        Optional<MeasureStatus> status = label(MeasureStatus.class, line.get("STATUS"));
        if (status.isEmpty()) return invalid("STATUS", line);
        BigDecimal amount;
        try {
            amount = new BigDecimal(line.get("AMOUNT"));
        } catch (NumberFormatException e) {
            return invalid("AMOUNT", line);
        }
        boolean known = assistance.measures(scope, household.get().id()).stream().anyMatch(m -> m.category()
                .equals(category.get()) && m.name().equals(line.get("NAME")) && m.measureDate().equals(date));
        if (known) return List.of();
        return problems("AMOUNT", assistance.addMeasure(scope, household.get().id(), new HouseholdAssistance.NewMeasure(
                category.get(), line.get("NAME"), amount, date, status.get(), line.get("OUTCOME"))).orElseThrow());
    }

    private Optional<HouseholdRow> household(RegionScope scope, AssistanceImport.Line line) {
        if (!line.get("YEAR").matches("\\d{4}")) return Optional.empty();
        String number = line.get("HOUSEHOLD_NUMBER");
        return registry.search(scope, new HouseholdSearch(line.get("VILLAGE_CODE"), Integer.parseInt(line.get("YEAR")),
                number, null, null, null), 0, 50).rows().stream().filter(h -> h.householdNumber().equals(number)).findFirst();
    }

    private static List<Problem> unknownHousehold(AssistanceImport.Line line) {
        return List.of(new Problem("HOUSEHOLD_NUMBER", Reason.of("IMPORT_HOUSEHOLD_UNKNOWN", line.get("HOUSEHOLD_NUMBER"),
                line.get("YEAR"), line.get("VILLAGE_CODE"))));
    }

    private static List<Problem> invalid(String column, AssistanceImport.Line line) {
        return List.of(new Problem(column, Reason.of("IMPORT_INVALID", line.headers().get(column), line.get(column))));
    }

    private static List<Problem> problems(String column, Outcome outcome) {
        return outcome.reasons().stream().map(r -> new Problem(column, r)).toList();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.replace('/', '-'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An enum value by its name or its Chinese or English label ({@code assistance.term.<NAME>}). */
    private <E extends Enum<E>> Optional<E> label(Class<E> type, String text) {
        for (E value : type.getEnumConstants()) {
            String key = "assistance.term." + value.name();
            if (value.name().equals(text) || text.equals(messages.getMessage(key, null, Locale.ROOT))
                    || text.equalsIgnoreCase(messages.getMessage(key, null, Locale.ENGLISH))) return Optional.of(value);
        }
        return Optional.empty();
    }
}
