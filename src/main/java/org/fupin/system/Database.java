package org.fupin.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/** Where the data lives: the embedded server (when {@code embedded} is set) or an external one. */
public record Database(EmbeddedPostgres embedded, String url, String user, String password) implements AutoCloseable {

    public boolean isEmbedded() { return embedded != null; }

    @Override
    public void close() throws IOException {
        if (embedded != null) embedded.close();
    }
}
