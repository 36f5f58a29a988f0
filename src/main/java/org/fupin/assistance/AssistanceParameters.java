package org.fupin.assistance;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.fupin.assistance.domain.Parameters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the thresholds of a year from {@code assistance_parameter}: for each name, the newest row not after it. */
@Service
public class AssistanceParameters {

    private final JdbcClient jdbc;

    AssistanceParameters(JdbcClient jdbc) { this.jdbc = jdbc; }

    public Parameters forYear(int year) {
        Map<String, BigDecimal> values = jdbc.sql("""
                select distinct on (name) name, value from assistance_parameter
                where valid_from <= :year order by name, valid_from desc
                """).param("year", year).query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (values.size() < 8) throw new IllegalStateException("No assistance parameters for " + year);
        return new Parameters(values.get("LOAN_MAX_AMOUNT"), whole(values, "LOAN_MAX_MONTHS"),
                whole(values, "LOAN_MIN_AGE"), whole(values, "LOAN_MAX_AGE"), whole(values, "TEAM_MIN_MEMBERS"),
                whole(values, "TEAM_MIN_TERM_MONTHS"), whole(values, "PUBLICITY_MIN_DAYS"),
                whole(values, "VISIT_ALERT_MONTHS"));
    }

    private static int whole(Map<String, BigDecimal> values, String name) {
        return values.get(name).intValueExact();
    }
}
