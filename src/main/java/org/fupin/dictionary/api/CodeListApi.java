package org.fupin.dictionary.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Year;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
@Tag(name = "Code lists", description = "The code lists of the national templates (poverty causes, attributes, ...) and their aliases")
@RestController
@RequestMapping("/api/v1/code-lists")
record CodeListApi(CodeListAliases aliases) {

    /** {@code remove}: true to remove the alias instead of adding it. */
    record AliasBody(@NotBlank String code, Integer year, @NotBlank String alias, Boolean remove) {}

    @Operation(summary = "Names of the code lists",
            description = "The names of all code lists.")
    @GetMapping
    List<String> names() { return aliases.names(); }

    @Operation(summary = "Entries of a code list",
            description = "The codes, labels and aliases of a list in a year (default the current one).")
    @GetMapping("/{list}")
    List<CodeListAliases.Entry> entries(@PathVariable String list, @RequestParam(required = false) Integer year) {
        return aliases.entries(list, year == null ? Year.now().getValue() : year);
    }

    @Operation(summary = "Alias changes",
            description = "The latest alias changes, newest first, with who made them.")
    @GetMapping("/history")
    List<CodeListAliases.Change> history() { return aliases.history(200); }

    @Operation(summary = "Add or remove an alias",
            description = "Adds or removes an alias of a code, the text an import file may hold instead of the label (system administrators; audited).")
    @PostMapping("/{list}/aliases")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void change(@PathVariable String list, @Valid @RequestBody AliasBody body, Authentication user) {
        int year = body.year() == null ? Year.now().getValue() : body.year();
        if (Boolean.TRUE.equals(body.remove())) aliases.remove(list, body.code(), year, body.alias(), user.getName());
        else aliases.add(list, body.code(), year, body.alias(), user.getName());
    }
}
