package org.fupin.dictionary.web;

import org.fupin.access.Role;
import java.time.Year;
import java.util.Locale;
import org.fupin.dictionary.CodeListAliases;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 代码表: every national code list with its entries and the other spellings (aliases) imports accept; system
 * administrators add and remove aliases here, with the history of changes below.
 */
@Controller
record CodeListPages(CodeListAliases aliases, MessageSource messages) {

    @GetMapping("/code-lists")
    String page(@RequestParam(required = false) String list, @RequestParam(required = false) Integer year,
                Authentication user, Model model) {
        var names = aliases.names();
        String shown = list != null && names.contains(list) ? list : names.isEmpty() ? "" : names.get(0);
        int shownYear = year == null ? Year.now().getValue() : year;
        model.addAttribute("names", names);
        model.addAttribute("list", shown);
        model.addAttribute("year", shownYear);
        model.addAttribute("entries", aliases.entries(shown, shownYear));
        model.addAttribute("history", aliases.history(20));
        model.addAttribute("editor", Role.anyHeldBy(user, Role.SYSTEM_ADMIN));
        return "dictionary/code-lists";
    }

    @PostMapping("/code-lists/aliases")
    String add(@RequestParam String list, @RequestParam String code, @RequestParam int year,
               @RequestParam(defaultValue = "") String alias, Authentication user, Locale locale, RedirectAttributes flash) {
        return change(() -> aliases.add(list, code, year, alias, user.getName()), list, year, locale, flash);
    }

    @PostMapping("/code-lists/aliases/remove")
    String remove(@RequestParam String list, @RequestParam String code, @RequestParam int year, @RequestParam String alias,
                  Authentication user, Locale locale, RedirectAttributes flash) {
        return change(() -> aliases.remove(list, code, year, alias, user.getName()), list, year, locale, flash);
    }

    /** Runs one change; the list page shows that it was saved, or why not. */
    private String change(Runnable work, String list, int year, Locale locale, RedirectAttributes flash) {
        try {
            work.run();
            flash.addFlashAttribute("done", true);
        } catch (CodeListAliases.Refused refused) {
            flash.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.args(), locale));
        }
        flash.addAttribute("list", list);
        flash.addAttribute("year", year);
        return "redirect:/code-lists";
    }
}
