package org.fupin.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fupin.audit.AuditLog;
import org.fupin.notice.domain.Objection;
import org.fupin.kernel.Seen;
import org.fupin.kernel.Verdict;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public notices (公示/公告) as a reusable service: open a notice for a list of households, record where and when it
 * was posted (with scans or photos), receive and resolve objections, and ask whether a case waiting on it may
 * advance on a date. Every call takes the caller's region scope; notices outside it are "not found". Every change
 * is audited.
 */
@Service
public class PublicNotices {

    /** A short line for lists. */
    public record Summary(long id, NoticeKind kind, String regionCode, String title, LocalDate start, LocalDate end,
                          LocalDate postedOn) {}

    private final NoticeRepository repository;
    private final AuditLog audit;

    PublicNotices(NoticeRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public long open(RegionScope scope, NoticeDraft draft, String actor) {
        scope.require(draft.regionCode());
        if (draft.title() == null || draft.title().isBlank()) throw new NoticeException("TITLE_MISSING");
        if (draft.entries().isEmpty()) throw new NoticeException("NO_HOUSEHOLD");
        long id = repository.insert(draft, actor);
        for (int i = 0; i < draft.entries().size(); i++) {
            repository.insertEntry(id, draft.regionCode(), i + 1, draft.entries().get(i));
        }
        audit.record(actor, "OPEN_NOTICE", target(id), draft.kind() + " " + draft.regionCode() + " "
                + draft.period().start() + ".." + draft.period().end() + " households=" + draft.entries().size());
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Notice> notice(RegionScope scope, long id) {
        return repository.find(id, scope.lowestCode(), scope.highestCode()).map(h -> new Notice(h.id(), h.kind(),
                h.regionCode(), h.title(), h.period(), h.requiredDays(), h.place(), h.postedOn(), h.postedBy(),
                h.evidence(), h.createdBy(), repository.entries(id), repository.objections(id), repository.files(id),
                h.version()));
    }

    /** Notices of the scope, newest first (at most 500), optionally of one kind. */
    @Transactional(readOnly = true)
    public List<Summary> notices(RegionScope scope, NoticeKind kind) {
        return repository.list(scope.lowestCode(), scope.highestCode(), kind == null ? null : kind.name()).stream()
                .map(h -> new Summary(h.id(), h.kind(), h.regionCode(), h.title(), h.period().start(), h.period().end(),
                        h.postedOn())).toList();
    }

    /** Records that the notice was put up on {@code postedOn} at {@code place}, with a description of the evidence. */
    public void recordPosting(RegionScope scope, long id, LocalDate postedOn, String place, String evidence,
                              String actor) {
        recordPosting(scope, id, postedOn, place, evidence, actor, null);
    }

    /**
     * As {@link #recordPosting}, from a form or body made from version {@code seen} of the notice (NONE: from one that
     * read no posting, which may only record the first); refused with POSTING_STALE, naming the posting now, when
     * it has changed since (ADR 0031).
     */
    @Transactional
    public void recordPosting(RegionScope scope, long id, LocalDate postedOn, String place, String evidence,
                              String actor, Seen seen) {
        Notice notice = require(scope, id);
        if (postedOn == null) throw new NoticeException("POSTED_ON_MISSING");
        if (postedOn.isAfter(notice.period().end())) {
            throw new NoticeException("POSTED_AFTER_END", postedOn, notice.period().end());
        }
        if (!repository.recordPosting(id, postedOn, place == null ? notice.place() : place.strip(),
                evidence == null ? "" : evidence.strip(), actor, seen)) {
            Notice now = require(scope, id);
            throw new NoticeException("POSTING_STALE", String.valueOf(now.postedOn()), now.place(), now.evidence(),
                    now.postedBy(), String.valueOf(now.version()));
        }
        audit.record(actor, "POST_NOTICE", target(id), "posted on " + postedOn);
    }

    @Transactional
    public long attachEvidence(RegionScope scope, long id, String fileName, String contentType, byte[] content,
                               String actor) {
        Notice notice = require(scope, id);
        if (content == null || content.length == 0) throw new NoticeException("FILE_EMPTY");
        long fileId = repository.insertFile(id, notice.regionCode(), fileName == null ? "" : fileName,
                contentType == null ? "application/octet-stream" : contentType, content, actor);
        audit.record(actor, "NOTICE_EVIDENCE", target(id), fileName + " (" + content.length + " bytes)");
        return fileId;
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> evidence(RegionScope scope, long id, long fileId) {
        return repository.find(id, scope.lowestCode(), scope.highestCode())
                .flatMap(h -> repository.fileContent(id, fileId));
    }

    /** Records an objection received on {@code receivedOn}; it blocks the notice's cases until resolved. */
    @Transactional
    public long receiveObjection(RegionScope scope, long id, String objector, String subject, String content,
                                 LocalDate receivedOn, String actor) {
        Notice notice = require(scope, id);
        if (objector == null || objector.isBlank()) throw new NoticeException("OBJECTOR_MISSING");
        if (content == null || content.isBlank()) throw new NoticeException("CONTENT_MISSING");
        if (receivedOn == null) throw new NoticeException("RECEIVED_ON_MISSING");
        if (receivedOn.isBefore(notice.period().start())) {
            throw new NoticeException("RECEIVED_BEFORE_START", receivedOn, notice.period().start());
        }
        long objectionId = repository.insertObjection(id, notice.regionCode(), objector.strip(),
                subject == null ? "" : subject.strip(), content.strip(), receivedOn, actor);
        audit.record(actor, "NOTICE_OBJECTION", target(id), "objection " + objectionId + " received " + receivedOn);
        return objectionId;
    }

    /** Resolves an objection with its outcome (e.g. 经核实异议不成立 / 取消该户) on {@code resolvedOn}. */
    @Transactional
    public void resolveObjection(RegionScope scope, long id, long objectionId, String outcome, LocalDate resolvedOn,
                                 String actor) {
        Notice notice = require(scope, id);
        Objection objection = notice.objections().stream().filter(o -> o.id() == objectionId).findFirst()
                .orElseThrow(() -> new NoticeException("OBJECTION_UNKNOWN", objectionId));
        if (objection.resolvedOn() != null) throw new NoticeException("OBJECTION_RESOLVED", objectionId);
        if (outcome == null || outcome.isBlank()) throw new NoticeException("OUTCOME_MISSING");
        if (resolvedOn == null || resolvedOn.isBefore(objection.receivedOn())) {
            throw new NoticeException("RESOLVED_BEFORE_RECEIVED", resolvedOn, objection.receivedOn());
        }
        repository.resolveObjection(objectionId, outcome.strip(), resolvedOn, actor);
        audit.record(actor, "NOTICE_OBJECTION_RESOLVED", target(id), "objection " + objectionId + " resolved " + resolvedOn);
    }

    /** May a case waiting on this notice advance on {@code date}? The checks say why not (never just "no"). */
    @Transactional(readOnly = true)
    public Verdict mayAdvance(RegionScope scope, long id, LocalDate date) {
        return require(scope, id).mayAdvance(date);
    }

    private Notice require(RegionScope scope, long id) {
        return notice(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException("notice " + id));
    }

    private static String target(long id) {
        return "notice/" + id;
    }
}
