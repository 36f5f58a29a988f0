package org.fupin.field;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fupin.assistance.HouseholdAssistance;
import org.fupin.assistance.MeasureStatus;
import org.fupin.assistance.Outcome;
import org.fupin.assistance.Pairings;
import org.fupin.assistance.ReasonMessages;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
import org.fupin.kernel.Refusal;
import org.fupin.monitoring.Monitoring;
import org.fupin.monitoring.Views;
import org.fupin.region.RegionScope;
import org.fupin.system.Transactions;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Entries a phone queued while offline (issue #20, ADR 0038), sent when the signal returns: each goes to the same
 * module method as the online form ({@link Pairings#logVisit}, {@link Monitoring#recordClueOnRegistered},
 * {@link HouseholdAssistance#addMeasure}) with the sender's scope, and the answer is kept under the sender and the
 * entry's idempotency key. A resend gets the kept answer and writes nothing.
 */
@Service
public class FieldEntries {

    public enum Kind { VISIT, CLUE, MEASURE }

    /** One queued form: what the phone's visit, clue or measure form held, with the key the phone chose. */
    public record Entry(String key, Kind kind, long householdId, LocalDate date, Long cadreId, String content,
                        String riskType, String detail, BigDecimal amount, String category, String name,
                        MeasureStatus measureStatus, String photo, BigDecimal latitude, BigDecimal longitude) {}

    /** SAVED with the record written, or REFUSED with the reasons in plain words; {@code repeated} on a resend. */
    public record Result(String key, String status, Long recordId, List<String> reasons, boolean repeated) {

        static Result saved(String key, long id) { return new Result(key, "SAVED", id, List.of(), false); }

        static Result refused(String key, List<String> reasons) { return new Result(key, "REFUSED", null, reasons, false); }
    }

    private final FieldEntryRepository repository;
    private final HouseholdRegistry registry;
    private final Pairings pairings;
    private final Monitoring monitoring;
    private final HouseholdAssistance assistance;
    private final ReasonMessages reasons;
    private final MessageSource messages;
    private final Transactions transactions;

    FieldEntries(FieldEntryRepository repository, HouseholdRegistry registry, Pairings pairings, Monitoring monitoring,
                 HouseholdAssistance assistance, ReasonMessages reasons, MessageSource messages,
                 Transactions transactions) {
        this.repository = repository;
        this.registry = registry;
        this.pairings = pairings;
        this.monitoring = monitoring;
        this.assistance = assistance;
        this.reasons = reasons;
        this.messages = messages;
        this.transactions = transactions;
    }

    public Result submit(RegionScope scope, String username, Entry entry, Locale locale) {
        if (entry.key() == null || !entry.key().matches("[A-Za-z0-9-]{8,64}")) {
            return Result.refused(String.valueOf(entry.key()), List.of(text("field.refused.KEY", locale)));
        }
        // an entry of no known kind cannot be kept (the table names its kind): refused, nothing written
        if (entry.kind() == null) return Result.refused(entry.key(), List.of(text("field.refused.INCOMPLETE", locale)));
        Optional<Result> kept = repository.find(username, entry.key());
        if (kept.isPresent()) return kept.get();
        try {
            return transactions.write(() -> keep(username, entry, apply(scope, username, entry, locale)));
        } catch (Refusal refusal) {
            Object[] args = Arrays.stream(refusal.args()).map(a -> a instanceof Enum<?> named
                    ? messages.getMessage("monitoring.key." + named.name(), null, named.name(), locale) : String.valueOf(a))
                    .toArray();
            String reason = messages.getMessage(refusal.messageKey(), args, refusal.code(), locale);
            return transactions.write(() -> keep(username, entry, Result.refused(entry.key(), List.of(reason))));
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            return repository.find(username, entry.key()).orElseThrow();
        }
    }

    private Result keep(String username, Entry entry, Result result) {
        repository.insert(username, entry, result);
        return result;
    }

    private Result apply(RegionScope scope, String username, Entry e, Locale locale) {
        if (e.kind() == null || e.date() == null) return Result.refused(e.key(), List.of(text("field.refused.INCOMPLETE", locale)));
        Optional<HouseholdDetail> household = registry.household(scope, e.householdId());
        if (household.isEmpty()) return Result.refused(e.key(), List.of(text("field.refused.OUT_OF_SCOPE", locale)));
        Optional<Outcome> outcome = switch (e.kind()) {
            case VISIT -> e.cadreId() == null ? Optional.of(Outcome.refused(org.fupin.kernel.Reason.of("CADRE_UNKNOWN", "")))
                    : pairings.logVisit(scope, e.cadreId(), e.householdId(), e.date(), e.content(), e.photo(),
                            e.latitude() == null && e.longitude() == null ? null : new Pairings.Place(e.latitude(), e.longitude()));
            case MEASURE -> assistance.addMeasure(scope, e.householdId(), new HouseholdAssistance.NewMeasure(e.category(),
                    e.name(), e.amount() == null ? BigDecimal.ZERO : e.amount(), e.date(),
                    e.measureStatus() == null ? MeasureStatus.PLANNED : e.measureStatus(), e.detail()));
            case CLUE -> Optional.of(Outcome.saved(monitoring.recordClueOnRegistered(scope, household.get().villageCode(),
                    household.get().householdNumber(), Views.Channel.CADRE_SCREENING, e.riskType(), e.date(),
                    e.amount(), e.detail(), username)));
        };
        if (outcome.isEmpty()) return Result.refused(e.key(), List.of(text("field.refused.OUT_OF_SCOPE", locale)));
        return outcome.get().accepted() ? Result.saved(e.key(), outcome.get().id())
                : Result.refused(e.key(), reasons.of(outcome.get().reasons(), locale));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
