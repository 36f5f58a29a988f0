package org.fupin.identification.cli;

import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fupin.identification.CaseDecisions;
import org.fupin.identification.CaseException;
import org.fupin.identification.CaseOverview;
import org.fupin.identification.CaseRecord;
import org.fupin.identification.ExitCalculations;
import org.fupin.identification.IdentificationCases;
import org.fupin.identification.domain.CaseKind;
import org.fupin.imports.Imports;
import org.fupin.kernel.Check;
import org.fupin.notice.domain.NoticeRules;
import org.fupin.kernel.Verdict;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code identification cases [--year YEAR] [--json]}: the cases with their current step and deadline;
 * {@code identification decide CASE [--json]}: the decision of a case, check by check;
 * {@code identification village-exit CODE --year YEAR [--json]}: the village exit calculation.
 * Exit 0 when done (for decide and village-exit: when the verdict passes), 1 when it does not, 2 on a usage error.
 */
@Component
class IdentificationCommands implements CliCommand {

    private final IdentificationCases cases;
    private final CaseOverview overview;
    private final CaseDecisions decisions;
    private final ExitCalculations exits;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final Locale locale = Imports.DEFAULT_LOCALE;

    IdentificationCommands(IdentificationCases cases, CaseOverview overview, CaseDecisions decisions,
                           ExitCalculations exits, MessageSource messages, ObjectMapper json) {
        this.cases = cases;
        this.overview = overview;
        this.decisions = decisions;
        this.exits = exits;
        this.messages = messages;
        this.json = json;
    }

    int run(List<String> args, Integer year, boolean asJson, PrintStream out) {
        try {
            if (args.size() == 1 && args.get(0).equals("cases")) return list(year, asJson, out);
            if (args.size() == 2 && args.get(0).equals("decide")) return decide(Long.parseLong(args.get(1)), asJson, out);
            if (args.size() == 2 && args.get(0).equals("village-exit") && year != null) {
                return verdict(exits.village(RegionScope.ALL, args.get(1), year), asJson, out);
            }
        } catch (NumberFormatException | RegionScope.OutOfScopeException e) {
            System.err.println(messages.getMessage("identification.cli.notFound", new Object[] {args.get(1)}, locale));
            return 2;
        } catch (CaseException e) {
            System.err.println(messages.getMessage(e.messageKey(), e.args(), locale));
            return 1;
        }
        out.println(messages.getMessage("identification.cli.usage", null, locale));
        return 2;
    }

    private int list(Integer year, boolean asJson, PrintStream out) {
        List<CaseOverview.Row> rows = overview.rows(RegionScope.ALL, null, year, LocalDate.now());
        if (asJson) {
            out.println(json.writeValueAsString(rows));
            return 0;
        }
        for (CaseOverview.Row row : rows) {
            CaseRecord c = row.record();
            out.println(messages.getMessage("identification.cli.case", new Object[] {c.id(),
                    messages.getMessage("identification.kind." + c.kind(), null, locale), c.villageCode(),
                    c.householdNumber(), c.headName(), messages.getMessage("identification.step." + c.status(), null, locale),
                    row.deadline() == null ? "" : row.deadline().toString(),
                    row.overdue() ? messages.getMessage("identification.overdue", null, locale) : ""}, locale));
        }
        return 0;
    }

    private int decide(long id, boolean asJson, PrintStream out) {
        CaseRecord c = cases.find(RegionScope.ALL, id).orElseThrow(() -> new RegionScope.OutOfScopeException("case " + id));
        CaseKind kind = c.kind();
        Verdict verdict = decisions.decide(RegionScope.ALL, c, null, LocalDate.now()).verdict();
        if (!asJson) out.println(messages.getMessage((verdict.passed() ? "identification.decision.yes."
                : "identification.decision.no.") + kind, null, locale));
        return verdict(verdict, asJson, out);
    }

    private int verdict(Verdict verdict, boolean asJson, PrintStream out) {
        if (asJson) {
            out.println(json.writeValueAsString(verdict));
        } else {
            verdict.checks().forEach(c -> out.println((c.passed() ? "+ " : "- ") + sentence(c)));
        }
        return verdict.passed() ? 0 : 1;
    }

    private String sentence(Check check) {
        boolean notice = List.of(NoticeRules.POSTED, NoticeRules.LONG_ENOUGH, NoticeRules.PERIOD_ENDED,
                NoticeRules.NO_OPEN_OBJECTION).contains(check.name());
        String key = (notice ? "notice.check." : "identification.check.") + check.name() + (check.passed() ? ".pass" : ".fail");
        return messages.getMessage(key, check.numbers().toArray(), key, locale);
    }

    @Override
    public List<String> names() { return List.of("identification"); }

    @Override
    public int run(Invocation call) {
        return run(call.rest(), call.year(), call.json(), call.out());
    }
}
