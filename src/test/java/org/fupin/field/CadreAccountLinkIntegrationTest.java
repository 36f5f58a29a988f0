package org.fupin.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.assistance.CadreAccounts;
import org.fupin.assistance.CadreFlag;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.Pairings;
import org.fupin.assistance.UnitLevel;
import org.fupin.cli.Cli;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ADR 0038, which cadre a user is: a second cadre of the village shares the user's real name, so only the explicit
 * link finds the user's paired households; the link is set on the users page, by {@code user link-cadre} and over
 * REST, by county administrators for their own county's cadres only.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CadreAccountLinkIntegrationTest {

    private static final String PASSWORD = "cadre-link-2026a";
    private static final String COUNTY_ADMIN = "link-county";
    private static final String OFFICER = "link-township";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired Organisations organisations;
    @Autowired Pairings pairings;
    @Autowired UserAdministration users;
    @Autowired CadreAccounts accounts;
    @Autowired Cli cli;
    @Autowired JdbcClient jdbc;

    private FieldFixture fixture;
    private long otherCountyCadre;
    private WebSession cadre;

    @BeforeAll
    void aVillageWithTwoCadresOfTheSameName() throws Exception {
        Samples.importCounty(imports);
        fixture = FieldFixture.create(organisations, pairings, users, registry, jdbc, 3);
        long unit = organisations.cadre(RegionScope.ALL, fixture.cadreId()).orElseThrow().unitId();
        organisations.addCadre(RegionScope.ALL, new Organisations.NewCadre(unit, FieldFixture.NAME, "干部", "",
                List.of(CadreFlag.TEAM_MEMBER)));
        jdbc.sql("insert into region (code, name, level, parent_code) values ('620722000000', '民乐县', 'COUNTY', "
                + "'620700000000') on conflict do nothing").update();
        organisations.addUnit(RegionScope.ALL, "外县扶贫办", UnitLevel.COUNTY, "620722000000");
        long otherUnit = organisations.units(RegionScope.ALL).stream().filter(u -> u.name().equals("外县扶贫办"))
                .findFirst().orElseThrow().id();
        otherCountyCadre = organisations.addCadre(RegionScope.ALL, new Organisations.NewCadre(otherUnit, "外县干部",
                "干部", "", List.of())).id();
        String county = FieldFixture.VILLAGE.substring(0, 6) + "000000";
        assertThat(users.add(COUNTY_ADMIN, Role.COUNTY_ADMIN, county, PASSWORD)).isEmpty();
        assertThat(users.add(OFFICER, Role.TOWNSHIP_OFFICER, FieldFixture.VILLAGE.substring(0, 9) + "000", PASSWORD)).isEmpty();
        cadre = new WebSession(port);
        cadre.logIn(FieldFixture.USER, FieldFixture.PASSWORD);
    }

    @BeforeEach
    void noLinkYet() {
        accounts.link(RegionScope.ALL, true, FieldFixture.USER, null);
    }

    @Test
    void aCadreWhoseNameIsSharedSeesTheirPairedHouseholdsOnceLinkedOnTheUsersPage() throws Exception {
        HouseholdRow first = fixture.households().get(0);
        assertThat(cadre.get("/field").body()).contains("id=\"not-linked\"", "请县里的管理员")
                .doesNotContain("id=\"visit-" + first.id() + "\"");

        WebSession admin = new WebSession(port);
        admin.logIn(COUNTY_ADMIN, PASSWORD);
        assertThat(admin.get("/users?q=" + FieldFixture.USER).body()).contains("/users/" + FieldFixture.USER + "/cadre");
        String page = admin.get("/users/" + FieldFixture.USER + "/cadre").body();
        assertThat(page).contains("田野（北极乡扶贫工作站 · 站长）", "田野（北极乡扶贫工作站 · 干部）")
                .doesNotContain("外县干部");
        long audited = linksAudited();
        HttpResponse<String> saved = admin.post("/users/" + FieldFixture.USER + "/cadre",
                Map.of("cadreId", String.valueOf(fixture.cadreId())), page);
        assertThat(saved.body()).contains("id=\"cadre-link-saved\"", "<strong>田野（北极乡扶贫工作站）</strong>");

        assertThat(cadre.get("/field").body()).contains("id=\"visit-" + first.id() + "\"").doesNotContain("id=\"not-linked\"");
        assertThat(cadre.get("/field/households/" + first.id() + "/visit").body())
                .contains("<option value=\"" + fixture.cadreId() + "\" selected=\"selected\">");
        assertThat(new String(cadre.bytes("/api/v1/field/device-copy").body(), StandardCharsets.UTF_8)).contains("\"myCadreId\":" + fixture.cadreId());
        assertThat(linksAudited()).isEqualTo(audited + 1);
    }

    private long linksAudited() {
        return jdbc.sql("select count(*) from audit_event where action = 'LINK_CADRE_ACCOUNT' and actor = :a")
                .param("a", COUNTY_ADMIN).query(Long.class).single();
    }

    @Test
    void theUsersPageRefusesAnotherCountysCadreAndNonAdministrators() throws Exception {
        WebSession admin = new WebSession(port);
        admin.logIn(COUNTY_ADMIN, PASSWORD);
        String page = admin.get("/users/" + FieldFixture.USER + "/cadre").body();
        assertThat(admin.post("/users/" + FieldFixture.USER + "/cadre", Map.of("cadreId", String.valueOf(otherCountyCadre)),
                page).body()).contains("id=\"cadre-link-errors\"", "不在该账户所在地区");
        WebSession officer = new WebSession(port);
        officer.logIn(OFFICER, PASSWORD);
        assertThat(officer.fetch("/users/" + FieldFixture.USER + "/cadre").statusCode()).isEqualTo(403);
        assertThat(accounts.cadreOf(FieldFixture.USER)).isEmpty();
    }

    @Test
    void restLinksForACountyAdministratorOnlyAndOnlyTheirCountysCadres() throws Exception {
        String path = "/api/v1/assistance/accounts/" + FieldFixture.USER + "/cadre";
        assertThat(put(OFFICER, path, "{\"cadreId\":" + fixture.cadreId() + "}").statusCode()).isEqualTo(403);
        assertThat(put(COUNTY_ADMIN, path, "{\"cadreId\":" + otherCountyCadre + "}").statusCode()).isEqualTo(409);
        assertThat(put(COUNTY_ADMIN, "/api/v1/assistance/accounts/nobody/cadre", "{\"cadreId\":" + fixture.cadreId() + "}")
                .statusCode()).isEqualTo(404);
        assertThat(accounts.cadreOf(FieldFixture.USER)).isEmpty();
        HttpResponse<String> linked = put(COUNTY_ADMIN, path, "{\"cadreId\":" + fixture.cadreId() + "}");
        assertThat(linked.statusCode()).isEqualTo(200);
        assertThat(linked.body()).contains("\"cadreId\":" + fixture.cadreId(), "\"unitName\":\"北极乡扶贫工作站\"");
        assertThat(accounts.cadreOf(FieldFixture.USER)).contains(fixture.cadreId());
    }

    @Test
    void theCommandLineLinksAndRefusesACadreOutsideTheUsersRegion() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(cli.run(new String[] {"user", "link-cadre", FieldFixture.USER, String.valueOf(otherCountyCadre)}, print))
                .isEqualTo(1);
        assertThat(accounts.cadreOf(FieldFixture.USER)).isEmpty();
        assertThat(cli.run(new String[] {"user", "link-cadre", FieldFixture.USER, String.valueOf(fixture.cadreId())}, print))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("田野（北极乡扶贫工作站）");
        assertThat(accounts.cadreOf(FieldFixture.USER)).contains(fixture.cadreId());
    }

    private HttpResponse<String> put(String user, String path, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
