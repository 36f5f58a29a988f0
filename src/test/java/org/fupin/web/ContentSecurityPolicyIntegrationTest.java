package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdRegistry;
import org.fupin.imports.Imports;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Issue #23, ADR 0027: the Content-Security-Policy runs scripts from files of this server only, and the pages need
 * nothing else: no inline script, no on*= attribute; every script they name is served, without a login, as JavaScript.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentSecurityPolicyIntegrationTest {

    private static final String COUNTY = "620721000000";
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\bsrc=\"([^\"]+)\"");

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired RegionDirectory regions;
    @Autowired HouseholdRegistry households;

    private WebSession session;

    @BeforeAll
    void importSampleCountyAndLogIn() throws Exception {
        Samples.importCounty(imports);
        session = new WebSession(port);
        assertThat(session.logIn(WebSession.ADMIN_PASSWORD).uri().getPath()).isEqualTo("/regions/" + COUNTY);
    }

    @Test
    void theLoginPageAllowsNoInlineScript() throws Exception {
        HttpResponse<String> login = new WebSession(port).get("/login");

        List<String> scripts = assertPolicyAndMarkup("/login", login);

        assertThat(scripts).as("the login page's own script").contains("/js/fupin.js");
        assertServedToAnyone(scripts);
    }

    @Test
    void everyKindOfPageRunsOnlyScriptFilesOfThisServer() throws Exception {
        String township = regions.children(RegionScope.ALL, COUNTY).get(0).code();
        long household = households.households(RegionScope.ALL, "620721101201", 2015, 0, 1).rows().get(0).id();
        List<String> pages = List.of("/regions/" + COUNTY + "?year=2015", "/regions/" + township + "?year=2015",
                "/regions/620721101201?year=2015", "/tree", "/tree/" + COUNTY + "/children", "/households/" + household,
                "/households?region=" + COUNTY + "&year=2015", "/monitoring", "/indicators/" + COUNTY,
                "/print/regions/" + COUNTY + "?year=2015", "/print/households/" + household, "/identification",
                "/imports", "/comparison", "/assistance", "/facilities", "/users", "/audit", "/account");

        List<String> scripts = new ArrayList<>();
        for (String path : pages) {
            assertPolicyAndMarkup(path, session.get(path)).stream().filter(s -> !scripts.contains(s)).forEach(scripts::add);
        }

        assertThat(scripts).contains("/js/fupin.js", "/js/region-charts.js", "/js/tree.js");
        assertServedToAnyone(scripts);
    }

    /** Answers the scripts the page names. */
    private static List<String> assertPolicyAndMarkup(String path, HttpResponse<String> page) {
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        String scriptSources = Arrays.stream(policy.split(";")).map(String::strip)
                .filter(d -> d.startsWith("script-src ")).findFirst().orElse("");
        assertThat(scriptSources).as(path + ": " + policy).isEqualTo("script-src 'self'");
        assertThat(policy).as(path).startsWith("default-src 'self';").doesNotContain("unsafe-eval");

        String html = page.body();
        assertThat(InlineScripts.in(html)).as(path).isEmpty();
        List<String> scripts = new ArrayList<>();
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            Matcher src = SRC.matcher(script.group(1));
            if (script.group(1).contains("type=\"application/json\"")) continue;
            assertThat(src.find()).as(path + ": a script without src").isTrue();
            assertThat(src.group(1)).as(path + ": a script of this server").startsWith("/").doesNotStartWith("//");
            scripts.add(src.group(1));
        }
        return scripts;
    }

    /** Without a session, as the login page needs them: no redirect to the login page in place of a script. */
    private void assertServedToAnyone(List<String> scripts) throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String src : scripts) {
            HttpResponse<String> script = anonymous.send(HttpRequest.newBuilder(WebSession.uri(port, src)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(script.statusCode()).as(src).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type").orElse("")).as(src).contains("javascript");
        }
    }
}
