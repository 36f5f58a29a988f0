package org.fupin.household;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.fupin.household.domain.IdNumber;
import org.fupin.system.Secrets;
import org.springframework.stereotype.Component;

/**
 * Encrypts ID numbers and phone numbers at rest (issue #6): {@code person.id_number} and {@code household.phone}
 * now hold ciphertext, {@code person.citizen_number} a keyed hash, and new columns the masked forms pages show.
 * Rows stored before this migration are converted in place.
 */
@Component
class V7__encrypt_identifiers extends BaseJavaMigration {

    private final Secrets secrets;

    V7__encrypt_identifiers(Secrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement st = connection.createStatement()) {
            st.execute("alter table person add column id_masked text");
            st.execute("alter table household add column phone_masked text");
        }
        convert(connection, "select id, id_number from person",
                "update person set id_number = ?, citizen_number = ?, id_masked = ? where id = ?", true);
        convert(connection, "select id, phone from household where phone is not null",
                "update household set phone = ?, phone_masked = ? where id = ?", false);
        try (Statement st = connection.createStatement()) {
            st.execute("alter table person alter column id_masked set not null");
        }
    }

    private void convert(Connection connection, String select, String update, boolean person) throws Exception {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(select);
             PreparedStatement up = connection.prepareStatement(update)) {
            while (rs.next()) {
                String plain = rs.getString(2);
                int i = 1;
                up.setString(i++, secrets.encrypt(plain));
                if (person) up.setString(i++, secrets.lookupHash(plain.substring(0, 18)));
                up.setString(i++, person ? IdNumber.masked(plain) : HouseholdDetail.maskPhone(plain));
                up.setLong(i, rs.getLong(1));
                up.addBatch();
            }
            up.executeBatch();
        }
    }
}
