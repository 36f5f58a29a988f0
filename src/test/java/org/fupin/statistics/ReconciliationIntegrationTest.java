package org.fupin.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.system.Database;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sample county reconciles; a household size corrupted behind the application's back is found. */
@FupinTest
class ReconciliationIntegrationTest {

    @Autowired Imports imports;
    @Autowired Reconciliation reconciliation;
    @Autowired Database database;

    @Test
    void findsACorruptedHouseholdSizeAndOtherwiseReconciles() throws Exception {
        Samples.importCounty(imports);
        assertThat(reconciliation.check(RegionScope.ALL, "620000000000", 2015)).isEmpty();

        try (Connection owner = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement st = owner.createStatement()) {
            st.execute("update household set member_count = member_count + 1 where household_number = '6207211500347'");
        }
        try {
            assertThat(reconciliation.check(RegionScope.ALL, "620721000000", 2015))
                    .extracting(Reconciliation.Difference::where, Reconciliation.Difference::figure)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("household 6207211500347", "memberCount"));
        } finally {
            imports.importRegistry(Samples.file("registry.csv"), false, Imports.DEFAULT_LOCALE);
        }
    }
}
