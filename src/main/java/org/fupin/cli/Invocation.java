package org.fupin.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import tools.jackson.databind.ObjectMapper;

/**
 * One command line, parsed the same way for every command: the command's name, the common flags
 * ({@code --json}, {@code --dry-run}, {@code --with-descendants}, {@code --year}), the remaining words, and where
 * and how to print.
 */
public final class Invocation {

    /** Commands print in plain Chinese. */
    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final String name;
    private final List<String> rest;
    private final boolean json;
    private final boolean dryRun;
    private final boolean withDescendants;
    private final Integer year;
    private final PrintStream out;
    private final ObjectMapper mapper;
    private final MessageSource messages;
    private final Supplier<String> usage;

    Invocation(String[] args, PrintStream out, ObjectMapper mapper, MessageSource messages, Supplier<String> usage) {
        this.name = args[0];
        this.rest = new ArrayList<>(List.of(args).subList(1, args.length));
        this.json = rest.remove("--json");
        this.dryRun = rest.remove("--dry-run");
        this.withDescendants = rest.remove("--with-descendants");
        this.year = intOption("--year");
        this.out = out;
        this.mapper = mapper;
        this.messages = messages;
        this.usage = usage;
    }

    public String name() { return name; }

    /** The words after the command's name, without the common flags; options taken out are removed from it. */
    public List<String> rest() { return rest; }

    public boolean json() { return json; }

    public boolean dryRun() { return dryRun; }

    public boolean withDescendants() { return withDescendants; }

    public Integer year() { return year; }

    public PrintStream out() { return out; }

    /** Removes {@code name VALUE} from the remaining words and returns the value, or the fallback. */
    public String option(String option, String fallback) {
        int i = rest.indexOf(option);
        if (i < 0 || i + 1 >= rest.size()) return fallback;
        String value = rest.remove(i + 1);
        rest.remove(i);
        return value;
    }

    /** A whole-number option; null when absent or not a number. */
    public Integer intOption(String option) {
        String value = option(option, null);
        try {
            return value == null ? null : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The one remaining word as a readable file; empty (after telling why) when it is not. */
    public Optional<Path> file() {
        if (rest.size() != 1) {
            usage();
            return Optional.empty();
        }
        Path file = Path.of(rest.get(0));
        if (!Files.isReadable(file)) {
            System.err.println(message("cli.fileNotFound", file));
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** Prints one value as JSON on standard output. */
    public void printJson(Object value) {
        out.println(mapper.writeValueAsString(value));
    }

    /** Reports a region outside the tree on standard error; exit code 2. */
    public int regionNotFound(String code) {
        System.err.println(message("cli.regionNotFound", code));
        return 2;
    }

    /** Prints the usage on standard error; exit code 2. */
    public int usage() {
        System.err.println(usage.get());
        return 2;
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LOCALE);
    }
}
