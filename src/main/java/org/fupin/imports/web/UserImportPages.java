package org.fupin.imports.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fupin.access.Role;
import org.fupin.access.UserDirectory;
import org.fupin.access.Users;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Many users from a spreadsheet (CSV or XLSX; columns 姓名, 登录名, 角色, 所属区划代码, 单位 by their header text), all
 * or none, for the users page (issue #19). The created accounts' one-time passwords are shown once, on the page the
 * upload returns to.
 */
@Controller
record UserImportPages(UserDirectory directory, Users users, MessageSource messages, UploadLimits limits) {

    @PostMapping("/users/bulk")
    String bulk(@RequestParam(required = false) MultipartFile file, Authentication user, Locale locale,
                RedirectAttributes flash) throws IOException {
        limits.check(UploadKind.USERS, file, user);
        Path temp = Files.createTempFile("fupin-users", ".dat");
        try {
            if (file != null) file.transferTo(temp);
            boolean systemAdmin = has(user, Role.SYSTEM_ADMIN);
            List<Role> assignable = Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM_ADMIN || systemAdmin).toList();
            UserSheet parsed = UserSheet.read(temp, assignable, messages, locale);
            if (!parsed.errors().isEmpty()) {
                flash.addFlashAttribute("bulkErrors", parsed.errors());
            } else {
                UserDirectory.Bulk bulk = directory.createMany(users.scopeOf(user), systemAdmin, parsed.accounts(),
                        user.getName());
                if (bulk.done()) flash.addFlashAttribute("bulkCreated", bulk.created());
                else flash.addFlashAttribute("bulkErrors", bulk.problems().stream().flatMap(p -> p.problems().stream()
                        .map(code -> messages.getMessage("users.bulk.rowProblem", new Object[] {p.row(), p.username(),
                                messages.getMessage("user." + code, null, code, locale)}, locale))).toList());
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return "redirect:/users";
    }

    private static boolean has(Authentication user, Role role) {
        return Role.anyHeldBy(user, role);
    }
}
