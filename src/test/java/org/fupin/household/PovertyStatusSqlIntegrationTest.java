package org.fupin.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.fupin.FupinTest;
import org.fupin.household.domain.PovertyStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Currently poor" has one definition in Java and one in SQL; they must agree on every code (domain.md §1.4.3). */
@FupinTest
class PovertyStatusSqlIntegrationTest {

    @Autowired JdbcClient jdbc;

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"0", "1", "2", "3", "4", "", " 0", "00"})
    void theSqlFunctionAgreesWithTheJavaRule(String code) {
        boolean sql = jdbc.sql("select is_currently_poor(:code)").param("code", code, java.sql.Types.VARCHAR)
                .query(Boolean.class).single();

        assertThat(sql).as("is_currently_poor(%s)", code).isEqualTo(PovertyStatus.isCurrentPoor(code));
    }
}
