package org.fupin.system;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Every connection handed to the application runs as the restricted role {@code fupin_app} (no table ownership,
 * no BYPASSRLS) with {@code fupin.scope} set to the current {@link DatabaseScope}, so the row-level security
 * policies filter every query, export, statistic and print view, whether or not its SQL remembered to. Both are set
 * per transaction, not per session ({@link ScopedConnection}; pgbouncer in transaction mode, ADR 0045).
 */
final class ScopedDataSource extends DelegatingDataSource implements AutoCloseable {

    static final String ROLE = "fupin_app";

    ScopedDataSource(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return scoped(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return scoped(super.getConnection(username, password));
    }

    private static Connection scoped(Connection connection) {
        return ScopedConnection.wrap(connection);
    }

    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) pool.close();
    }
}
