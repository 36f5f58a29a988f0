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
 * nothing else: no inline script, no on*= attribute; every script and style sheet they load is served without a login.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentSecurityPolicyIntegrationTest {

    private static final String COUNTY = "620721000000";
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\bsrc=\"([^\"]+)\"");
    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

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

        List<String> files = assertPolicyAndMarkup("/login", login);

        assertThat(files).as("the login page's own script").contains("/js/fupin.js");
        assertServedToAnyone(files);
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

        List<String> files = new ArrayList<>();
        for (String path : pages) {
            assertPolicyAndMarkup(path, session.get(path)).stream().filter(f -> !files.contains(f)).forEach(files::add);
        }

        assertThat(files).contains("/js/fupin.js", "/js/region-charts.js", "/js/tree.js", "/css/print.css");
        assertServedToAnyone(files);
    }

    /** Answers the scripts and style sheets the page loads. */
    private static List<String> assertPolicyAndMarkup(String path, HttpResponse<String> page) {
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        String scriptSources = Arrays.stream(policy.split(";")).map(String::strip)
                .filter(d -> d.startsWith("script-src ")).findFirst().orElse("");
        assertThat(scriptSources).as(path + ": " + policy).isEqualTo("script-src 'self'");
        assertThat(policy).as(path).startsWith("default-src 'self';").doesNotContain("unsafe-eval");

        String html = page.body();
        assertThat(InlineScripts.in(html)).as(path).isEmpty();
        List<String> files = new ArrayList<>();
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            if (script.group(1).contains("type=\"application/json\"")) continue;
            Matcher src = SRC.matcher(script.group(1));
            assertThat(src.find()).as(path + ": a script without src").isTrue();
            files.add(src.group(1));
        }
        Matcher stylesheet = STYLESHEET.matcher(html);
        while (stylesheet.find()) files.add(stylesheet.group(1));
        assertThat(files).as(path + ": files of this server").allMatch(f -> f.startsWith("/") && !f.startsWith("//"));
        return files;
    }

    /**
     * Without a session, as the login page loads them. A file that needs a login is answered 401 with a Basic
     * challenge, on which Chromium stops the page load to ask for a password (the Chromium tests then time out).
     */
    private void assertServedToAnyone(List<String> files) throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String file : files) {
            HttpResponse<String> response = anonymous.send(HttpRequest.newBuilder(WebSession.uri(port, file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(file)
                    .containsAnyOf("javascript", "text/css");
        }
    }
}
