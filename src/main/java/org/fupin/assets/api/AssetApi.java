package org.fupin.assets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fupin.access.Role;
import org.fupin.access.Users;
import org.fupin.api.NotFoundException;
import org.fupin.assets.Asset;
import org.fupin.assets.AssetFilter;
import org.fupin.assets.AssetIncomes;
import org.fupin.assets.AssetLedger;
import org.fupin.assets.AssetOwnership;
import org.fupin.assets.AssetReasons;
import org.fupin.assets.AssetRegister;
import org.fupin.assets.AssetStates;
import org.fupin.assets.api.AssetRequests.*;
import org.fupin.assets.domain.AssetStatus;
import org.fupin.assets.domain.AssetType;
import org.fupin.assets.domain.Distribution;
import org.fupin.assistance.Outcome;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Project assets over REST, within the caller's scope and with the same module methods, audit and roles as the
 * pages: figures and lists of a region, one asset, and every step. A refused step answers 409 with its reasons.
 */
@RestController
@RequestMapping("/api/v1/assets")
@Tag(name = "Project assets", description = "Assets formed by assistance projects: register, hand-over and ownership notice, custody, income "
        + "distribution into household income items, status with disposal approval, region figures and alerts")
record AssetApi(AssetLedger ledger, AssetRegister register, AssetOwnership ownership, AssetIncomes incomes,
                AssetStates states, Users users, AssetReasons reasons) {

    @GetMapping("/regions/{code}/summary")
    @Operation(summary = "A region's asset figures and alerts", description = "Count and value by type, owner and "
            + "status; the year's income and its parts; completed projects without assets; assets without owner or "
            + "custodian; productive assets without the year's income; per child region.")
    SummaryResponse summary(@PathVariable String code, @RequestParam int year, Authentication user) {
        return new SummaryResponse(ledger.summary(users.scopeOf(user), code, year));
    }

    @GetMapping("/regions/{code}/assets")
    @Operation(summary = "The list behind a figure", description = "The region's assets kept by the same filter as "
            + "the figure (type, owner or NONE, status, alert for a year); as many as the figure counts.")
    List<Asset> list(@PathVariable String code, @RequestParam int year, @RequestParam(required = false) AssetType type,
                     @RequestParam(required = false) String owner, @RequestParam(required = false) AssetStatus status,
                     @RequestParam(required = false) AssetFilter.Alert alert, Authentication user) {
        return ledger.list(users.scopeOf(user), code, new AssetFilter(type, owner, status, alert, year));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One asset", description = "The asset with its custody history, status history and incomes.")
    AssetView asset(@PathVariable long id, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        Asset asset = register.asset(scope, id).orElseThrow(() -> new NotFoundException("asset " + id));
        return new AssetView(asset, register.custody(scope, id), states.history(scope, id), incomes.incomes(scope, id));
    }

    @PostMapping("/projects/{projectId}")
    @Operation(summary = "Register a completed project's assets", description = "All or none; each takes the fund "
            + "sources of the project's ledger. Refused while the project is not completed or announced.")
    ResponseEntity<ChangeResponse> fromProject(@PathVariable long projectId, @RequestBody RegisterRequest body,
                                               Authentication user, Locale locale) {
        List<Asset.New> assets = body.assets().stream().map(a -> new Asset.New(null, a.name(), a.type(), a.quantity(),
                a.unit(), a.value(), a.completedOn())).toList();
        return answer(register.fromProject(users.scopeOf(user), projectId, assets, user.getName()), locale, "project");
    }

    @PostMapping("/{id}/handover")
    @Operation(summary = "Hand over", description = "Owner and custodian from a day; the first custody period.")
    ResponseEntity<ChangeResponse> handOver(@PathVariable long id, @RequestBody HandOverRequest body,
                                            Authentication user, Locale locale) {
        return answer(register.handOver(users.scopeOf(user), id, body.ownerKind(), body.ownerName(), body.custodian(),
                body.date(), user.getName()), locale, "asset");
    }

    @PostMapping("/{id}/custodian")
    @Operation(summary = "Change the custodian", description = "A new custody period; the former stays in the history.")
    ResponseEntity<ChangeResponse> custodian(@PathVariable long id, @RequestBody CustodianRequest body,
                                             Authentication user, Locale locale) {
        return answer(register.changeCustodian(users.scopeOf(user), id, body.custodian(), body.from(), body.note(),
                user.getName()), locale, "asset");
    }

    @PostMapping("/notices")
    @Operation(summary = "Open a hand-over notice", description = "For handed-over assets of one village, "
            + "through the public-notice module; answers the notice's id.")
    ResponseEntity<ChangeResponse> notice(@RequestBody NoticeRequest body, Authentication user, Locale locale) {
        return answer(Optional.of(ownership.openNotice(users.scopeOf(user), body.assetIds(), body.title(), body.start(),
                body.days(), body.place(), user.getName())), locale, "asset");
    }

    @PostMapping("/{id}/ownership")
    @Operation(summary = "Confirm ownership", description = "Once the asset's notice has run its days from its "
            + "posting without open objections; otherwise the notice's checks say why not.")
    ResponseEntity<ChangeResponse> confirm(@PathVariable long id, @RequestBody OwnershipRequest body,
                                           Authentication user, Locale locale) {
        return answer(ownership.confirm(users.scopeOf(user), id, body.date(), user.getName()), locale, "asset");
    }

    @PostMapping("/{id}/income")
    @Operation(summary = "Record a year's income and its distribution", description = "Productive assets only, once a "
            + "year; each household's share becomes an income item in its record.")
    ResponseEntity<ChangeResponse> income(@PathVariable long id, @RequestBody IncomeRequest body, Authentication user,
                                          Locale locale) {
        List<Distribution.Share> shares = body.shares() == null ? List.of() : body.shares().stream()
                .map(s -> new Distribution.Share(s.householdId(), s.amount())).toList();
        BigDecimal toHouseholds = shares.stream().map(Distribution.Share::amount).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return answer(incomes.distribute(users.scopeOf(user), id, new Distribution(body.year(), body.income(),
                toHouseholds, zero(body.toCollective()), zero(body.reinvested()), shares), body.date(), user.getName()),
                locale, "asset");
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Change the status", description = "In use, idle, damaged or a disposal request.")
    ResponseEntity<ChangeResponse> status(@PathVariable long id, @RequestBody StatusRequest body, Authentication user,
                                          Locale locale) {
        return answer(states.change(users.scopeOf(user), id, body.status(), body.date(), body.reason(), user.getName()),
                locale, "asset");
    }

    @PostMapping("/{id}/disposal")
    @Operation(summary = "Decide a disposal request", description = "By a county or system administrator other than "
            + "the one who asked; approved, the asset is disposed; refused, it returns to its former status.")
    ResponseEntity<ChangeResponse> disposal(@PathVariable long id, @RequestBody DisposalRequest body,
                                            Authentication user, Locale locale) {
        return answer(states.decideDisposal(users.scopeOf(user), id, body.approve(), body.date(), body.comment(),
                user.getName(), Role.administers(user)), locale, "asset");
    }

    private ResponseEntity<ChangeResponse> answer(Optional<Outcome> outcome, Locale locale, String what) {
        Outcome o = outcome.orElseThrow(() -> new NotFoundException(what));
        ChangeResponse body = new ChangeResponse(o.id(), o.reasons().stream()
                .map(r -> new ReasonView(r.code(), reasons.message(r, locale))).toList());
        return ResponseEntity.status(o.accepted() ? HttpStatus.OK : HttpStatus.CONFLICT).body(body);
    }

    private static BigDecimal zero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
