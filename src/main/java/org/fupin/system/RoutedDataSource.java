package org.fupin.system;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The primary and a streaming replica behind one DataSource (issue #28, ADR 0045). A connection is fetched only at
 * the first statement ({@link LazyConnectionDataSourceProxy}), when the transaction manager has said whether the
 * transaction is read-only: a read-only transaction of a request marked {@link ReplicaReads} goes to the replica,
 * everything else to the primary. When the replica cannot give a connection, the primary serves.
 */
final class RoutedDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {

    /** Seconds the replica is behind: 0 when it has replayed all it received, else since its last replayed commit. */
    static final String LAG_SQL = """
            select case when pg_last_wal_receive_lsn() is not distinct from pg_last_wal_replay_lsn() then 0
                        else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0) end""";

    private final ScopedDataSource primary;
    private final ScopedDataSource replica;

    RoutedDataSource(ScopedDataSource primary, ScopedDataSource replica) {
        super(primary);
        this.primary = primary;
        this.replica = replica;
        setReadOnlyDataSource(new ReadOnlyRoute());
    }

    /** How far behind the primary the replica is, or empty when it cannot be asked. */
    Optional<Duration> replicaLag() {
        try {
            double seconds = JdbcClient.create(replica).sql(LAG_SQL).query(Double.class).single();
            return Optional.of(Duration.ofMillis(Math.round(Math.max(0, seconds) * 1000)));
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(RoutedDataSource.class).warn("replica lag unknown: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            replica.close();
        } finally {
            primary.close();
        }
    }

    /** Where a read-only transaction's connection comes from. */
    private final class ReadOnlyRoute implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            if (!ReplicaRequest.wanted()) return primary.getConnection();
            try {
                Connection connection = replica.getConnection();
                ReplicaRequest.markServed();
                return connection;
            } catch (SQLException e) {
                LoggerFactory.getLogger(RoutedDataSource.class).warn("replica unavailable, reading from the primary: {}",
                        e.getMessage());
                return primary.getConnection();
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return primary.getConnection(username, password);
        }

        @Override public PrintWriter getLogWriter() { return null; }
        @Override public void setLogWriter(PrintWriter out) { }
        @Override public void setLoginTimeout(int seconds) { }
        @Override public int getLoginTimeout() { return 0; }
        @Override public Logger getParentLogger() { return Logger.getGlobal(); }
        @Override public <T> T unwrap(Class<T> type) throws SQLException { throw new SQLException("not a wrapper"); }
        @Override public boolean isWrapperFor(Class<?> type) { return false; }
    }
}
