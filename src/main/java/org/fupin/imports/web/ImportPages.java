package org.fupin.imports.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.imports.ImportReport;
import org.fupin.imports.ImportKinds;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload a template file, check it (dry run) or import it, read the report, and download the rejected rows as an
 * XLSX with an error column. The last rejected upload is kept in a temporary file for this session only.
 */
@Controller
class ImportPages {

    private static final String LAST_FILE = "import.lastFile";
    private static final String LAST_REPORT = "import.lastReport";

    private final Imports imports;
    private final ImportKinds kinds;
    private final MessageSource messages;
    private final Users users;

    ImportPages(Imports imports, ImportKinds kinds, MessageSource messages, Users users) {
        this.imports = imports;
        this.kinds = kinds;
        this.messages = messages;
        this.users = users;
    }

    @GetMapping("/imports")
    String page() {
        return "imports/imports";
    }

    @PostMapping("/imports")
    String upload(@RequestParam String kind, @RequestParam("file") MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean dryRun,
                  @RequestParam(defaultValue = "false") boolean confirmStatusChanges,
                  @RequestParam(defaultValue = "false") boolean partial, Authentication user, HttpSession session,
                  Locale locale, Model model) throws IOException {
        if (!RegionScope.ALL.equals(users.scopeOf(user))) throw new RegionScope.OutOfScopeException("imports");
        Path temp = Files.createTempFile("fupin-upload", ".dat");
        file.transferTo(temp);
        ImportReport report = "registry".equals(kind) || kind.isBlank()
                ? imports.importRegistry(temp, dryRun, confirmStatusChanges, partial, locale)
                : kinds.run(kind, temp, dryRun, locale).orElseGet(() -> imports.importRegistry(temp, dryRun, locale));
        if (session.getAttribute(LAST_FILE) instanceof String old) Files.deleteIfExists(Path.of(old));
        if (report.accepted()) {
            Files.deleteIfExists(temp);
            session.removeAttribute(LAST_FILE);
        } else {
            temp.toFile().deleteOnExit();
            session.setAttribute(LAST_FILE, temp.toString());
            session.setAttribute(LAST_REPORT, report);
        }
        model.addAttribute("report", report);
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("kind", kind);
        return "imports/imports";
    }

    @GetMapping("/imports/rejected.xlsx")
    void rejected(HttpSession session, Locale locale, HttpServletResponse response) throws IOException {
        if (!(session.getAttribute(LAST_FILE) instanceof String name) || !Files.exists(Path.of(name))
                || !(session.getAttribute(LAST_REPORT) instanceof ImportReport report)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path file = Path.of(name);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"rejected-rows.xlsx\"");
        imports.writeRejectedRows(file, report, messages.getMessage("web.import.rowColumn", null, locale),
                messages.getMessage("web.import.errorColumn", null, locale), response.getOutputStream());
    }
}
