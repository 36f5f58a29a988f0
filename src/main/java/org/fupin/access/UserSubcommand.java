package org.fupin.access;

import java.io.PrintStream;
import java.util.List;

/**
 * A {@code user WORD ...} command contributed by another feature (e.g. {@code user link-cadre} by assistance), so
 * that every command about accounts starts with {@code user} while the dependency runs from that feature to access.
 */
public interface UserSubcommand {

    /** The word after {@code user}, e.g. {@code link-cadre}. */
    String word();

    /** Message key of its usage line. */
    String usageKey();

    /** Runs it with the words after the subcommand's word: 0 done, 1 refused, 2 usage error. */
    int run(List<String> args, PrintStream out);
}
