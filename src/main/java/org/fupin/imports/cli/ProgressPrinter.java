package org.fupin.imports.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.fupin.imports.ImportProgress;
import org.springframework.context.MessageSource;

/**
 * Prints an import's progress on standard error every few seconds while it runs (issue #22), never on standard
 * output, so {@code --json} and piped reports stay as they were; a file done within the first interval prints
 * nothing.
 */
final class ProgressPrinter implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "import-progress");
        thread.setDaemon(true);
        return thread;
    });

    ProgressPrinter(ImportProgress progress, MessageSource messages, Locale locale, PrintStream err, long seconds) {
        timer.scheduleAtFixedRate(() -> err.println(line(progress.snapshot(), messages, locale)),
                seconds, seconds, TimeUnit.SECONDS);
    }

    static String line(ImportProgress.Snapshot s, MessageSource messages, Locale locale) {
        String left = s.secondsLeft() < 0 ? messages.getMessage("import.progress.estimating", null, locale)
                : messages.getMessage("import.progress.cli.left", new Object[] {s.secondsLeft()}, locale);
        String pass = messages.getMessage("import.progress.pass." + s.pass().name(), null, locale);
        return messages.getMessage("import.progress.cli", new Object[] {pass, s.rowsRead(), s.householdsChecked(), left},
                locale);
    }

    @Override
    public void close() { timer.shutdownNow(); }
}
