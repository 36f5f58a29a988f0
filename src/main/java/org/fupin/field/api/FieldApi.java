package org.fupin.field.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.assistance.MeasureStatus;
import org.fupin.field.DeviceCopy;
import org.fupin.field.FieldEntries;
import org.fupin.api.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The phone's device copy and its queue of offline entries (issue #20, ADR 0038). */
@RestController
@RequestMapping("/api/v1/field")
@Tag(name = "Field work", description = "A village cadre's phone: the device copy of their village and the entries "
        + "queued while offline, each sent with an idempotency key")
record FieldApi(DeviceCopy copies, FieldEntries entries, Users users) {

    /** One queued form as the phone sends it; {@code kind} is VISIT, CLUE or MEASURE. */
    public record EntryRequest(String key, String kind, long householdId, LocalDate date, Long cadreId, String content,
                               String riskType, String detail, BigDecimal amount, String category, String name,
                               String measureStatus, String photo, BigDecimal latitude, BigDecimal longitude) {}

    /** Who is logged in, and the CSRF token the phone sends its queue with. */
    public record Session(String username, String csrfHeader, String csrfToken) {}

    @GetMapping("/session")
    @Operation(summary = "The logged-in user and a CSRF token",
            description = "The phone asks before sending its queue: a 401 means log in again first.")
    Session session(Authentication user, CsrfToken csrf) {
        return new Session(user.getName(), csrf.getHeaderName(), csrf.getToken());
    }

    @GetMapping("/device-copy")
    @Operation(summary = "The device copy of the user's own village",
            description = "Households with masked ID numbers, members, pairings, open monitoring episodes and the "
                    + "forms' code lists of the one village the user is bound to; 404 for a user without one village.")
    DeviceCopy.Copy deviceCopy(Authentication user, Locale locale) {
        return copies.of(users.scopeOf(user), user.getName(), users.realName(user), locale)
                .orElseThrow(() -> new NotFoundException("no village"));
    }

    @PostMapping("/entries")
    @Operation(summary = "Send one queued entry",
            description = "A visit, clue or measure filled offline, checked against the user's scope and the record's "
                    + "current state exactly like the online form. The answer is kept per user and key: sending the "
                    + "same key again returns it (repeated = true) and writes nothing.")
    FieldEntries.Result send(@RequestBody EntryRequest body, Authentication user, Locale locale) {
        return entries.submit(users.scopeOf(user), user.getName(), new FieldEntries.Entry(body.key(), kind(body.kind()),
                body.householdId(), body.date(), body.cadreId(), body.content(), body.riskType(), body.detail(),
                body.amount(), body.category(), body.name(), status(body.measureStatus()), body.photo(), body.latitude(),
                body.longitude()), locale);
    }

    private static FieldEntries.Kind kind(String kind) {
        try {
            return kind == null ? null : FieldEntries.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static MeasureStatus status(String status) {
        try {
            return status == null || status.isBlank() ? null : MeasureStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
