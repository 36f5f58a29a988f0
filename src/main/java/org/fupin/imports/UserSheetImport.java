package org.fupin.imports;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fupin.access.Role;
import org.fupin.access.UserDirectory;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Many users from a spreadsheet (CSV or XLSX; columns 姓名, 登录名, 角色, 所属区划代码, 单位 by their header text), all
 * or none (issue #19): the one method the users page's upload and {@code POST /api/v1/users/import} call. Problems
 * are sentences located by row and column, as the page shows them.
 */
@Service
public record UserSheetImport(UserDirectory directory, MessageSource messages) {

    /** What the file's columns or rows got wrong: the sheet could not be read into accounts. */
    public static final String SHEET_INVALID = "SHEET_INVALID";

    /**
     * Every account created with its one-time password, or none: the stable code of the first problem
     * ({@link #SHEET_INVALID} or a {@code user.<CODE>} of the first refused row) and every problem as a sentence.
     */
    public record Result(String code, List<String> errors, List<UserDirectory.Created> created) {
        public boolean done() { return errors.isEmpty(); }
    }

    public Result run(Path file, RegionScope scope, boolean systemAdmin, String actor, Locale locale) {
        List<Role> assignable = Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM_ADMIN || systemAdmin).toList();
        UserSheet parsed = UserSheet.read(file, assignable, messages, locale);
        if (!parsed.errors().isEmpty()) return new Result(SHEET_INVALID, parsed.errors(), List.of());
        UserDirectory.Bulk bulk = directory.createMany(scope, systemAdmin, parsed.accounts(), actor);
        if (bulk.done()) return new Result(null, List.of(), bulk.created());
        List<String> errors = bulk.problems().stream().flatMap(p -> p.problems().stream()
                .map(code -> messages.getMessage("users.bulk.rowProblem", new Object[] {p.row(), p.username(),
                        messages.getMessage("user." + code, null, code, locale)}, locale))).toList();
        return new Result(bulk.problems().get(0).problems().get(0), errors, List.of());
    }
}
