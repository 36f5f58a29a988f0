package org.fupin.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Batch commands in the same jar. Each feature contributes its commands as {@link CliCommand} beans; this class
 * only finds the one named by the first argument, runs it and prints the usage generated from all of them.
 */
@Component
public class Cli {

    /** Commands whose standard output is always UTF-8 (JSON or JSON-like). */
    private static final Set<String> ALWAYS_UTF8 = Set.of("stats", "indicators");

    private final Map<String, CliCommand> commands;
    private final List<CliCommand> ordered;
    private final ObjectMapper json;
    private final MessageSource messages;

    Cli(List<CliCommand> commands, ObjectMapper json, MessageSource messages) {
        this.ordered = commands;
        this.commands = commands.stream().flatMap(c -> c.names().stream().map(n -> Map.entry(n, c)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.json = json;
        this.messages = messages;
    }

    /** A first argument that is not an option ({@code --server.port=...}) names a command, or asks for help. */
    public static boolean isCommand(String arg) {
        return !arg.startsWith("-");
    }

    public int run(String[] args) {
        boolean asJson = List.of(args).contains("--json");
        return run(args, standardOutput(asJson || ALWAYS_UTF8.contains(args[0])));
    }

    /** Runs the command named by {@code args[0]}, printing its results to {@code out} (errors go to standard error). */
    public int run(String[] args, PrintStream out) {
        CliCommand command = commands.get(args[0]);
        Invocation call = new Invocation(args, out, json, messages, this::usage);
        if (command == null) {
            out.println(usage());
            return "help".equals(args[0]) ? 0 : 2;
        }
        try {
            return command.run(call);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    /** The usage of every contributed command, in the order of the features. */
    String usage() {
        Function<String, String> text = key -> messages.getMessage(key, null, "", Invocation.LOCALE);
        return text.apply("cli.usage") + ordered.stream().flatMap(c -> c.usageKeys().stream()).map(text)
                .filter(line -> !line.isBlank()).map(line -> "\n  " + line).collect(Collectors.joining());
    }

    /**
     * JSON is always written as UTF-8 (RFC 8259), whatever the locale: under a POSIX/C locale Java 17 would
     * otherwise print every Chinese character as '?'. Text keeps the console's encoding (GBK on a Chinese
     * Windows) unless that encoding cannot represent Chinese at all.
     */
    static PrintStream standardOutput(boolean asJson) {
        String name = System.getProperty("sun.stdout.encoding");
        Charset console = name != null && Charset.isSupported(name) ? Charset.forName(name) : Charset.defaultCharset();
        boolean chineseOk = console.canEncode() && console.newEncoder().canEncode("\u53bf\u4e61\u6751\u6237\u4eba");
        if (!asJson && chineseOk) return System.out;
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }
}
