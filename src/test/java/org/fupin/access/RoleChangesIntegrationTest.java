package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.RoleChanges.Administrator;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Changing an account's role and region (issue #15): a county administrator moves a cadre inside the county, audited
 * with the old and new value; not into another county, not into a region of another level, not to a system
 * administrator, not their own account, not an account of another county; the last enabled system administrator
 * keeps the role.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleChangesIntegrationTest {

    private static final String PASSWORD = "Hongwan-well-17";
    private static final String TOWNSHIP = "620721101000";
    private static final String VILLAGE = "620721101201";

    @Autowired Imports imports;
    @Autowired UserAdministration administration;
    @Autowired RoleChanges changes;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    private final Administrator county = new Administrator("roles-county", new RegionScope("620721"), Role.COUNTY_ADMIN);

    @BeforeAll
    void countyAndAccounts() {
        Samples.importCounty(imports);
        jdbc.sql("insert into region (code, name, level, parent_code) values ('620722000000', '邻县', 'COUNTY', "
                + "'620700000000')").update();
        assertThat(administration.add("roles-county", Role.COUNTY_ADMIN, "620721000000", PASSWORD)).isEmpty();
        assertThat(administration.add("roles-cadre", Role.VILLAGE_CADRE, VILLAGE, PASSWORD)).isEmpty();
        assertThat(administration.add("roles-neighbour", Role.VILLAGE_CADRE, VILLAGE, PASSWORD)).isEmpty();
        assertThat(administration.add("roles-other-county", Role.COUNTY_ADMIN, "620722000000", PASSWORD)).isEmpty();
    }

    @Test
    void aCountyAdministratorMovesACadreInsideTheCountyAndTheChangeIsAuditedWithBothValues() {
        assertThat(changes.change(county, "roles-cadre", Role.TOWNSHIP_OFFICER, TOWNSHIP)).isEmpty();

        Users.Account account = users.account("roles-cadre").orElseThrow();
        assertThat(account.role()).isEqualTo(Role.TOWNSHIP_OFFICER);
        assertThat(account.scopeCode()).isEqualTo("620721101");
        assertThat(jdbc.sql("select actor || ' ' || detail from audit_event where action = 'USER_ROLE_CHANGE' "
                + "and target = 'roles-cadre'").query(String.class).list())
                .containsExactly("roles-county VILLAGE_CADRE 620721101201 -> TOWNSHIP_OFFICER 620721101");
    }

    @Test
    void rejectsARegionOutsideTheCountyOfAnotherLevelOrASystemAdministratorAndWritesNothing() {
        assertThat(changes.change(county, "roles-neighbour", Role.VILLAGE_CADRE, "620722000000"))
                .containsExactly("REGION_OUTSIDE_SCOPE");
        assertThat(changes.change(county, "roles-neighbour", Role.VILLAGE_CADRE, TOWNSHIP)).containsExactly("REGION_LEVEL");
        assertThat(changes.change(county, "roles-neighbour", Role.SYSTEM_ADMIN, VILLAGE)).containsExactly("ROLE_NOT_ALLOWED");
        assertThat(changes.change(county, "roles-neighbour", null, VILLAGE)).containsExactly("ROLE_REQUIRED");
        assertThat(changes.change(new Administrator("roles-neighbour", new RegionScope(VILLAGE), Role.VILLAGE_CADRE),
                "roles-neighbour", Role.COUNTY_ADMIN, VILLAGE)).containsExactly("NOT_ADMINISTRATOR");
        assertThat(users.account("roles-neighbour").orElseThrow().role()).isEqualTo(Role.VILLAGE_CADRE);
        assertThat(audited("roles-neighbour")).isZero();
    }

    @Test
    void rejectsTheAdministratorsOwnAccountAndDoesNotFindAnotherCountysAccount() {
        assertThat(changes.change(county, "roles-county", Role.TOWNSHIP_OFFICER, TOWNSHIP)).containsExactly("OWN_ROLE");
        assertThatThrownBy(() -> changes.change(county, "roles-other-county", Role.VILLAGE_CADRE, VILLAGE))
                .isInstanceOf(RegionScope.OutOfScopeException.class);
        assertThat(users.account("roles-other-county").orElseThrow().role()).isEqualTo(Role.COUNTY_ADMIN);
        assertThat(audited("roles-county") + audited("roles-other-county")).isZero();
    }

    @Test
    void theLastEnabledSystemAdministratorKeepsTheRole() {
        assertThat(administration.add("roles-system", Role.SYSTEM_ADMIN, "", PASSWORD)).isEmpty();
        assertThat(administration.add("roles-system-2", Role.SYSTEM_ADMIN, "", PASSWORD)).isEmpty();
        java.util.List<String> others = jdbc.sql("select username from app_user where role = 'SYSTEM_ADMIN' and enabled "
                + "and username <> 'roles-system'").query(String.class).list();
        assertThat(changes.change(Administrator.console(), "roles-system-2", Role.AUDITOR, "")).isEmpty();
        others.remove("roles-system-2");
        others.forEach(administration::disable);

        assertThat(changes.change(Administrator.console(), "roles-system", Role.AUDITOR, ""))
                .containsExactly("LAST_SYSTEM_ADMIN");
        assertThat(users.account("roles-system").orElseThrow().role()).isEqualTo(Role.SYSTEM_ADMIN);
        others.forEach(name -> jdbc.sql("update app_user set enabled = true where username = :u").param("u", name).update());
        assertThat(changes.change(Administrator.console(), "roles-system", Role.AUDITOR, "")).isEmpty();
    }

    private long audited(String target) {
        return jdbc.sql("select count(*) from audit_event where action = 'USER_ROLE_CHANGE' and target = :t")
                .param("t", target).query(Long.class).single();
    }
}
