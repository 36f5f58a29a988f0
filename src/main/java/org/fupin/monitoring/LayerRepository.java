package org.fupin.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The registry households a layer view starts from: the latest registry year up to the view's, in a subtree. */
@Component
record LayerRepository(JdbcClient jdbc) {

    record RegistryHousehold(long id, String villageCode, String householdNumber, String headName, int members,
                             String povertyStatus, String attribute) {}

    Optional<Integer> registryYear(String low, String high, int year) {
        return jdbc.sql("""
                select max(year) from household where village_code between :low and :high and year <= :year
                """).param("low", low).param("high", high).param("year", year).query(Integer.class).optional();
    }

    List<RegistryHousehold> households(int year, String low, String high) {
        return jdbc.sql("""
                select h.id, h.village_code, h.household_number,
                       coalesce((select p.name from person p
                                 where p.county_code = h.county_code and p.household_id = h.id
                                 order by p.relationship = '01' desc, p.position limit 1), '')
                           as head_name,
                       h.member_count as members, h.poverty_status, h.attribute
                from household h
                where h.year = :year and h.village_code between :low and :high
                order by h.village_code, h.household_number
                """).param("year", year).param("low", low).param("high", high).query(RegistryHousehold.class).list();
    }
}
