package org.fupin.household.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.fupin.access.Users;
import org.fupin.api.BadBody;
import org.fupin.api.Bodies;
import org.fupin.api.NotFoundException;
import org.fupin.api.RuleRefused;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.domain.Finding;
import org.fupin.household.domain.RegistryColumn;
import org.fupin.kernel.Seen;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry forms over REST (issue #27): a household-year's columns and its members corrected, added and removed
 * through {@link HouseholdEditor}, the module the edit pages call, so the import's rules, the procedural columns'
 * protection (#12), optimistic locking (ADR 0031), scope and audit are the same. Values are the template's: a code
 * list's label, a number or a text. A body is read only after the household was found in the caller's scope.
 */
@Tag(name = "Registry edits", description = "Correcting a household-year of the poverty registry as its edit forms "
        + "do: household columns, members added, corrected and removed, with the import's rules and version checks")
@RestController
@RequestMapping("/api/v1/households/{id}")
record RegistryEditApi(HouseholdEditor editor, Users users, MessageSource messages) {

    @Schema(description = "One cell of the import template: its column and its value as the template takes it "
            + "(a code list's label, a number, a text; several labels joined by the ideographic comma U+3001)")
    record Cell(@NotNull RegistryColumn column,
                @NotNull @Schema(description = "The value; blank clears an optional cell") String value) {}

    @Schema(description = "A change of the household columns (causes, incomes, living conditions, phone); columns not "
            + "given keep their value")
    record HouseholdChange(@NotNull @Schema(description = "The household's version as read (GET .../registry); refused "
                                   + "as stale when it changed since") Integer version,
                           @NotEmpty List<@Valid @NotNull Cell> cells) {}

    @Schema(description = "A correction of a member's cells; cells not given keep their value, a blank ID number "
            + "keeps the stored one")
    record MemberChange(@NotNull @Schema(description = "The household's version as read (GET .../registry)")
                        Integer version, @NotEmpty List<@Valid @NotNull Cell> cells) {}

    @Schema(description = "A new member: the person cells of the template (name, ID number, relationship, ...)")
    record NewMember(@NotEmpty List<@Valid @NotNull Cell> cells) {}

    @Schema(description = "A household-year as its edit forms show it: the version to send back, the household "
            + "columns (phone masked) and each member's cells (ID number left out)")
    record RegistryRecord(long id, int version, List<Cell> household, List<List<Cell>> members) {}

    @Schema(description = "A saved change: the household's new version and the rules' warnings, as sentences")
    record Saved(long id, int version, List<String> warnings) {}

    @Operation(summary = "A household-year as its edit forms show it",
            description = "The household's version and cells as the template has them (labels), for a change to send "
                    + "back; ID numbers are left out and the phone is masked.")
    @GetMapping("/registry")
    RegistryRecord registry(@PathVariable long id, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        Map<RegistryColumn, String> household = new EnumMap<>(editor.householdCells(scope, id).orElseThrow(() -> notFound(id)));
        household.computeIfPresent(RegistryColumn.PHONE, (c, phone) -> phone.isBlank() ? phone : HouseholdDetail.maskPhone(phone));
        List<List<Cell>> members = IntStream.iterate(1, p -> p + 1)
                .mapToObj(p -> editor.memberCells(scope, id, p)).takeWhile(Optional::isPresent)
                .map(cells -> cells(cells.get())).toList();
        return new RegistryRecord(id, editor.version(scope, id).orElseThrow(() -> notFound(id)), cells(household), members);
    }

    @Operation(summary = "Correct the household columns",
            description = "Changes the household columns given (causes, incomes, living conditions, phone) with the "
                    + "import's rules; the poverty status, exit year, identification standard and attribute change only "
                    + "through their procedures (409 STATUS_BY_PROCEDURE when given another value). 409 STALE when the "
                    + "household changed since its version was read; 409 with every rule broken otherwise. Audited.")
    @PutMapping
    Saved saveHousehold(@PathVariable long id, @RequestBody HouseholdChange body, Authentication user, Locale locale) {
        return write(id, user, locale, scope -> {
            HouseholdChange b = Bodies.valid(body);
            Map<RegistryColumn, String> cells = read(b.cells(), RegistryColumn::isHouseholdLevel);
            // as the form: a blank phone keeps the stored number (the number is never shown in full)
            if (cells.getOrDefault(RegistryColumn.PHONE, "x").isBlank()) cells.remove(RegistryColumn.PHONE);
            return editor.saveHousehold(scope, id, cells, user.getName(), Seen.ofNullable(b.version()));
        }, () -> 1);
    }

    @Operation(summary = "Add a member", description = "Appends a member with the import's rules (ID number, "
            + "relationship to the head, ...); 409 with every rule broken. Audited.")
    @PostMapping("/members")
    @ResponseStatus(HttpStatus.CREATED)
    Saved addMember(@PathVariable long id, @RequestBody NewMember body, Authentication user, Locale locale) {
        // a new member is appended and changes no stored value: like the form, it is not checked against a version
        return write(id, user, locale, scope -> editor.saveMember(scope, id, null,
                read(Bodies.valid(body).cells(), RegistryEditApi::isMemberColumn), user.getName(), null),
                () -> registry(id, user).members().size() + 1);
    }

    @Operation(summary = "Correct a member", description = "Changes the member's cells given, with the import's rules; "
            + "a blank ID number keeps the stored one. 409 STALE when the household changed since its version was read. "
            + "Audited.")
    @PutMapping("/members/{position}")
    Saved saveMember(@PathVariable long id, @PathVariable int position, @RequestBody MemberChange body,
                     Authentication user, Locale locale) {
        return write(id, user, locale, scope -> {
            if (editor.memberCells(scope, id, position).isEmpty()) throw notFound(id);
            MemberChange b = Bodies.valid(body);
            return editor.saveMember(scope, id, position, read(b.cells(), RegistryEditApi::isMemberColumn),
                    user.getName(), Seen.ofNullable(b.version()));
        }, () -> position);
    }

    @Operation(summary = "Remove a member", description = "Removes the member at the position (the next one moves up; "
            + "removing the head makes the next member carry the household columns), with the import's rules. "
            + "409 STALE when the household changed since its version was read. Audited.")
    @DeleteMapping("/members/{position}")
    Saved removeMember(@PathVariable long id, @PathVariable int position,
                       @Parameter(description = "The household's version as read") @RequestParam int version,
                       Authentication user, Locale locale) {
        return write(id, user, locale, scope -> {
            if (editor.memberCells(scope, id, position).isEmpty()) throw notFound(id);
            return editor.removeMember(scope, id, position, user.getName(), Seen.of(version));
        }, () -> -1);
    }

    /** The household in scope (404 otherwise), then the change: saved, or 409 stale or with the row's errors. */
    private Saved write(long id, Authentication user, Locale locale,
                        java.util.function.Function<RegionScope, Optional<HouseholdEditor.Outcome>> change,
                        Supplier<Integer> row) {
        RegionScope scope = users.scopeOf(user);
        if (editor.version(scope, id).isEmpty()) throw notFound(id);
        int rowOfChange = row.get();
        HouseholdEditor.Outcome outcome = change.apply(scope).orElseThrow(() -> notFound(id));
        if (outcome.stale()) {
            throw new RuleRefused("STALE", List.of(messages.getMessage("web.edit.stale", null, locale)));
        }
        List<Finding> errors = outcome.findings().stream().filter(Finding::isError).toList();
        if (!outcome.saved()) {
            List<Finding> shown = errors.stream().filter(f -> rowOfChange < 0 || f.row() == rowOfChange).toList();
            List<Finding> refusing = shown.isEmpty() ? errors : shown;
            throw new RuleRefused(refusing.isEmpty() ? "REFUSED" : refusing.get(0).code(),
                    refusing.stream().map(f -> sentence(f, locale)).toList());
        }
        List<String> warnings = outcome.findings().stream().filter(f -> !f.isError()).map(f -> sentence(f, locale)).toList();
        return new Saved(id, editor.version(scope, id).orElseThrow(), warnings);
    }

    String sentence(Finding f, Locale locale) {
        return f.column() + ": " + messages.getMessage("rule." + f.code(), f.args().toArray(), f.code(), locale);
    }

    static Map<RegistryColumn, String> read(List<Cell> cells, Predicate<RegistryColumn> allowed) {
        Map<RegistryColumn, String> read = new EnumMap<>(RegistryColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (!allowed.test(cell.column())) {
                throw BadBody.because("cells[" + i + "].column", "api.registry.column", cell.column());
            }
            read.put(cell.column(), cell.value());
        }
        return read;
    }

    private static boolean isMemberColumn(RegistryColumn column) {
        return !column.isHouseholdLevel() && column != RegistryColumn.YEAR && column != RegistryColumn.VILLAGE_CODE
                && column != RegistryColumn.HOUSEHOLD_NUMBER;
    }

    private static List<Cell> cells(Map<RegistryColumn, String> cells) {
        return cells.entrySet().stream().map(e -> new Cell(e.getKey(), e.getValue())).toList();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("household " + id);
    }
}
