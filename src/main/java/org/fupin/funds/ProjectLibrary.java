package org.fupin.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fupin.assistance.AssistanceParameters;
import org.fupin.assistance.Outcome;
import org.fupin.assistance.RegisteredHousehold;
import org.fupin.kernel.Reason;
import org.fupin.kernel.Seen;
import org.fupin.audit.AuditLog;
import org.fupin.funds.domain.ProjectFields;
import org.fupin.funds.domain.ProjectRules;
import org.fupin.funds.domain.ProjectStatus;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county project library (县级脱贫攻坚项目库): a village applies (申报), the township reviews (审核), the county
 * enters it into the library (入库) after its publicity, then it is carried out (实施), completed (竣工) and announced
 * (公告). Each step is checked by {@link ProjectRules}; a refused step changes nothing.
 */
@Service
public class ProjectLibrary {

    private final JdbcClient jdbc;
    private final AssistanceParameters parameters;
    private final RegisteredHousehold.Finder households;
    private final AuditLog audit;

    ProjectLibrary(JdbcClient jdbc, AssistanceParameters parameters, RegisteredHousehold.Finder households,
                   AuditLog audit) {
        this.jdbc = jdbc;
        this.parameters = parameters;
        this.households = households;
        this.audit = audit;
    }

    /** 申报: records the application; the performance target may still be missing (it blocks entry, not applying). */
    @Transactional
    public Outcome apply(RegionScope scope, int year, ProjectFields f, BigDecimal budget, LocalDate date) {
        RegionCode village = scope.require(f.villageCode());
        boolean known = jdbc.sql("select exists (select 1 from region where code = :code)").param("code", village.value())
                .query(Boolean.class).single();
        if (!known || village.level() != RegionLevel.VILLAGE) throw new RegionScope.OutOfScopeException(f.villageCode());
        List<Reason> reasons = new ArrayList<>(ProjectRules.missingFields(f));
        reasons.removeIf(r -> r.args().contains("performanceTarget"));
        if (budget == null || budget.signum() < 0) reasons.add(Reason.of("PROJECT_BUDGET", String.valueOf(budget)));
        if (!reasons.isEmpty()) return Outcome.refused(reasons);
        long id = jdbc.sql("""
                insert into project (county_code, year, name, category, nature, village_code, schedule,
                    responsible_unit, tasks,
                                     budget, funding, beneficiaries, performance_target, poverty_mechanism, status,
                                     status_date)
                values (left(:village, 6), :year, :name, :category, :nature, :village, :schedule, :unit, :tasks,
                    :budget, :funding,
                        :beneficiaries, :target, :mechanism, 'APPLIED', :date) returning id
                """).param("year", year).param("name", f.name()).param("category", f.category())
                .param("nature", f.nature()).param("village", village.value()).param("schedule", f.schedule())
                .param("unit", f.responsibleUnit()).param("tasks", f.tasks())
                .param("budget", budget.setScale(2, RoundingMode.HALF_UP)).param("funding", f.funding())
                .param("beneficiaries", f.beneficiaries()).param("target", blankToNull(f.performanceTarget()))
                .param("mechanism", f.povertyMechanism()).param("date", date).query(Long.class).single();
        audit.record("PROJECT_APPLY", "project:" + id, f.name());
        return Outcome.saved(id);
    }

    /** Sets the performance target (绩效目标) of a project not yet in the library. */
    public Optional<Outcome> setPerformanceTarget(RegionScope scope, long id, String target) {
        return setPerformanceTarget(scope, id, target, null);
    }

    /**
     * As {@link #setPerformanceTarget}, from a form made from version {@code seen} of the project (null: unchecked);
     * refused with PROJECT_STALE, naming the project's values now, when it has changed since (ADR 0031).
     */
    @Transactional
    public Optional<Outcome> setPerformanceTarget(RegionScope scope, long id, String target, Seen seen) {
        return project(scope, id).map(p -> {
            if (p.status().ordinal() >= ProjectStatus.IN_LIBRARY.ordinal()) {
                return Outcome.refused(Reason.of("PROJECT_WRONG_STEP", p.status().name(), p.status().name()));
            }
            int changed = guarded(jdbc.sql("update project set performance_target = :target, version = version + 1 "
                    + "where id = :id" + GUARD), seen).param("target", blankToNull(target)).param("id", id).update();
            if (changed == 0) return stale(scope, id);
            audit.record("PROJECT_TARGET", "project:" + id, "");
            return Outcome.saved(id);
        });
    }

    /** The publicity before entry (入库前公示): the days the project was posted. */
    public Optional<Outcome> setPublicity(RegionScope scope, long id, LocalDate start, LocalDate end) {
        return setPublicity(scope, id, start, end, null);
    }

    /** As {@link #setPublicity}, from a form made from version {@code seen} of the project (null: unchecked). */
    @Transactional
    public Optional<Outcome> setPublicity(RegionScope scope, long id, LocalDate start, LocalDate end, Seen seen) {
        return project(scope, id).map(p -> {
            if (end.isBefore(start)) return Outcome.refused(Reason.of("PROJECT_PUBLICITY_TOO_SHORT", 0, 1));
            int changed = guarded(jdbc.sql("update project set publicity_start = :start, publicity_end = :end, "
                    + "version = version + 1 where id = :id" + GUARD), seen)
                    .param("start", start).param("end", end).param("id", id).update();
            if (changed == 0) return stale(scope, id);
            audit.record("PROJECT_PUBLICITY", "project:" + id, start + ".." + end);
            return Outcome.saved(id);
        });
    }

    /** Optimistic locking (ADR 0031): the update applies only at the version the form was made from, when given. */
    private static final String GUARD = " and (not :check or version = :seen)";

    private static JdbcClient.StatementSpec guarded(JdbcClient.StatementSpec sql, Seen seen) {
        return sql.param("check", seen != null).param("seen", seen == null ? null : seen.version(), java.sql.Types.INTEGER);
    }

    /** The project changed after the form was read: nothing written; the refusal names its values now. */
    private Outcome stale(RegionScope scope, long id) {
        Project now = project(scope, id).orElseThrow();
        return Outcome.refused(Reason.of("PROJECT_STALE", now.fields().performanceTarget() == null ? "-"
                : now.fields().performanceTarget(), now.publicityStart() == null ? "-" : now.publicityStart().toString(),
                now.publicityEnd() == null ? "-" : now.publicityEnd().toString()));
    }

    /** Moves the project one step on, on the day given, or answers why it may not. */
    @Transactional
    public Optional<Outcome> advance(RegionScope scope, long id, ProjectStatus to, LocalDate date) {
        return project(scope, id).map(p -> {
            List<Reason> reasons = ProjectRules.transition(p.status(), to, p.fields(), p.publicityStart(),
                    p.publicityEnd(), date, parameters.forYear(date.getYear()).publicityMinDays());
            if (!reasons.isEmpty()) return Outcome.refused(reasons);
            jdbc.sql("update project set status = :to, status_date = :date, version = version + 1 "
                    + "where id = :id and status = :from")
                    .param("to", to.name()).param("date", date).param("id", id).param("from", p.status().name()).update();
            audit.record("PROJECT_" + to.name(), "project:" + id, p.status() + " -> " + to);
            return Outcome.saved(id);
        });
    }

    /** Names a registered household of the project's county the project benefits (受益对象). */
    @Transactional
    public Optional<Outcome> addBeneficiary(RegionScope scope, long projectId, long householdId) {
        return project(scope, projectId).flatMap(p -> households.find(scope, householdId).map(h -> {
            String county = p.fields().villageCode().substring(0, 6);
            if (!h.countyCode().equals(county)) {
                return Outcome.refused(Reason.of("PROJECT_BENEFICIARY_OTHER_COUNTY", h.householdNumber()));
            }
            jdbc.sql("""
                    insert into project_beneficiary (project_id, county_code, household_number, village_code)
                    values (:project, :county, :number, :village) on conflict do nothing
                    """).param("project", projectId).param("county", h.countyCode())
                    .param("number", h.householdNumber()).param("village", h.villageCode()).update();
            audit.record("PROJECT_BENEFICIARY", "project:" + projectId, h.countyCode() + "/" + h.householdNumber());
            return Outcome.saved(projectId);
        }));
    }

    @Transactional(readOnly = true)
    public Optional<Project> project(RegionScope scope, long id) {
        return jdbc.sql(PROJECTS + " where p.id = :id").param("id", id).query(ProjectLibrary::map).optional()
                .filter(p -> scope.permits(p.fields().villageCode()));
    }

    /** The projects of a year in the region, by village and name. */
    @Transactional(readOnly = true)
    public List<Project> projects(RegionScope scope, String regionCode, int year) {
        RegionCode region = scope.require(regionCode);
        return jdbc.sql(PROJECTS + """
                 where p.year = :year and p.village_code between :lowest and :highest order by p.village_code, p.name
                """).param("year", year).param("lowest", region.lowestDescendant())
                .param("highest", region.highestDescendant()).query(ProjectLibrary::map).list();
    }

    /** The completed (竣工) and announced (公告) projects of every year in the region, by village, year and name. */
    @Transactional(readOnly = true)
    public List<Project> completed(RegionScope scope, String regionCode) {
        RegionCode region = scope.require(regionCode);
        return jdbc.sql(PROJECTS + """
                 where p.status in ('COMPLETED', 'ANNOUNCED') and p.village_code between :lowest and :highest
                 order by p.village_code, p.year, p.name
                """).param("lowest", region.lowestDescendant()).param("highest", region.highestDescendant())
                .query(ProjectLibrary::map).list();
    }

    private static final String PROJECTS = """
            select p.*, (select coalesce(sum(d.amount), 0) from disbursement d where d.project_id = p.id) as paid,
                   (select count(*) from project_beneficiary b where b.project_id = p.id) as beneficiary_count
            from project p
            """;

    private static Project map(ResultSet rs, int n) throws SQLException {
        ProjectFields fields = new ProjectFields(rs.getString("name"), rs.getString("category"), rs.getString("nature"),
                rs.getString("village_code"), rs.getString("schedule"), rs.getString("responsible_unit"),
                rs.getString("tasks"), rs.getString("funding"), rs.getString("beneficiaries"),
                rs.getString("performance_target"), rs.getString("poverty_mechanism"));
        return new Project(rs.getLong("id"), rs.getInt("year"), fields, rs.getBigDecimal("budget"),
                ProjectStatus.valueOf(rs.getString("status")), rs.getObject("status_date", LocalDate.class),
                rs.getObject("publicity_start", LocalDate.class), rs.getObject("publicity_end", LocalDate.class),
                rs.getBigDecimal("paid"), rs.getInt("beneficiary_count"), rs.getInt("version"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
