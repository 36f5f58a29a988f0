package org.fupin.backup.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.fupin.backup.Backups;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A backup taken while the server serves, into {@code FUPIN_DATA_DIR/backups/<time>} (system administrators), without
 * the data key: that stays in the key directory, outside the data directory (issue #23).
 */
@Tag(name = "System", description = "Operation of the installation: backups")
@RestController
record BackupApi(Backups backups, @Value("${fupin.data-dir}") String dataDir) {

    @Operation(summary = "Take a backup",
            description = "Takes a backup while the server keeps serving, into the data directory's backups (system administrators); the data key is not in it.")
    @PostMapping("/api/v1/system/backup")
    Backups.Manifest backup() {
        String name = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return backups.backup(Path.of(dataDir).toAbsolutePath().resolve("backups").resolve(name), false);
    }
}
