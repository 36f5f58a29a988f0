package org.fupin.notice.web;

import org.fupin.notice.Explanations;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.notice.Notice;
import org.fupin.notice.NoticeException;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A public notice: its households, posting and evidence, objections with their outcomes, whether it still blocks,
 * and the printable A4 notice (names, village, household size, attribute, cause; never an ID number, phone, bank
 * account or health detail: the notice tables hold none).
 */
@Controller
record NoticePages(PublicNotices notices, RegionDirectory regions, Explanations explanations, Users users,
                   org.fupin.web.UploadLimits limits) {

    @GetMapping("/identification/notices/{id}")
    String notice(@PathVariable long id, Authentication user, Model model, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        Notice notice = require(scope, id);
        model.addAttribute("n", notice);
        model.addAttribute("path", regions.path(scope, notice.regionCode()));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("readiness", explanations.lines(notice.mayAdvance(LocalDate.now()), locale));
        return "identification/notice";
    }

    @GetMapping("/print/notices/{id}")
    String print(@PathVariable long id, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        Notice notice = require(scope, id);
        java.util.List<org.fupin.region.Region> path = regions.path(scope, notice.regionCode());
        model.addAttribute("n", notice);
        model.addAttribute("path", path);
        // a 公告 is the county's: issued by its poverty-alleviation leading group, objections go to its office; a
        // 公示 is the village's (or township's), signed by the body that posts it
        model.addAttribute("announcement", notice.kind().isAnnouncement());
        model.addAttribute("villageExit", notice.kind() == org.fupin.notice.NoticeKind.VILLAGE_EXIT);
        model.addAttribute("county", path.stream().filter(r -> r.level() == org.fupin.region.RegionLevel.COUNTY)
                .map(org.fupin.region.Region::name).findFirst().orElse(""));
        model.addAttribute("poster", path.isEmpty() ? "" : path.get(path.size() - 1).name());
        return "notice/print";
    }

    @PostMapping("/identification/notices/{id}/posting")
    String posting(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate postedOn,
                   @RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String evidence,
                   @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String version,
                   Authentication user, RedirectAttributes flash, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        require(scope, id);
        var tooLarge = limits.refusal(org.fupin.web.UploadKind.EVIDENCE, file, user, locale);
        if (tooLarge.isPresent()) {
            flash.addFlashAttribute("error", tooLarge.get());
            return "redirect:/identification/notices/" + id;
        }
        return act(id, flash, locale, () -> {
            notices.recordPosting(scope, id, postedOn, place, evidence, user.getName(),
                    org.fupin.kernel.Seen.parse(version));
            if (file != null && !file.isEmpty()) {
                notices.attachEvidence(scope, id, file.getOriginalFilename(), file.getContentType(), bytes(file),
                        user.getName());
            }
        });
    }

    @PostMapping("/identification/notices/{id}/objections")
    String objection(@PathVariable long id, @RequestParam(defaultValue = "") String objector,
                     @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String content,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                     Authentication user, RedirectAttributes flash, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        require(scope, id);
        return act(id, flash, locale, () -> notices.receiveObjection(scope, id, objector, subject, content,
                receivedOn == null ? LocalDate.now() : receivedOn, user.getName()));
    }

    @PostMapping("/identification/notices/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam(required = false) Long objectionId,
                   @RequestParam(defaultValue = "") String outcome,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate resolvedOn,
                   Authentication user, RedirectAttributes flash, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        require(scope, id);
        return act(id, flash, locale, () -> notices.resolveObjection(scope, id, objectionId == null ? -1 : objectionId,
                outcome, resolvedOn == null ? LocalDate.now() : resolvedOn, user.getName()));
    }

    private String act(long id, RedirectAttributes flash, Locale locale, Runnable action) {
        try {
            action.run();
        } catch (NoticeException e) {
            flash.addFlashAttribute("error", explanations.message(e.messageKey(), e.args(), locale));
        }
        return "redirect:/identification/notices/" + id;
    }

    private Notice require(RegionScope scope, long id) {
        return notices.notice(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException("notice " + id));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
