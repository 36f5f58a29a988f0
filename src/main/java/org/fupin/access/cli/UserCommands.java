package org.fupin.access.cli;

import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.fupin.access.Role;
import org.fupin.access.RoleChanges;
import org.fupin.region.RegionScope;
import org.fupin.access.UserAdministration;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code user add NAME --role ROLE --region CODE} (the password is read from standard input, never from the
 * command line where other users could see it), {@code user role NAME --role ROLE [--region CODE]} (through
 * {@link RoleChanges}, as the users page and REST), {@code user disable NAME} and the {@code user WORD} commands other
 * features contribute ({@link org.fupin.access.UserSubcommand}).
 */
@Component
class UserCommands implements CliCommand {

    private final UserAdministration administration;
    private final RoleChanges roles;
    private final MessageSource messages;
    private final List<org.fupin.access.UserSubcommand> subcommands;
    private final Locale locale = Invocation.LOCALE;

    UserCommands(UserAdministration administration, RoleChanges roles, MessageSource messages,
                 List<org.fupin.access.UserSubcommand> subcommands) {
        this.administration = administration;
        this.roles = roles;
        this.messages = messages;
        this.subcommands = subcommands;
    }

    int run(List<String> args, PrintStream out) {
        for (org.fupin.access.UserSubcommand sub : subcommands) {
            if (!args.isEmpty() && args.get(0).equals(sub.word())) return sub.run(args.subList(1, args.size()), out);
        }
        if (args.size() == 2 && args.get(0).equals("disable")) {
            boolean done = administration.disable(args.get(1));
            out.println(message(done ? "cli.user.disabled" : "cli.user.unknown", args.get(1)));
            return done ? 0 : 1;
        }
        if (args.size() < 2 || !args.get(0).equals("add") && !args.get(0).equals("role")) return usage();
        String name = args.get(1);
        String role = option(args, "--role");
        String region = option(args, "--region");
        Role parsed;
        try {
            parsed = Role.valueOf(role == null ? "" : role.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            System.err.println(message("cli.user.roleUnknown", role, List.of(Role.values())));
            return 2;
        }
        if (args.get(0).equals("role")) return changeRole(name, parsed, region, out);
        List<String> problems = administration.add(name, parsed, region, readPassword());
        problems.forEach(p -> System.err.println(message("user." + p)));
        if (problems.isEmpty()) out.println(message("cli.user.added", name, message("role." + parsed.name())));
        return problems.isEmpty() ? 0 : 1;
    }

    /** {@code user role NAME --role ROLE [--region CODE]}: the console acts as a system administrator of everything. */
    private int changeRole(String name, Role role, String region, PrintStream out) {
        List<String> problems;
        try {
            problems = roles.change(RoleChanges.Administrator.console(), name, role, region);
        } catch (RegionScope.OutOfScopeException unknown) {
            System.err.println(message("cli.user.unknown", name));
            return 1;
        }
        problems.forEach(p -> System.err.println(message("user." + p)));
        if (problems.isEmpty()) {
            out.println(message("cli.user.roleChanged", name, message("role." + role.name()),
                    region == null || region.isBlank() ? message("users.wholeCountry") : region.strip()));
        }
        return problems.isEmpty() ? 0 : 1;
    }

    private static String readPassword() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i < 0 || i + 1 >= args.size() ? null : args.get(i + 1);
    }

    private int usage() {
        System.err.println(message("cli.usage"));
        return 2;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    @Override
    public List<String> names() { return List.of("user"); }

    @Override
    public List<String> usageKeys() {
        List<String> keys = new java.util.ArrayList<>(List.of("cli.usage.user.add", "cli.usage.user.role",
                "cli.usage.user.disable"));
        subcommands.forEach(sub -> keys.add(sub.usageKey()));
        return keys;
    }

    @Override
    public int run(Invocation call) {
        return run(call.rest(), call.out());
    }
}
