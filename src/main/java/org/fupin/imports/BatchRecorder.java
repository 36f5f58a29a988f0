package org.fupin.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records each accepted import (kind, file name, SHA-256, rows) for the audit trail. */
@Component
class BatchRecorder {

    private final JdbcClient jdbc;

    BatchRecorder(JdbcClient jdbc) { this.jdbc = jdbc; }

    long record(String kind, Path file, int rows) {
        try {
            return jdbc.sql("""
                    insert into import_batch (kind, file_name, sha256, row_count)
                    values (:kind, :fileName, :sha256, :rows) returning id
                    """)
                    .param("kind", kind).param("fileName", file.getFileName().toString())
                    .param("sha256", FileDigest.sha256(file)).param("rows", rows)
                    .query(Long.class).single();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
