package org.fupin;

import org.fupin.cli.Cli;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the web server, or runs one batch command when the first argument names one (see {@link Cli}). */
@SpringBootApplication
public class FupinApplication {

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(runCommand(args));
        }
        new SpringApplicationBuilder(FupinApplication.class).run(args);
    }

    static int runCommand(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FupinApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .profiles("cli").run()) {
            return context.getBean(Cli.class).run(args);
        }
    }
}
