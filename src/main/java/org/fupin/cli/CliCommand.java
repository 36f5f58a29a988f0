package org.fupin.cli;

import java.util.List;

/**
 * One top-level command of the jar ({@code java -jar fupin.jar NAME ...}), contributed by the feature that owns it
 * as a bean in its {@code cli} package. {@link Cli} only dispatches to it and prints the usage of all of them.
 */
public interface CliCommand {

    /** The first words on the command line that this command answers, e.g. {@code stats}. */
    List<String> names();

    /** Runs the command: exit 0 on success, 1 when a file is rejected or a request refused, 2 on a usage error. */
    int run(Invocation call) throws Exception;

    /** Message keys of this command's usage lines, printed by {@code help} and on a usage error. */
    default List<String> usageKeys() {
        return names().stream().map(name -> "cli.usage." + name).toList();
    }
}
