package org.fupin.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.fupin.FupinTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * V50, V52 and V53 lost the tally functions to the repeatable migration (ADR 0024). A database migrated before that
 * change still records their former checksums; the beforeValidate callback brings exactly those up to date and
 * nothing else.
 */
@FupinTest
class TallyMigrationChecksumsIntegrationTest {

    /** The checksums Flyway recorded for the three files before the change, and what it computes for them now. */
    private static final Map<String, int[]> FORMER_AND_CURRENT = Map.of(
            "50", new int[] {453245820, -395074223},
            "52", new int[] {-1246656032, 278938553},
            "53", new int[] {725614221, 2065356360});

    @Autowired Flyway flyway;
    @Autowired Database database;

    @Test
    void recordsTheCurrentChecksumsOnAFreshDatabase() throws SQLException {
        Map<String, Integer> recorded = checksums();
        FORMER_AND_CURRENT.forEach((version, sums) -> assertThat(recorded.get(version)).as("V" + version)
                .isEqualTo(sums[1]));
    }

    @Test
    void acceptsADatabaseMigratedBeforeTheFunctionsMovedAndBringsItsChecksumsUpToDate() throws SQLException {
        FORMER_AND_CURRENT.forEach((version, sums) -> setChecksum(version, sums[0]));

        flyway.validate();

        Map<String, Integer> recorded = checksums();
        FORMER_AND_CURRENT.forEach((version, sums) -> assertThat(recorded.get(version)).isEqualTo(sums[1]));
    }

    @Test
    void stillRefusesAChecksumThatIsNeitherTheFormerNorTheCurrentOne() {
        setChecksum("52", 12345);
        try {
            assertThatThrownBy(() -> flyway.validate()).isInstanceOf(FlywayValidateException.class)
                    .hasMessageContaining("52");
        } finally {
            setChecksum("52", FORMER_AND_CURRENT.get("52")[1]);
        }
    }

    private Map<String, Integer> checksums() throws SQLException {
        Map<String, Integer> result = new TreeMap<>();
        try (Connection owner = owner(); Statement sql = owner.createStatement();
             ResultSet rows = sql.executeQuery("select version, checksum from flyway_schema_history"
                     + " where version in ('50', '52', '53')")) {
            while (rows.next()) result.put(rows.getString(1), rows.getInt(2));
        }
        return result;
    }

    private void setChecksum(String version, int checksum) {
        try (Connection owner = owner();
             var update = owner.prepareStatement("update flyway_schema_history set checksum = ? where version = ?")) {
            update.setInt(1, checksum);
            update.setString(2, version);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection owner() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }
}
