package org.fupin.dictionary.cli;

import java.time.Year;
import java.util.List;
import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import org.fupin.dictionary.CodeListAliases;
import org.springframework.stereotype.Component;

/**
 * {@code code-list show LIST [--year Y]}, {@code code-list alias LIST CODE ALIAS [--year Y]} and
 * {@code code-list unalias LIST CODE ALIAS [--year Y]}: the spellings imports accept for a national code.
 */
@Component
record CodeListCommands(CodeListAliases aliases) implements CliCommand {

    @Override
    public List<String> names() { return List.of("code-list"); }

    @Override
    public int run(Invocation call) {
        Integer option = call.intOption("--year");
        int year = option == null ? Year.now().getValue() : option;
        List<String> args = call.rest();
        try {
            if (args.size() == 2 && args.get(0).equals("show")) {
                aliases.entries(args.get(1), year).forEach(e -> call.out().println(
                        call.message("cli.codeList.line", e.code(), e.label(), String.join("、", e.aliases()))));
                return 0;
            }
            if (args.size() == 4 && (args.get(0).equals("alias") || args.get(0).equals("unalias"))) {
                if (args.get(0).equals("alias")) aliases.add(args.get(1), args.get(2), year, args.get(3), "console");
                else aliases.remove(args.get(1), args.get(2), year, args.get(3), "console");
                call.out().println(call.message("cli.codeList." + args.get(0), args.get(3), args.get(1), args.get(2)));
                return 0;
            }
        } catch (CodeListAliases.Refused refused) {
            System.err.println(call.message(refused.messageKey(), refused.args()));
            return 1;
        }
        return call.usage();
    }
}
