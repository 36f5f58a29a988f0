package org.fupin.notice.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fupin.api.Bodies;
import org.fupin.api.Created;
import org.fupin.api.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.notice.Notice;
import org.fupin.notice.NoticeKind;
import org.fupin.notice.PublicNotices;
import org.fupin.kernel.Verdict;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public notices over REST: list, one notice, its posting, objections and their outcomes, and whether it blocks. */
@Tag(name = "Notices", description = "Public notices of identification, exit and monitoring decisions, their posting and objections")
@RestController
@RequestMapping("/api/v1/identification/notices")
record NoticeApi(PublicNotices notices, Users users) {

    /**
     * Where and when the notice was posted; {@code version}: the notice's version as read, required to correct a
     * posting already recorded (without it only the first posting is recorded; ADR 0031).
     */
    record Posting(LocalDate postedOn, String place, String evidence, Integer version) {}

    record NewObjection(String objector, String subject, String content, LocalDate receivedOn) {}

    record Resolution(Long objectionId, String outcome, LocalDate resolvedOn) {}

    @Operation(summary = "Notices",
            description = "The public notices of the caller's region, filtered by kind.")
    @GetMapping
    List<PublicNotices.Summary> list(@RequestParam(required = false) NoticeKind kind, Authentication user) {
        return notices.notices(users.scopeOf(user), kind);
    }

    @Operation(summary = "One notice",
            description = "A notice with its cases, posting and objections.")
    @GetMapping("/{id}")
    Notice get(@PathVariable long id, Authentication user) {
        return require(users.scopeOf(user), id);
    }

    @Operation(summary = "May the notice's cases go on?",
            description = "The checks that decide whether the notice period is over without open objections on the day.")
    @GetMapping("/{id}/may-advance")
    Verdict mayAdvance(@PathVariable long id, @RequestParam(required = false) LocalDate date, Authentication user) {
        return require(users.scopeOf(user), id).mayAdvance(date == null ? LocalDate.now() : date);
    }

    @Operation(summary = "Record the posting",
            description = "Records where and when the notice was posted.")
    @PostMapping("/{id}/posting")
    Notice posting(@PathVariable long id, @RequestBody(required = false) Posting body, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        require(scope, id);
        Posting p = Bodies.orEmpty(body, Posting.class);
        notices.recordPosting(scope, id, p.postedOn(), p.place(), p.evidence(), user.getName(),
                org.fupin.kernel.Seen.ofNullable(p.version()));
        return require(scope, id);
    }

    @Operation(summary = "Record an objection",
            description = "Records an objection received during the notice period.")
    @PostMapping("/{id}/objections")
    Created objection(@PathVariable long id, @RequestBody(required = false) NewObjection body, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        require(scope, id);
        NewObjection o = Bodies.orEmpty(body, NewObjection.class);
        return new Created(notices.receiveObjection(scope, id, o.objector(), o.subject(), o.content(),
                o.receivedOn(), user.getName()));
    }

    @Operation(summary = "Resolve an objection",
            description = "Records the outcome of an objection.")
    @PostMapping("/{id}/resolve")
    Notice resolve(@PathVariable long id, @RequestBody(required = false) Resolution body, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        require(scope, id);
        Resolution r = Bodies.orEmpty(body, Resolution.class);
        notices.resolveObjection(scope, id, r.objectionId() == null ? -1 : r.objectionId(), r.outcome(),
                r.resolvedOn(), user.getName());
        return require(scope, id);
    }


    private Notice require(RegionScope scope, long id) {
        return notices.notice(scope, id).orElseThrow(() -> new NotFoundException("notice " + id));
    }
}
