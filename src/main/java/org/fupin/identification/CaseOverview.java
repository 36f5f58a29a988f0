package org.fupin.identification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fupin.identification.domain.CaseKind;
import org.fupin.identification.domain.Workflow;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Case lists with each open case's deadline for its current step and whether it is overdue on a given day. */
@Service
public class CaseOverview {

    /** A case with the deadline of its current step (null once closed) and the overdue flag. */
    public record Row(CaseRecord record, LocalDate deadline, boolean overdue) {}

    private final IdentificationCases cases;
    private final PolicyParameters parameters;

    CaseOverview(IdentificationCases cases, PolicyParameters parameters) {
        this.cases = cases;
        this.parameters = parameters;
    }

    @Transactional(readOnly = true)
    public List<Row> rows(RegionScope scope, CaseKind kind, Integer year, LocalDate today) {
        Map<String, Integer> stepDays = new HashMap<>();
        return cases.cases(scope, kind, year).stream().map(c -> row(c, today, stepDays)).toList();
    }

    @Transactional(readOnly = true)
    public Row row(CaseRecord c, LocalDate today) {
        return row(c, today, new HashMap<>());
    }

    private Row row(CaseRecord c, LocalDate today, Map<String, Integer> stepDays) {
        if (!c.isOpen()) return new Row(c, null, false);
        int days = stepDays.computeIfAbsent(c.year() + "/" + c.villageCode(),
                k -> parameters.policy(c.year(), c.villageCode()).stepDays());
        return new Row(c, Workflow.deadline(c.stepStartedOn(), days), Workflow.isOverdue(c.stepStartedOn(), days, today));
    }
}
