package org.fupin.backup.cli;

import java.util.List;
import org.fupin.backup.KeyRotation;
import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import org.springframework.stereotype.Component;

/** {@code keys rotate}: a new data key for every encrypted and keyed value (server stopped; take a backup first). */
@Component
record KeyCommands(KeyRotation rotation) implements CliCommand {

    @Override
    public List<String> names() { return List.of("keys"); }

    @Override
    public int run(Invocation call) {
        if (!call.rest().equals(List.of("rotate"))) {
            call.usage();
            return 2;
        }
        try {
            KeyRotation.Result result = rotation.rotate();
            call.out().println(call.message("cli.keys.rotated", result.values(), result.retired()));
            return 0;
        } catch (KeyRotation.Refused refused) {
            System.err.println(call.message("cli.keys." + refused.reason()));
            return 1;
        }
    }
}
