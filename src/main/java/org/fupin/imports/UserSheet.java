package org.fupin.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.access.Role;
import org.fupin.access.UserDirectory;
import org.fupin.dictionary.Text;
import org.springframework.context.MessageSource;

/** A spreadsheet of new users read by its header texts; roles by their names; problems located by row and column. */
record UserSheet(List<UserDirectory.NewAccount> accounts, List<String> errors) {

    enum Column { REAL_NAME, USERNAME, ROLE, REGION, UNIT }

    static final int MAX_ROWS = 2000;

    static UserSheet read(Path file, List<Role> assignable, MessageSource messages, Locale locale) {
        List<UserDirectory.NewAccount> accounts = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (SheetReader sheet = SheetReader.open(file)) {
            SheetReader.SheetRow header = sheet.header();
            Map<Column, Integer> positions = new EnumMap<>(Column.class);
            for (int i = 0; header != null && i < header.cells().size(); i++) {
                for (Column c : Column.values()) {
                    if (Text.normalise(header.cell(i)).equals(Text.normalise(label(c, messages)))) positions.put(c, i);
                }
            }
            for (Column c : List.of(Column.REAL_NAME, Column.USERNAME, Column.ROLE, Column.REGION)) {
                if (!positions.containsKey(c)) errors.add(text(messages, locale, "users.bulk.missingColumn", label(c, messages)));
            }
            if (!errors.isEmpty()) return new UserSheet(List.of(), errors);
            for (SheetReader.SheetRow row = sheet.next(); row != null; row = sheet.next()) {
                if (row.isBlank()) continue;
                if (accounts.size() >= MAX_ROWS) {
                    errors.add(text(messages, locale, "users.bulk.tooMany", MAX_ROWS));
                    break;
                }
                String roleName = cell(row, positions, Column.ROLE);
                Role role = assignable.stream().filter(r -> Text.normalise(messages.getMessage("role." + r, null, Locale.ROOT))
                        .equals(Text.normalise(roleName)) || r.name().equals(roleName)).findFirst().orElse(null);
                if (role == null) {
                    errors.add(text(messages, locale, "users.bulk.unknownRole", row.number(), label(Column.ROLE, messages),
                            roleName));
                }
                accounts.add(new UserDirectory.NewAccount(row.number(), cell(row, positions, Column.USERNAME),
                        cell(row, positions, Column.REAL_NAME), role, cell(row, positions, Column.REGION),
                        cell(row, positions, Column.UNIT)));
            }
        } catch (IOException | RuntimeException unreadable) {
            errors.add(text(messages, locale, "users.bulk.unreadable"));
        }
        if (accounts.isEmpty() && errors.isEmpty()) errors.add(text(messages, locale, "users.bulk.empty"));
        return new UserSheet(accounts, errors);
    }

    private static String cell(SheetReader.SheetRow row, Map<Column, Integer> positions, Column c) {
        Integer i = positions.get(c);
        return i == null ? "" : row.cell(i).strip();
    }

    private static String label(Column c, MessageSource messages) {
        return messages.getMessage("users.bulk.column." + c, null, Locale.ROOT);
    }

    private static String text(MessageSource messages, Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
