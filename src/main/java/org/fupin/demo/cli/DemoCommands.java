package org.fupin.demo.cli;

import java.util.List;
import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import org.fupin.demo.DemoData;
import org.springframework.stereotype.Component;

/** {@code load-demo}: loads the demo county through the product's own services. */
@Component
class DemoCommands implements CliCommand {

    private final DemoData demo;

    DemoCommands(DemoData demo) { this.demo = demo; }

    @Override
    public List<String> names() { return List.of("load-demo"); }

    @Override
    public int run(Invocation call) {
        call.out().println(call.message("cli.demo.loaded", demo.load()));
        return 0;
    }
}
