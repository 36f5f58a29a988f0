package org.fupin.comparison;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirmed comparison hits of a household's members as the identification exclusion rules they meet (issue #16):
 * rule code → evidence (member, the comparison rule's description). The identification verdict reads them beside the
 * findings entered by hand.
 */
@Service
public class ComparisonFindings {

    private final JdbcClient jdbc;

    ComparisonFindings(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Transactional(readOnly = true)
    public Map<String, String> exclusionFindings(String villageCode, int year, String householdNumber) {
        Map<String, String> findings = new LinkedHashMap<>();
        jdbc.sql("""
                select r.exclusion_rule, string_agg(distinct h.person_name || ': ' || r.description, '; ')
                from comparison_hit h
                join comparison_rule r on r.year = h.year and r.code = h.rule_code
                where h.status = 'CONFIRMED' and h.village_code = :village and h.year = :year
                  and h.household_number = :number and r.exclusion_rule is not null
                group by r.exclusion_rule order by r.exclusion_rule
                """).param("village", villageCode).param("year", year).param("number", householdNumber)
                .query(rs -> { findings.put(rs.getString(1), rs.getString(2)); });
        return findings;
    }
}
