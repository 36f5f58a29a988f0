package org.fupin.imports.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.fupin.access.Role;
import org.fupin.access.UserDirectory;
import org.fupin.access.Users;
import org.fupin.api.RuleRefused;
import org.fupin.imports.UserSheetImport;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The users page's spreadsheet import over REST (issues #19, #27): the same file, read and created all or none
 * through {@link UserSheetImport}, answering the same problems located by row and column. Administrators only.
 */
@Tag(name = "User imports", description = "Many accounts from a spreadsheet (CSV or XLSX), all or none, as the users "
        + "page's upload; for county and system administrators")
@RestController
@RequestMapping("/api/v1/users")
record UserImportApi(UserSheetImport sheets, Users users, UploadLimits limits) {

    @Schema(description = "The accounts the file created, each with its one-time password, shown once")
    record ImportedUsers(List<UserDirectory.Created> created) {}

    @Operation(summary = "Create accounts from a spreadsheet", description = "Reads a CSV or XLSX file whose first "
            + "row names the columns as the users page's bulk upload does (real name, login name, role by its Chinese "
            + "name, region code and optionally unit, headers in Chinese as the page's hint lists them), and creates "
            + "every account in the administrator's region with a one-time password, or none: 409 SHEET_INVALID when a "
            + "column is missing, a role unknown or the file unreadable, otherwise the first row's problem code (such "
            + "as USERNAME_TAKEN or REGION_OUTSIDE_SCOPE); messages holds every problem located by row and column, as "
            + "the users page lists them. 413 above the upload limit. Audited as each account created.")
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ImportedUsers upload(@Parameter(description = "The spreadsheet (CSV or XLSX)") @RequestParam(required = false)
                         MultipartFile file, Authentication user, Locale locale) throws IOException {
        limits.check(UploadKind.USERS, file, user);
        Path temp = Files.createTempFile("fupin-users", ".dat");
        try {
            if (file != null) file.transferTo(temp);
            UserSheetImport.Result result = sheets.run(temp, users.scopeOf(user), Role.anyHeldBy(user, Role.SYSTEM_ADMIN),
                    user.getName(), locale);
            if (!result.done()) throw new RuleRefused(result.code(), result.errors());
            return new ImportedUsers(result.created());
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
