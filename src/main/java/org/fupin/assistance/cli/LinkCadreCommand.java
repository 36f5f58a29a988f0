package org.fupin.assistance.cli;

import java.io.PrintStream;
import java.util.List;
import org.fupin.access.UserSubcommand;
import org.fupin.assistance.CadreAccounts;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.Outcome;
import org.fupin.assistance.ReasonMessages;
import org.fupin.cli.Invocation;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code user link-cadre ACCOUNT CADRE-ID} and {@code user link-cadre ACCOUNT --none} (ADR 0038): the console
 * operator administers every region, like the other {@code user} commands.
 */
@Component
class LinkCadreCommand implements UserSubcommand {

    private final CadreAccounts accounts;
    private final Organisations organisations;
    private final ReasonMessages reasons;
    private final MessageSource messages;

    LinkCadreCommand(CadreAccounts accounts, Organisations organisations, ReasonMessages reasons, MessageSource messages) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.reasons = reasons;
        this.messages = messages;
    }

    @Override
    public String word() { return "link-cadre"; }

    @Override
    public String usageKey() { return "cli.usage.user.linkCadre"; }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (args.size() != 2 || !(args.get(1).equals("--none") || args.get(1).matches("\\d{1,18}"))) {
            System.err.println(message("cli.usage.user.linkCadre"));
            return 2;
        }
        String username = args.get(0);
        Long cadreId = args.get(1).equals("--none") ? null : Long.valueOf(args.get(1));
        Outcome outcome = accounts.link(RegionScope.ALL, true, username, cadreId);
        if (!outcome.accepted()) {
            reasons.of(outcome.reasons(), Invocation.LOCALE).forEach(System.err::println);
            return 1;
        }
        if (cadreId == null) {
            out.println(message("cli.user.linkCadre.removed", username));
        } else {
            Organisations.Cadre cadre = organisations.cadre(RegionScope.ALL, cadreId).orElseThrow();
            out.println(message("cli.user.linkCadre.done", username, cadre.name(), cadre.unitName()));
        }
        return 0;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, Invocation.LOCALE);
    }
}
