package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.system.DatabaseScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database itself keeps every connection of the application inside its scope: a query without any WHERE sees
 * only the scope's rows, an unset scope sees nothing, and a write outside the scope is refused.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityIntegrationTest {

    private static final String TOWNSHIP = "620721101";

    @Autowired Imports imports;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    void importSampleCounty() {
        Samples.importCounty(imports);
    }

    @Test
    void aQueryWithoutWhereSeesOnlyTheScopesRows() throws Exception {
        long everything = count("select count(*) from person");
        long inTownship = count("select count(*) from person where village_code like '" + TOWNSHIP + "%'");

        long seen = DatabaseScope.with(TOWNSHIP, () -> rawCount("select count(*) from person"));

        assertThat(inTownship).isPositive().isLessThan(everything);
        assertThat(seen).isEqualTo(inTownship);
        assertThat(DatabaseScope.with(TOWNSHIP, () -> rawCount("select count(*) from household where village_code not like '"
                + TOWNSHIP + "%'"))).isZero();
    }

    @Test
    void anUnsetOrUnknownScopeSeesNothing() {
        assertThat(DatabaseScope.with(DatabaseScope.NOTHING, () -> rawCount("select count(*) from household"))).isZero();
        assertThat(DatabaseScope.with(DatabaseScope.NOTHING, () -> rawCount("select count(*) from person"))).isZero();
        assertThat(DatabaseScope.with(DatabaseScope.NOTHING, () -> rawCount("select count(*) from village_fact"))).isZero();
    }

    @Test
    void aWriteThatWouldMoveARowOutOfTheScopeIsRefused() {
        assertThatThrownBy(() -> DatabaseScope.with(TOWNSHIP, () -> rawCount(
                "with moved as (update household set village_code = '620721102206' where village_code like '" + TOWNSHIP
                        + "%' returning 1) select count(*) from moved")))
                .rootCause().hasMessageContaining("row-level security");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long rawCount(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
