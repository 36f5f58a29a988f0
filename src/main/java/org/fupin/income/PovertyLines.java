package org.fupin.income;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the yearly poverty lines kept in the database. */
@Service
public class PovertyLines {

    /** The standard every household is compared with unless a province or city sets a higher one. */
    public static final String NATIONAL = "NATIONAL";

    private final JdbcClient jdbc;

    PovertyLines(JdbcClient jdbc) { this.jdbc = jdbc; }

    public Optional<PovertyLine> national(int year) {
        return jdbc.sql("""
                select year, standard, amount from poverty_line
                where year = :year and standard = :standard and region_prefix = ''
                """)
                .param("year", year).param("standard", NATIONAL)
                .query((rs, n) -> new PovertyLine(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3)))
                .optional();
    }
}
