package org.fupin.notice;

import java.time.LocalDate;
import java.util.List;
import org.fupin.notice.domain.NoticePeriod;
import org.fupin.notice.domain.NoticeRules;
import org.fupin.notice.domain.Objection;
import org.fupin.kernel.Verdict;

/** A public notice as stored: its households, its objections and the files that show it was posted. */
public record Notice(long id, NoticeKind kind, String regionCode, String title, NoticePeriod period, int requiredDays,
                     String place, LocalDate postedOn, String postedBy, String evidence, String createdBy,
                     List<NoticeEntry> entries, List<Objection> objections, List<EvidenceFile> files, int version) {

    /** An uploaded scan or photo (the bytes are read separately). */
    public record EvidenceFile(long id, String fileName, String contentType, long size, String uploadedBy) {}

    /** The notice's own rule, with its stored facts: may the case that waits on it advance on {@code date}? */
    public Verdict mayAdvance(LocalDate date) {
        return NoticeRules.mayAdvance(period, postedOn, objections, requiredDays, date);
    }

    public long openObjections(LocalDate date) {
        return objections.stream().filter(o -> o.isOpenOn(date)).count();
    }
}
