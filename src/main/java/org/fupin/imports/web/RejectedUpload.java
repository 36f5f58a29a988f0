package org.fupin.imports.web;

import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fupin.imports.ImportReport;
import org.slf4j.LoggerFactory;

/**
 * The last rejected upload of a session, kept in a temporary file for its rejected-rows download. The file holds full
 * ID numbers, so it lives no longer than its session attribute (issue #23): it is deleted when the attribute is
 * removed (after the download), replaced (the next upload) or dropped with the session (log-out, time-out, shutdown).
 * Files left by a crash are swept on start ({@code TempFiles}).
 */
record RejectedUpload(String file, ImportReport report) implements HttpSessionBindingListener, Serializable {

    Path path() { return Path.of(file); }

    /** Deletes the file; a failure is logged, never thrown into the log-out or the session's time-out. */
    @Override
    public void valueUnbound(HttpSessionBindingEvent event) {
        try {
            Files.deleteIfExists(path());
        } catch (IOException e) {
            LoggerFactory.getLogger(RejectedUpload.class).warn("Could not delete the rejected upload {}: {}", file,
                    e.getMessage());
        }
    }
}
