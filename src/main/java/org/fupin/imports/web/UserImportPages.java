package org.fupin.imports.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.fupin.access.Role;
import org.fupin.access.Users;
import org.fupin.imports.UserSheetImport;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Many users from a spreadsheet for the users page (issue #19), through {@link UserSheetImport} as the REST route.
 * The created accounts' one-time passwords are shown once, on the page the upload returns to.
 */
@Controller
record UserImportPages(UserSheetImport sheets, Users users, UploadLimits limits) {

    @PostMapping("/users/bulk")
    String bulk(@RequestParam(required = false) MultipartFile file, Authentication user, Locale locale,
                RedirectAttributes flash) throws IOException {
        limits.check(UploadKind.USERS, file, user);
        Path temp = Files.createTempFile("fupin-users", ".dat");
        try {
            if (file != null) file.transferTo(temp);
            UserSheetImport.Result result = sheets.run(temp, users.scopeOf(user), Role.anyHeldBy(user, Role.SYSTEM_ADMIN),
                    user.getName(), locale);
            if (result.done()) flash.addFlashAttribute("bulkCreated", result.created());
            else flash.addFlashAttribute("bulkErrors", result.errors());
        } finally {
            Files.deleteIfExists(temp);
        }
        return "redirect:/users";
    }
}
