package org.fupin.backup.cli;

import java.nio.file.Path;
import java.util.List;
import org.fupin.backup.Backups;
import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import org.springframework.stereotype.Component;

/**
 * {@code backup DIR} and {@code restore DIR [--database NAME]} with the server stopped (while it serves, a system
 * administrator takes a backup with {@code POST /api/v1/system/backup}).
 */
@Component
record BackupCommands(Backups backups) implements CliCommand {

    @Override
    public List<String> names() { return List.of("backup", "restore"); }

    @Override
    public int run(Invocation call) {
        String database = call.option("--database", "fupin_restored");
        if (call.rest().size() != 1) {
            call.usage();
            return 2;
        }
        Path directory = Path.of(call.rest().get(0));
        Backups.Manifest m = call.name().equals("backup") ? backups.backup(directory)
                : backups.restore(directory, database);
        call.out().println(call.message("cli.backup." + call.name(), directory, m.database(), m.households(),
                m.auditRows()));
        return 0;
    }
}
