package org.fupin.system;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Uploaded files wait in the temporary directory only while their page needs them (a rejected file's rows to
 * download). Files of an earlier run, which may hold full ID numbers, are deleted on start (issue #23): every
 * {@code fupin-*} file older than an hour.
 */
@Component
public class TempFiles {

    static final Duration KEEP = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(TempFiles.class);

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int deleted = deleteStale(Path.of(System.getProperty("java.io.tmpdir")), Instant.now().minus(KEEP));
        if (deleted > 0) log.info("Deleted {} upload files left by an earlier run", deleted);
    }

    /** Deletes the {@code fupin-*} files of the directory last changed before {@code before}; returns how many. */
    public static int deleteStale(Path directory, Instant before) {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "fupin-*.{dat,xlsx,csv}")) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not clean the temporary directory {}: {}", directory, e.getMessage());
        }
        return deleted;
    }
}
