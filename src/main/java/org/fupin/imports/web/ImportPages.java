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
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.beans.factory.annotation.Value;
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
 * XLSX with an error column. The last rejected upload is kept in a temporary file for this session only
 * ({@link RejectedUpload}); a file above the limit of its kind is refused before it is read. A registry file of
 * {@code fupin.imports.background-bytes} or more is imported in the background ({@link ImportJobPages}).
 */
@Controller
class ImportPages {

    static final String REJECTED = "import.rejected";

    private final Imports imports;
    private final ImportKinds kinds;
    private final MessageSource messages;
    private final Users users;
    private final UploadLimits limits;
    private final ImportJobs jobs;
    private final long backgroundBytes;

    ImportPages(Imports imports, ImportKinds kinds, MessageSource messages, Users users, UploadLimits limits,
                ImportJobs jobs, @Value("${fupin.imports.background-bytes:4000000}") long backgroundBytes) {
        this.imports = imports;
        this.jobs = jobs;
        this.backgroundBytes = backgroundBytes;
        this.kinds = kinds;
        this.messages = messages;
        this.users = users;
        this.limits = limits;
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
        boolean registry = "registry".equals(kind) || kind.isBlank();
        limits.check(registry ? UploadKind.REGISTRY : UploadKind.IMPORT, file, user);
        session.removeAttribute(REJECTED);
        Path temp = Files.createTempFile("fupin-upload", ".dat");
        boolean kept = false;
        try {
            file.transferTo(temp);
            if (registry && file.getSize() >= backgroundBytes) {
                ImportJobs.Job job = jobs.start(user.getName(), file.getOriginalFilename(), temp,
                        new ImportJobs.Request(dryRun, confirmStatusChanges, partial, locale));
                kept = true;
                return "redirect:/imports/jobs/" + job.id;
            }
            ImportReport report = registry
                    ? imports.importRegistry(temp, dryRun, confirmStatusChanges, partial, locale)
                    : kinds.run(kind, temp, dryRun, locale)
                            .orElseGet(() -> imports.importRegistry(temp, dryRun, locale));
            if (!report.accepted()) {
                session.setAttribute(REJECTED, new RejectedUpload(temp.toString(), report));
                kept = true;
            }
            model.addAttribute("report", report);
        } finally {
            if (!kept) Files.deleteIfExists(temp);
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("kind", kind);
        return "imports/imports";
    }

    /** The rejected rows of the session's last rejected upload, once: its file is deleted after the download. */
    @GetMapping("/imports/rejected.xlsx")
    void rejected(HttpSession session, Locale locale, HttpServletResponse response) throws IOException {
        if (!(session.getAttribute(REJECTED) instanceof RejectedUpload rejected) || !Files.exists(rejected.path())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"rejected-rows.xlsx\"");
        imports.writeRejectedRows(rejected.path(), rejected.report(),
                messages.getMessage("web.import.rowColumn", null, locale),
                messages.getMessage("web.import.errorColumn", null, locale), response.getOutputStream());
        session.removeAttribute(REJECTED);
    }
}
