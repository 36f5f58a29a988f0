package org.fupin.statistics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every row of a query as one text, its columns joined by '|' (null as empty), for comparing whole tables in tests. */
final class ResultRows {

    private ResultRows() {}

    static List<String> of(Connection connection, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) row.append(i > 1 ? "|" : "").append(rs.getString(i) == null ? "" : rs.getString(i));
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
