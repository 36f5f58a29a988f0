package org.fupin.identification;

import java.time.LocalDate;
import java.util.List;
import org.fupin.identification.domain.Policy;
import org.fupin.identification.domain.Step;
import org.fupin.notice.NoticeDraft;
import org.fupin.notice.NoticeEntry;
import org.fupin.notice.NoticeKind;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.fupin.system.Transactions;

/**
 * Puts cases that wait on a public notice onto one notice: the households of one village at the same step are
 * listed together (as a village posts one list), for the number of days set for that kind of notice.
 */
@Service
public record CaseNotices(IdentificationCases cases, CaseRepository repository, PublicNotices notices,
                          PolicyParameters parameters, Transactions transactions) {

    /** Opens the notice of the cases' current step, starting on {@code start}; answers its id. */
    public long openNotice(RegionScope scope, List<Long> caseIds, String title, LocalDate start, String place,
                           Actor actor) {
        return transactions.write(() -> {
            if (caseIds.isEmpty()) throw new CaseException("NO_CASE");
            List<CaseRecord> chosen = caseIds.stream().distinct().map(id -> cases.require(scope, id)).toList();
            CaseRecord first = chosen.get(0);
            for (CaseRecord c : chosen) {
                if (!c.isOpen() || !Step.valueOf(c.status()).waitsOnNotice()) {
                    throw new CaseException("NOT_AT_A_NOTICE_STEP", c.householdNumber(), c.status());
                }
                if (!c.status().equals(first.status()) || !c.villageCode().equals(first.villageCode())) {
                    throw new CaseException("NOT_THE_SAME_STEP_AND_VILLAGE", c.householdNumber());
                }
                if (c.noticeId() != null) throw new CaseException("NOTICE_ALREADY_OPEN", c.householdNumber(), c.noticeId());
            }
            Step step = Step.valueOf(first.status());
            if (!step.mayBeRecordedBy(actor.role())) throw new CaseException("ROLE_NOT_ALLOWED", step, actor.role());
            Policy policy = parameters.policy(first.year(), first.villageCode());
            int required = policy.noticeDays(step.noticeKind());
            List<NoticeEntry> entries = chosen.stream().map(c -> new NoticeEntry(c.householdId(), c.householdNumber(),
                    c.headName(), c.memberCount(), c.attribute(), c.cause(), "")).toList();
            NoticeDraft draft = NoticeDraft.of(NoticeKind.valueOf(step.noticeKind()), first.villageCode(), title, start,
                    Math.max(required, 1), place, entries);
            long noticeId = notices.open(scope, new NoticeDraft(draft.kind(), draft.regionCode(), draft.title(),
                    draft.period(), required, draft.place(), draft.entries()), actor.name());
            chosen.forEach(c -> repository.linkNotice(c.id(), noticeId));
            return noticeId;
        });
    }
}
