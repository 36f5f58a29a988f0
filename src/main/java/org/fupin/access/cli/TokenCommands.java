package org.fupin.access.cli;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.fupin.access.ApiTokens;
import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code token create USER --name NAME [--days N]} (the secret is printed once), {@code token list USER} and
 * {@code token revoke ID}: personal access tokens for the REST API, made by the operator on the server's console.
 */
@Component
record TokenCommands(ApiTokens tokens, MessageSource messages) implements CliCommand {

    @Override
    public List<String> names() { return List.of("token"); }

    @Override
    public int run(Invocation call) {
        List<String> args = call.rest();
        if (args.size() >= 2 && args.get(0).equals("create") && option(args, "--name") != null) {
            int days;
            try {
                days = option(args, "--days") == null ? 0 : Integer.parseInt(option(args, "--days"));
            } catch (NumberFormatException e) {
                return usage();
            }
            try {
                ApiTokens.Created created = tokens.create(args.get(1), option(args, "--name"), days, "console");
                call.out().println(message("cli.token.created", args.get(1), created.id(), created.secret()));
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println(message("cli.token.unknownUser", args.get(1)));
                return 1;
            }
        }
        if (args.size() == 2 && args.get(0).equals("list")) {
            LocalDateTime now = LocalDateTime.now();
            tokens.of(args.get(1)).forEach(t -> call.out().println(message("cli.token.line", t.id(), t.name(), t.hint(),
                    t.createdAt().toLocalDate(), message(t.active(now) ? "cli.token.active" : "cli.token.inactive"))));
            return 0;
        }
        if (args.size() == 2 && args.get(0).equals("revoke") && args.get(1).matches("\\d{1,18}")) {
            boolean done = tokens.revoke(Long.parseLong(args.get(1)), "console");
            (done ? call.out() : System.err).println(message(done ? "cli.token.revoked" : "cli.token.notFound", args.get(1)));
            return done ? 0 : 1;
        }
        return usage();
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i < 0 || i + 1 >= args.size() ? null : args.get(i + 1);
    }

    private int usage() {
        System.err.println(message("cli.usage.token"));
        return 2;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, Invocation.LOCALE);
    }
}
