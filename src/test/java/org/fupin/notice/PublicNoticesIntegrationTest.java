package org.fupin.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.audit.AuditLog;
import org.fupin.imports.Imports;
import org.fupin.kernel.Check;
import org.fupin.notice.domain.NoticeRules;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicNoticesIntegrationTest {

    private static final String VILLAGE = "620721101201";
    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);

    @Autowired Imports imports;
    @Autowired PublicNotices notices;
    @Autowired AuditLog audit;

    @BeforeAll
    void regions() {
        Samples.importCounty(imports);
    }

    @Test
    void aNoticeIsPostedObjectedToAndReleasedWhenTheObjectionIsResolved() {
        long id = notices.open(RegionScope.ALL, draft(VILLAGE), "clerk");
        notices.recordPosting(RegionScope.ALL, id, MARCH_1, "village board", "photo of the board", "clerk");
        long objection = notices.receiveObjection(RegionScope.ALL, id, "a villager", "H1", "has a car",
                LocalDate.of(2024, 3, 2), "clerk");

        assertThat(notices.mayAdvance(RegionScope.ALL, id, LocalDate.of(2024, 3, 6)).reasons())
                .extracting(Check::name).containsExactly(NoticeRules.NO_OPEN_OBJECTION);

        notices.resolveObjection(RegionScope.ALL, id, objection, "checked: the car is a relative's", LocalDate.of(2024, 3, 6), "clerk");

        assertThat(notices.mayAdvance(RegionScope.ALL, id, LocalDate.of(2024, 3, 6)).passed()).isTrue();
        Notice notice = notices.notice(RegionScope.ALL, id).orElseThrow();
        assertThat(notice.entries()).extracting(NoticeEntry::headName).containsExactly("Wang", "Li");
        assertThat(notice.objections()).singleElement().satisfies(o -> assertThat(o.outcome()).startsWith("checked"));
        assertThat(audit.search("notice/" + id, 10)).hasSize(4);
    }

    @Test
    void aNoticeOutsideTheCallersScopeIsNotFound() {
        long id = notices.open(RegionScope.ALL, draft(VILLAGE), "clerk");
        RegionScope otherTownship = new RegionScope("620721102");

        assertThat(notices.notice(otherTownship, id)).isEmpty();
        assertThat(notices.notices(otherTownship, null)).extracting(PublicNotices.Summary::id).doesNotContain(id);
        assertThatThrownBy(() -> notices.receiveObjection(otherTownship, id, "x", "", "y", MARCH_1, "clerk"))
                .isInstanceOf(RegionScope.OutOfScopeException.class);
    }

    @Test
    void evidenceFilesAreKeptWithTheNotice() {
        long id = notices.open(RegionScope.ALL, draft(VILLAGE), "clerk");
        long file = notices.attachEvidence(RegionScope.ALL, id, "board.jpg", "image/jpeg", new byte[] {1, 2, 3}, "clerk");

        assertThat(notices.evidence(RegionScope.ALL, id, file)).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
        assertThat(notices.notice(RegionScope.ALL, id).orElseThrow().files()).singleElement()
                .satisfies(f -> assertThat(f.size()).isEqualTo(3));
    }

    @Test
    void refusesAnObjectionResolvedTwiceOrBeforeItArrived() {
        long id = notices.open(RegionScope.ALL, draft(VILLAGE), "clerk");
        long objection = notices.receiveObjection(RegionScope.ALL, id, "a", "", "b", LocalDate.of(2024, 3, 3), "clerk");

        assertThatThrownBy(() -> notices.resolveObjection(RegionScope.ALL, id, objection, "x", LocalDate.of(2024, 3, 2), "clerk"))
                .isInstanceOfSatisfying(NoticeException.class, e -> assertThat(e.code()).isEqualTo("RESOLVED_BEFORE_RECEIVED"));
        notices.resolveObjection(RegionScope.ALL, id, objection, "x", LocalDate.of(2024, 3, 4), "clerk");
        assertThatThrownBy(() -> notices.resolveObjection(RegionScope.ALL, id, objection, "x", LocalDate.of(2024, 3, 4), "clerk"))
                .isInstanceOfSatisfying(NoticeException.class, e -> assertThat(e.code()).isEqualTo("OBJECTION_RESOLVED"));
    }

    private static NoticeDraft draft(String village) {
        return NoticeDraft.of(NoticeKind.IDENTIFICATION_FIRST, village, "first notice", MARCH_1, 5, "board",
                List.of(new NoticeEntry(null, "H1", "Wang", 4, "general", "illness", ""),
                        new NoticeEntry(null, "H2", "Li", 2, "general", "disability", "")));
    }
}
