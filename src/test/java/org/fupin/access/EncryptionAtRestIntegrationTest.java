package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdSearch;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.system.Database;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A dump of the database (read as its owner) holds no ID or phone number; look-ups by full ID number still work. */
@FupinTest
class EncryptionAtRestIntegrationTest {

    @Autowired Imports imports;
    @Autowired Database database;
    @Autowired HouseholdRegistry households;

    @Test
    void storesIdAndPhoneNumbersOnlyEncryptedHashedOrMasked() throws Exception {
        Samples.importCounty(imports);
        List<List<String>> stored = new ArrayList<>();
        try (Connection owner = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement st = owner.createStatement();
             ResultSet rs = st.executeQuery("""
                     select p.id_number, p.citizen_number, p.id_masked, h.phone, h.phone_masked
                     from person p join household h on h.id = p.household_id where h.phone is not null limit 50
                     """)) {
            while (rs.next()) {
                stored.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }

        assertThat(stored).hasSize(50).allSatisfy(row -> {
            assertThat(row.get(0)).as("id_number").startsWith("v1:").doesNotContainPattern("\\d{17}[\\dX]");
            assertThat(row.get(1)).as("citizen_number").matches("[0-9a-f]{64}");
            assertThat(row.get(2)).as("id_masked").matches("\\d{6}\\*{11}[\\dX]");
            assertThat(row.get(3)).as("phone").startsWith("v1:");
            assertThat(row.get(4)).as("phone_masked").matches("1\\d{2}\\*{4}\\d{4}");
        });
        HouseholdRegistry.Page found = households.search(RegionScope.ALL,
                new HouseholdSearch("620721000000", 2015, "620721198909274057", null, null, null), 0, 10);
        assertThat(found.rows()).extracting(r -> r.householdNumber()).containsExactly("6207211500347");
    }
}
