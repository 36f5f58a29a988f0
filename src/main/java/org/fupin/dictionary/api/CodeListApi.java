package org.fupin.dictionary.api;

import java.time.Year;
import java.util.List;
import org.fupin.api.BadBody;
import org.fupin.dictionary.CodeListAliases;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Code lists: {@code GET} the names, one list's entries in a year, the history of alias changes; {@code POST} adds or
 * removes an alias (system administrators; audited).
 */
@RestController
@RequestMapping("/api/v1/code-lists")
record CodeListApi(CodeListAliases aliases) {

    /** {@code remove}: true to remove the alias instead of adding it. */
    record AliasBody(String code, Integer year, String alias, Boolean remove) {}

    @GetMapping
    List<String> names() { return aliases.names(); }

    @GetMapping("/{list}")
    List<CodeListAliases.Entry> entries(@PathVariable String list, @RequestParam(required = false) Integer year) {
        return aliases.entries(list, year == null ? Year.now().getValue() : year);
    }

    @GetMapping("/history")
    List<CodeListAliases.Change> history() { return aliases.history(200); }

    @PostMapping("/{list}/aliases")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void change(@PathVariable String list, @RequestBody AliasBody body, Authentication user) {
        if (body.code() == null || body.alias() == null) throw new BadBody("code and alias are required");
        int year = body.year() == null ? Year.now().getValue() : body.year();
        if (Boolean.TRUE.equals(body.remove())) aliases.remove(list, body.code(), year, body.alias(), user.getName());
        else aliases.add(list, body.code(), year, body.alias(), user.getName());
    }
}
