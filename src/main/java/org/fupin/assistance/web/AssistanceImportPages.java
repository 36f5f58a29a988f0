package org.fupin.assistance.web;

import org.fupin.web.Sheets;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.assistance.AssistanceImport;
import org.fupin.assistance.ImportTemplate;
import org.fupin.assistance.TemplateSheet;
import org.fupin.imports.ImportReport;
import org.fupin.region.RegionScope;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload of the assistance templates (all or nothing, with a located error list) and the empty templates. */
@Controller
record AssistanceImportPages(AssistanceImport importer, TemplateSheet sheets, Users users, UploadLimits limits) {

    @GetMapping("/assistance/imports")
    String page(Model model) {
        model.addAttribute("templates", ImportTemplate.values());
        model.addAttribute("report", null);
        return "assistance/imports";
    }

    @PostMapping("/assistance/imports")
    String upload(@RequestParam(required = false) String template, @RequestParam(value = "file", required = false)
                  MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun, Authentication user,
                  Locale locale, Model model) throws IOException {
        RegionScope scope = users.scopeOf(user);
        ImportTemplate chosen = template(template == null ? "MEASURES" : template);
        limits.check(UploadKind.ASSISTANCE, file, user);
        try (InputStream upload = file == null ? null : file.getInputStream()) {
            ImportReport report = importer.importUpload(scope, chosen, upload, dryRun, locale);
            model.addAttribute("templates", ImportTemplate.values());
            model.addAttribute("report", report);
            model.addAttribute("chosen", chosen);
            return "assistance/imports";
        }
    }

    @GetMapping("/assistance/imports/{kind}.xlsx")
    void template(@PathVariable("kind") String template, Locale locale, HttpServletResponse response) throws IOException {
        ImportTemplate chosen = template(template);
        response.setContentType(Sheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(TemplateSheet.fileName(chosen)).build().toString());
        sheets.write(chosen, locale, response.getOutputStream());
    }

    private static ImportTemplate template(String name) {
        return ImportTemplate.named(name).orElseThrow(() -> new RegionScope.OutOfScopeException(name));
    }
}
