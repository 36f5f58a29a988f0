package org.fupin.identification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fupin.identification.domain.VillageExitStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** village_exit and village_exit_step (V74). */
@Component
public record VillageExitRepository(JdbcClient jdbc) {

    /** A village exit procedure with its steps, oldest first. */
    public record Exit(long id, String villageCode, int year, String status, LocalDate openedOn, LocalDate closedOn,
                       Long noticeId, List<StepRecord> steps) {

        /** The step due next; empty once exited or rejected. */
        public Optional<VillageExitStep> due() {
            return status.equals(VillageExitStep.EXITED) || status.equals(VillageExitStep.REJECTED) ? Optional.empty()
                    : Optional.of(VillageExitStep.valueOf(status));
        }

        public boolean isOpen() { return due().isPresent(); }

        LocalDate lastDate() { return steps.isEmpty() ? null : steps.get(steps.size() - 1).doneOn(); }
    }

    public record StepRecord(String step, String outcome, LocalDate doneOn, String comment, String actor,
                             String actorRole) {}

    boolean isPoorVillage(String villageCode, int year) {
        return jdbc.sql("select count(*) from village_fact where village_code = :v and year = :y and village_class = '1'")
                .param("v", villageCode).param("y", year).query(Long.class).single() > 0;
    }

    Optional<Long> openExit(String villageCode, int year) {
        return jdbc.sql("""
                select id from village_exit where village_code = :v and year = :y and status not in ('EXITED', 'REJECTED')
                """).param("v", villageCode).param("y", year).query(Long.class).optional();
    }

    long insert(String villageCode, int year, String status, LocalDate on, String actor) {
        return jdbc.sql("""
                insert into village_exit (county_code, village_code, year, status, opened_on, opened_by)
                values (left(:v, 6), :v, :y, :status, :on, :actor) returning id
                """).param("v", villageCode).param("y", year).param("status", status).param("on", on)
                .param("actor", actor).query(Long.class).single();
    }

    void insertStep(long id, String villageCode, VillageExitStep step, String outcome, LocalDate on, String comment,
                    Actor actor) {
        jdbc.sql("""
                insert into village_exit_step (county_code, exit_id, village_code, step, outcome, done_on, comment,
                    actor, actor_role)
                values (left(:v, 6), :id, :v, :step, :outcome, :on, :comment, :actor, :role)
                """).param("id", id).param("v", villageCode).param("step", step.name()).param("outcome", outcome)
                .param("on", on).param("comment", comment == null ? "" : comment.strip()).param("actor", actor.name())
                .param("role", actor.role()).update();
    }

    void moveTo(long id, String status, LocalDate on) {
        boolean closed = status.equals(VillageExitStep.EXITED) || status.equals(VillageExitStep.REJECTED);
        jdbc.sql("update village_exit set status = :status, closed_on = :closed where id = :id")
                .param("status", status).param("closed", closed ? on : null).param("id", id).update();
    }

    void linkNotice(long id, long noticeId) {
        jdbc.sql("update village_exit set notice_id = :n where id = :id").param("n", noticeId).param("id", id).update();
    }

    Optional<Exit> find(long id) {
        return jdbc.sql("select * from village_exit where id = :id").param("id", id)
                .query((rs, n) -> exit(rs, steps(id))).optional();
    }

    List<Exit> list(String low, String high) {
        return jdbc.sql("select * from village_exit where village_code between :low and :high order by opened_on desc, id desc")
                .param("low", low).param("high", high).query((rs, n) -> exit(rs, List.of())).list().stream()
                .map(e -> new Exit(e.id(), e.villageCode(), e.year(), e.status(), e.openedOn(), e.closedOn(),
                        e.noticeId(), steps(e.id()))).toList();
    }

    private List<StepRecord> steps(long id) {
        return jdbc.sql("""
                select step, outcome, done_on, comment, actor, actor_role from village_exit_step
                where exit_id = :id order by done_on, id
                """).param("id", id).query(StepRecord.class).list();
    }

    private static Exit exit(java.sql.ResultSet rs, List<StepRecord> steps) throws java.sql.SQLException {
        java.sql.Date closed = rs.getDate("closed_on");
        return new Exit(rs.getLong("id"), rs.getString("village_code"), rs.getInt("year"), rs.getString("status"),
                rs.getDate("opened_on").toLocalDate(), closed == null ? null : closed.toLocalDate(),
                (Long) rs.getObject("notice_id"), steps);
    }
}
