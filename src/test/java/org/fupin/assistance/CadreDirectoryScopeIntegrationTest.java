package org.fupin.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Issue #23, ADR 0032: the cadre directories by region. Cadres work in two townships of the sample county: 皇城镇
 * (A) and 大河乡 (B). Users of A see, on every page, picker and REST route listing units or cadres, only those of A
 * (by pairing or by their unit's region); the users of B see B's, also through a unit link, a work team and a
 * leader post; the county administrator sees both.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CadreDirectoryScopeIntegrationTest {

    private static final String VILLAGE_A = "620721101201";
    private static final String VILLAGE_B = "620721203201";
    private static final String PASSWORD = "cadres-by-region-7";
    private static final RegionScope ALL = RegionScope.ALL;
    /** What A works with: its township's unit and cadre, and a county unit's cadre paired in A. */
    private static final List<String> OF_A = List.of("甲镇人民政府", "甲镇干部", "县水务局", "水务甲");
    /** B's: its township's unit and cadre, the county unit's other cadre, a linked unit, a team and a leader. */
    private static final List<String> OF_B = List.of("乙乡人民政府", "乙乡干部", "水务乙", "县交通局", "交通乙",
            "县教育局", "教育一", "教育二", "教育三", "县委办", "领导乙");

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired Organisations organisations;
    @Autowired Pairings pairings;
    @Autowired WorkTeams teams;
    @Autowired UserAdministration users;

    private HouseholdRow householdA;
    private long cadreA;
    private long cadreB;

    @BeforeAll
    void cadresWorkInTwoTownships() {
        Samples.importCounty(imports);
        List<HouseholdRow> inA = registry.households(ALL, VILLAGE_A, 2015, 0, 2).rows();
        List<HouseholdRow> inB = registry.households(ALL, VILLAGE_B, 2015, 0, 2).rows();
        householdA = inA.get(0);
        long township = unit("甲镇人民政府", UnitLevel.TOWNSHIP, "620721101000");
        cadreA = pair(cadre(township, "甲镇干部"), householdA);
        long water = unit("县水务局", UnitLevel.COUNTY, "620721000000");
        pair(cadre(water, "水务甲"), inA.get(1));
        cadreB = pair(cadre(unit("乙乡人民政府", UnitLevel.TOWNSHIP, "620721203000"), "乙乡干部"), inB.get(0));
        pair(cadre(water, "水务乙"), inB.get(1));

        long roads = unit("县交通局", UnitLevel.COUNTY, "620721000000");
        cadre(roads, "交通乙");
        accepted(organisations.linkVillage(ALL, roads, VILLAGE_B, LocalDate.of(2020, 1, 1)));
        long schools = unit("县教育局", UnitLevel.COUNTY, "620721000000");
        List<WorkTeams.Member> team = List.of(new WorkTeams.Member(cadre(schools, "教育一"), true),
                new WorkTeams.Member(cadre(schools, "教育二"), false), new WorkTeams.Member(cadre(schools, "教育三"), false));
        accepted(teams.send(ALL, VILLAGE_B, null, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1), team));
        long office = unit("县委办", UnitLevel.COUNTY, "620721000000");
        accepted(organisations.assignLeader(ALL, cadre(office, "领导乙"), VILLAGE_B, "COUNTY", LocalDate.of(2020, 1, 1)));
    }

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource({"VILLAGE_CADRE, 620721101201", "WORK_TEAM_MEMBER, 620721101201", "TOWNSHIP_OFFICER, 620721101000",
            "AUDITOR, 620721101000"})
    void aUserOfTownshipASeesNoneOfTownshipBsCadresUnitsOrTeams(Role role, String home) throws Exception {
        WebSession session = logIn(role, home);

        for (String path : List.of("/assistance", "/api/v1/assistance/cadres")) {
            assertThat(text(session, path)).as(path).contains(OF_A).doesNotContain(OF_B);
        }
        for (String path : List.of("/assistance/households/" + householdA.id(), "/assistance/regions/" + VILLAGE_A,
                "/assistance/regions/" + home, "/api/v1/assistance/regions/" + VILLAGE_A + "/staffing",
                "/api/v1/assistance/households/" + householdA.id())) {
            assertThat(text(session, path)).as(path).doesNotContain(OF_B);
        }
        assertThat(text(session, "/assistance/households/" + householdA.id())).contains("甲镇干部", "水务甲");
    }

    @Test
    void aTownshipOfficerOfBSeesTheLinkedUnitTheTeamAndTheLeaderButNotA() throws Exception {
        WebSession session = logIn(Role.TOWNSHIP_OFFICER, "620721203000");

        assertThat(text(session, "/assistance")).contains(OF_B).doesNotContain(OF_A.get(0), OF_A.get(1), OF_A.get(3));
        assertThat(text(session, "/api/v1/assistance/cadres")).contains("乙乡干部", "水务乙", "交通乙", "教育二", "领导乙")
                .doesNotContain("甲镇干部", "水务甲");
    }

    @Test
    void theCountyAdministratorSeesBothTownships() throws Exception {
        WebSession session = logIn(Role.COUNTY_ADMIN, "620721000000");

        assertThat(text(session, "/assistance")).contains(OF_A).contains(OF_B);
        assertThat(text(session, "/api/v1/assistance/cadres")).contains("甲镇干部", "水务甲", "乙乡干部", "交通乙", "领导乙");
    }

    @Test
    void aTownshipOfficerCannotPairAHouseholdWithACadreOfTheOtherTownship() throws Exception {
        WebSession session = logIn(Role.TOWNSHIP_OFFICER, "620721101000");
        String path = "/assistance/households/" + householdA.id();

        String refused = session.post(path + "/pairings", Map.of("cadre", String.valueOf(cadreB), "start", "2021-01-01"),
                session.get(path).body()).body();

        assertThat(refused).contains("id=\"errors\"");
        assertThat(pairings.history(ALL, householdA.id())).extracting(Pairings.Pairing::cadreName).containsExactly("甲镇干部");
    }

    @Test
    void theVisitFormOffersTheHouseholdsCadreWithTheUnit() throws Exception {
        WebSession session = logIn(Role.VILLAGE_CADRE, VILLAGE_A);

        String page = text(session, "/assistance/households/" + householdA.id());
        String select = page.substring(page.indexOf("id=\"visit-cadre\""));

        assertThat(select.substring(0, select.indexOf("</select>"))).containsPattern("<option value=\"" + cadreA
                + "\"\\s+selected=\"selected\">甲镇干部 \\(甲镇人民政府\\)</option>").containsOnlyOnce("selected=\"selected\"");
    }

    private WebSession logIn(Role role, String home) throws Exception {
        String username = (role.name() + "-" + home).toLowerCase().replace("_", "-");
        users.add(username, role, home, PASSWORD);
        WebSession session = new WebSession(port);
        session.logIn(username, PASSWORD);
        return session;
    }

    private static String text(WebSession session, String path) throws Exception {
        return new String(session.bytes(path).body(), StandardCharsets.UTF_8);
    }

    private long unit(String name, UnitLevel level, String region) {
        return accepted(organisations.addUnit(ALL, name, level, region));
    }

    private long cadre(long unit, String name) {
        return accepted(organisations.addCadre(ALL, new Organisations.NewCadre(unit, name, "干部", "", List.of())));
    }

    private long pair(long cadre, HouseholdRow household) {
        accepted(pairings.pair(ALL, cadre, household.id(), LocalDate.of(2020, 3, 1)).orElseThrow());
        return cadre;
    }

    private static long accepted(Outcome outcome) {
        assertThat(outcome.reasons()).isEmpty();
        return outcome.id();
    }
}
