package org.fupin.monitoring.cli;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.fupin.cli.Invocation;
import org.fupin.monitoring.MonitoringException;
import org.fupin.monitoring.MonitoringRanges;
import org.fupin.monitoring.Views;
import org.fupin.monitoring.domain.RangeRule;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Component;

/**
 * {@code monitoring range set CODE --year Y (--amount YUAN | --times-line F | --times-dibao F --dibao-monthly YUAN)
 * [--source TEXT]} and {@code monitoring range list CODE [--from YEAR] [--json]}: the same facade as the ranges page
 * and REST. Exit 0 on success, 1 when refused, 2 on a usage error.
 */
@Component
record MonitoringRangeCommands(MonitoringRanges ranges) {

    int run(Invocation call) {
        Options options = new Options(call.option("--amount", null), call.option("--times-line", null),
                call.option("--times-dibao", null), call.option("--dibao-monthly", null), call.option("--source", ""),
                call.intOption("--from"));
        List<String> rest = call.rest();
        if (rest.size() != 3) return usage(call);
        String code = rest.get(2);
        try {
            return switch (rest.get(1)) {
                case "set" -> set(call, code, options);
                case "list" -> list(call, code, options.from());
                default -> usage(call);
            };
        } catch (NumberFormatException e) {
            return usage(call);
        } catch (RegionScope.OutOfScopeException e) {
            return call.regionNotFound(code);
        } catch (MonitoringException e) {
            System.err.println(call.message(e.messageKey(), e.args()));
            return 1;
        }
    }

    /** The options of both subcommands, taken off the command line before its words are counted. */
    private record Options(String amount, String timesLine, String timesDibao, String dibao, String source, Integer from) {}

    private int set(Invocation call, String code, Options o) {
        if (call.year() == null) return usage(call);
        RangeRule rule = o.amount() != null ? new RangeRule(RangeRule.Basis.AMOUNT, new BigDecimal(o.amount()))
                : o.timesLine() != null ? new RangeRule(RangeRule.Basis.POVERTY_LINE, new BigDecimal(o.timesLine()))
                : o.timesDibao() != null ? new RangeRule(RangeRule.Basis.DIBAO_MONTHLY, new BigDecimal(o.timesDibao())) : null;
        if (rule == null) return usage(call);
        Views.Range range = ranges.setRangeOf(RegionScope.ALL, code, call.year(), rule,
                o.dibao() == null ? null : new BigDecimal(o.dibao()), o.source(), "cli");
        call.out().println(call.message("monitoring.cli.range.set", code, call.year(), range.amount().toPlainString()));
        return 0;
    }

    private int list(Invocation call, String code, Integer from) {
        List<Views.YearRange> years = ranges.years(RegionScope.ALL, code, from == null ? 2020 : from, Year.now().getValue());
        if (call.json()) {
            call.printJson(years);
            return 0;
        }
        for (Views.YearRange y : years) {
            call.out().println(y.range() == null ? call.message("monitoring.cli.range.none", y.year())
                    : call.message("monitoring.cli.range.line", y.year(), y.range().amount().toPlainString(),
                    y.range().regionPrefix().isEmpty() ? call.message("monitoring.range.national") : y.range().regionPrefix(),
                    y.range().source()));
        }
        return 0;
    }

    private static int usage(Invocation call) {
        System.err.println(call.message("monitoring.cli.range.usage"));
        return 2;
    }
}
