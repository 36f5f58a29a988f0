package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Logs in through the form and walks county → township → village → household over real HTTP. */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesIntegrationTest {

    private static final Pattern FULL_ID = Pattern.compile("\\d{17}[\\dX]");

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;

    private WebSession session;

    @BeforeEach
    void newBrowserSession() {
        session = new WebSession(port);
    }

    @BeforeAll
    void importSampleCounty() {
        Samples.importCounty(imports);
    }

    @Test
    void refusesPagesToAnonymousVisitors() throws Exception {
        HttpResponse<String> page = session.get("/regions/620721000000");

        assertThat(page.uri().getPath()).isEqualTo("/login");
    }

    @Test
    void rejectsAWrongPassword() throws Exception {
        HttpResponse<String> page = session.logIn("wrong-password");

        assertThat(page.uri().toString()).contains("/login?error");
    }

    @Test
    void walksFromTheCountyToAHouseholdWithoutShowingFullIdNumbers() throws Exception {
        HttpResponse<String> county = session.logIn(WebSession.ADMIN_PASSWORD);
        assertThat(county.uri().getPath()).isEqualTo("/regions/620721000000");
        assertThat(county.body()).contains("肃南裕固族自治县").containsPattern("id=\"figure-poorHouseholds\"[^>]*>69<")
                .contains("id=\"composition\"");
        assertThat(session.get("/regions/620721000000/composition?year=2015").body()).contains("低于扶贫标准")
                .doesNotContain("<html");

        String township = session.get(firstRegionWithHouseholds(county.body())).body();
        String village = session.get(firstRegionWithHouseholds(township)).body();
        String household = session.get(firstLink(village, "/households/\\d+")).body();

        assertThat(household).contains("id=\"members\"").contains("id=\"per-capita\"");
        assertThat(FULL_ID.matcher(household).find()).as("a full ID number in the page").isFalse();
        assertThat(household).containsPattern("\\d{6}\\*{11}[\\dX]\\b");
    }

    @Test
    void everyHouseholdFigureOfTheCountyLinksToAListWithExactlyThatManyHouseholds() throws Exception {
        String county = session.logIn(WebSession.ADMIN_PASSWORD).body();
        Matcher figure = Pattern.compile("<a class=\"fs-4 d-block\" id=\"figure-(\\w*Households|households)\" href=\"([^\"]+)\">([\\d,]+)</a>")
                .matcher(county.replace("&amp;", "&"));
        int checked = 0;
        while (figure.find()) {
            String list = session.get(figure.group(2)).body();
            assertThat(list).as(figure.group(1)).contains("找到 " + figure.group(3).replace(",", "") + " 户");
            checked++;
        }
        assertThat(checked).isEqualTo(4);
    }

    @Test
    void noPageReachableFromTheCountyShowsAFullIdNumber() throws Exception {
        session.logIn(WebSession.ADMIN_PASSWORD);
        java.util.Deque<String> queue = new java.util.ArrayDeque<>(java.util.List.of("/regions/620721000000", "/tree",
                "/households?region=620721000000&year=2015", "/imports"));
        java.util.Set<String> seen = new java.util.HashSet<>(queue);
        Pattern link = Pattern.compile("href=\"(/(?:regions|households|print|tree)[^\"#]*)\"");
        int visited = 0;
        while (!queue.isEmpty() && visited < 250) {
            String path = queue.poll();
            String body = session.get(path).body();
            visited++;
            assertThat(FULL_ID.matcher(body).find()).as("a full ID number in " + path).isFalse();
            Matcher m = link.matcher(body.replace("&amp;", "&"));
            while (m.find()) {
                if (seen.add(m.group(1))) queue.add(m.group(1));
            }
        }
        assertThat(visited).isGreaterThan(50);
    }

    /** The first child region in the table whose households column is not zero. */
    private static String firstRegionWithHouseholds(String html) {
        Matcher m = Pattern.compile("href=\"(/regions/\\d{12}\\?year=\\d+)\">[^<]*</a></td>\\s*<td class=\"text-end\">(\\d+)</td>")
                .matcher(html.replace("&amp;", "&"));
        while (m.find()) {
            if (Integer.parseInt(m.group(2)) > 0) return m.group(1);
        }
        throw new AssertionError("no child region with households");
    }

    private static String firstLink(String html, String pattern) {
        Matcher m = Pattern.compile("href=\"(" + pattern + ")\"").matcher(html.replace("&amp;", "&"));
        assertThat(m.find()).as("a link matching " + pattern).isTrue();
        return m.group(1);
    }
}
