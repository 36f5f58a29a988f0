package org.fupin.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fupin.monitoring.domain.Category;
import org.fupin.kernel.Check;

/** What the monitoring module shows (pages, REST, CLI): plain records, no ID number at all. */
public final class Views {

    private Views() {}

    public enum Status { IDENTIFYING, REJECTED, MONITORED, ELIMINATED }

    public enum Channel { SELF_DECLARATION, CADRE_SCREENING, DEPARTMENT_WARNING }

    /** A clue to record: the household (village code, 户编号, head, members) and where the clue came from. */
    public record ClueInput(String villageCode, String householdNumber, String headName, int memberCount,
                            Channel channel, String department, String riskType, LocalDate receivedOn,
                            BigDecimal amount, String detail) {}

    /** What the home visit (入户核查, 采集表) found. */
    public record VisitInput(LocalDate visitedOn, List<String> visitors, boolean consentSigned, String consentEvidence,
                             BigDecimal incomePerCapita, BigDecimal rigidExpenditure, boolean exited,
                             boolean hasLabour, List<String> riskTypes, String comment) {}

    public record FollowUpInput(LocalDate visitedOn, BigDecimal incomePerCapita, boolean rigidResolved,
                                boolean guaranteesSecure, boolean waterSecure, String note) {}

    public record Episode(long id, String villageCode, String householdNumber, Long householdId, String headName,
                          int memberCount, int year, Boolean exited, Boolean hasLabour, BigDecimal incomePerCapita,
                          BigDecimal rigidExpenditure, Category category, List<String> riskTypes, Status status,
                          LocalDate clueOn, LocalDate decidedOn, LocalDate identifiedOn, LocalDate eliminatedOn,
                          String eliminationMethod, Long noticeId, Long eliminationNoticeId, Long previousEpisodeId) {}

    public record Clue(long id, String channel, String department, String riskType, LocalDate receivedOn,
                       BigDecimal amount, String detail, String fileName, Integer rowNo) {}

    public record Step(String step, String outcome, LocalDate doneOn, String visitors, Integer visitorCount,
                       Boolean consent, Long noticeId, String comment, String actor) {}

    public record Measure(long id, String kind, boolean developmental, LocalDate startedOn, String description) {}

    public record FollowUp(long id, LocalDate visitedOn, BigDecimal incomePerCapita, boolean rigidResolved,
                           boolean guaranteesSecure, boolean waterSecure, String note) {}

    /** One episode with everything recorded on it. */
    public record Detail(Episode episode, List<Clue> clues, List<Step> steps, List<Measure> measures,
                         List<FollowUp> followUps) {}

    /**
     * What an open episode waits for (issue #20, the cadre's work list): the next step of its procedure, or MEASURE
     * while a monitored household has no help measure yet, with the deadline where one applies.
     */
    public record OpenItem(long episodeId, String villageCode, String householdNumber, Long householdId,
                           String headName, Status status, String nextStep, LocalDate deadline, boolean overdue) {}

    /** An overdue or missing item of one episode on a date: the failed check with its numbers. */
    public record Alert(long episodeId, String villageCode, String householdNumber, String headName, Check check) {}

    /** The monitoring range in force: the rule, its threshold with the explanation, and the source of the row. */
    /** A stored range setting: for a region prefix ('' = national) and year, its rule, source and who set it last. */
    public record RangeSetting(String regionPrefix, int year, org.fupin.monitoring.domain.RangeRule.Basis basis,
                               BigDecimal value, BigDecimal dibaoMonthly, String source, boolean verified, String actor,
                               java.time.LocalDateTime setAt, Integer version) {}

    /** The range that applies to a region in a year (null when none is set), as the ranges page lists it. */
    public record YearRange(int year, Range range) {}

    public record Range(String regionPrefix, int year, Check threshold, String source) {
        public BigDecimal amount() { return (BigDecimal) threshold.numbers().get(1); }
    }
}
