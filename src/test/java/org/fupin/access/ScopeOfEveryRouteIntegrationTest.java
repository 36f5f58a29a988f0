package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET route of the application, taken from its own route list, called by a user for data one region over:
 * the answer is 403/404 or a page without that region's data. The same user sees their own region (so the check
 * is not vacuous).
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeOfEveryRouteIntegrationTest {

    private static final String PASSWORD = "scope-test-2015";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry households;
    @Autowired UserAdministration users;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @BeforeAll
    void importSampleCounty() {
        Samples.importCounty(imports);
    }

    @ParameterizedTest(name = "{0} of {1} asking for {2}")
    @CsvSource({
            "VILLAGE_CADRE, 620721203201, 620721203208",
            "TOWNSHIP_OFFICER, 620721204000, 620721203000"})
    void aUserGetsNothingOfTheRegionNextDoor(Role role, String home, String foreign) throws Exception {
        String username = (role.name() + home).toLowerCase().replace("_", "-");
        users.add(username, role, home, PASSWORD);
        WebSession session = new WebSession(port);
        session.logIn(username, PASSWORD);
        HouseholdRow foreignHousehold = firstHousehold(foreign);
        HouseholdRow ownHousehold = firstHousehold(home);

        assertThat(session.fetch("/households/" + ownHousehold.id()).body()).contains(ownHousehold.householdNumber());
        List<String> leaks = new ArrayList<>();
        for (String path : getRoutes(foreign, foreignHousehold.id())) {
            HttpResponse<String> response = session.fetch(path);
            // a REST route reads JSON only: a form post is refused as 415 before any record is looked up
            boolean refused = response.statusCode() == 403 || response.statusCode() == 404
                    || path.startsWith("/api/") && response.statusCode() == 415;
            boolean leaked = response.body().contains(foreignHousehold.householdNumber())
                    || response.body().contains(foreignHousehold.headName());
            if (!refused && leaked) leaks.add(path + " -> " + response.statusCode());
        }
        String page = session.get("/households/" + ownHousehold.id()).body();
        List<String> posts = routes(RequestMethod.POST, foreign, foreignHousehold.id());
        assertThat(posts).hasSizeGreaterThan(5);
        for (String path : posts) {
            // logging in and out and one's own password belong to no region
            if (path.startsWith("/logout") || path.startsWith("/login") || path.startsWith("/account")) continue;
            HttpResponse<String> response = session.post(path, Map.of("reason", "scope test", "WAGE_INCOME", "1",
                    "NAME", "x"), page);
            // a REST route reads JSON only: a form post is refused as 415 before any record is looked up
            boolean refused = response.statusCode() == 403 || response.statusCode() == 404
                    || path.startsWith("/api/") && response.statusCode() == 415;
            if (!refused) leaks.add("POST " + path + " -> " + response.statusCode());
        }
        assertThat(leaks).isEmpty();
        assertThat(households.household(RegionScope.ALL, foreignHousehold.id()).orElseThrow().wageIncome())
                .isNotEqualByComparingTo("1");
    }

    private HouseholdRow firstHousehold(String region) {
        return households.households(RegionScope.ALL, region, 2015, 0, 1).rows().get(0);
    }

    private List<String> getRoutes(String foreignRegion, long foreignHousehold) {
        List<String> paths = routes(RequestMethod.GET, foreignRegion, foreignHousehold);
        assertThat(paths).hasSizeGreaterThan(15);
        return paths;
    }

    /** Every pattern of the method, with path variables pointing at the foreign region and one of its households. */
    private List<String> routes(RequestMethod method, String foreignRegion, long foreignHousehold) {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> entry : routes.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (method == RequestMethod.GET ? !methods.isEmpty() && !methods.contains(method) : !methods.contains(method)) continue;
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/error") || pattern.contains("api-docs") || pattern.contains("swagger")) continue;
                String path = pattern.replace("{code}", foreignRegion).replace("{id}", String.valueOf(foreignHousehold))
                        .replace("{position}", "1").replace("{kind}", "registry").replace("{username}", "admin")
                        .replace("{list}", "POVERTY_CAUSE")
                        .replaceAll("\\{\\w+:([\\w-]+)[^}]*}", "$1")  // {step:comparison|review|...}: its first value
                        .replaceAll("\\{\\w+}", "1");  // any other id: the first record of its kind
                paths.add(path + "?region=" + foreignRegion + "&year=2015&q=");
            }
        }
        return paths;
    }
}
