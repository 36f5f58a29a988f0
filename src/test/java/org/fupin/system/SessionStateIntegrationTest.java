package org.fupin.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * pgbouncer in transaction mode (issue #28, ADR 0045): the restricted role and the scope are set for each
 * transaction, and nothing of them stays on the pooled session for the next transaction, whoever it belongs to.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionStateIntegrationTest {

    private static final String TOWNSHIP = "620721101";

    @Autowired Imports imports;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired Transactions transactions;

    @BeforeAll
    void importSampleCounty() {
        Samples.importCounty(imports);
    }

    @Test
    void setsTheScopeAtTheStartOfEachTransactionNotOncePerConnection() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long inTownship = DatabaseScope.with(TOWNSHIP, () -> persons(c));
            c.commit();
            long nothing = DatabaseScope.with(DatabaseScope.NOTHING, () -> persons(c));
            c.commit();
            long everything = persons(c);
            c.commit();

            assertThat(inTownship).isPositive().isLessThan(everything);
            assertThat(nothing).isZero();
        }
    }

    @Test
    void leavesNeitherRoleNorScopeOnThePooledSessions() throws Exception {
        DatabaseScope.with(TOWNSHIP, () -> transactions.read(() ->
                jdbc.sql("select count(*) from person").query(Long.class).single()));
        DatabaseScope.with(TOWNSHIP, () -> jdbc.sql("select count(*) from person").query(Long.class).single());

        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> sessions = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) sessions.add(pool.getConnection());
            for (Connection session : sessions) {
                try (Statement sql = session.createStatement(); ResultSet rs = sql.executeQuery(
                        "select current_user, coalesce(current_setting('fupin.scope', true), '')")) {
                    rs.next();
                    assertThat(rs.getString(1)).isNotEqualTo(ScopedDataSource.ROLE);
                    assertThat(rs.getString(2)).isEmpty();
                }
            }
        } finally {
            for (Connection session : sessions) session.close();
        }
    }

    private static long persons(Connection c) {
        try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("select count(*) from person")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
