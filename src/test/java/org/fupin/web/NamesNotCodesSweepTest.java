package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.household.HouseholdRegistry;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue #19: every page, as each role, in Chinese and in English, speaks in names: no Whitelabel page, no enum
 * constant of the code (VILLAGE_CADRE, DEPARTMENT_WARNING …) and no bare 12-digit region code in the visible text.
 * Codes may stand in form fields, in the cells of a code column (marked {@code class="region-code"}) and in the audit
 * log's target and detail, which are the record as it was written (marked {@code class="audit-record"}).
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamesNotCodesSweepTest {

    private static final String PASSWORD = "Sweep-pages-2026";
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b");
    /** Constants of one word that pages must name: statuses, categories, roles, kinds, risk types. */
    private static final List<String> SINGLE_WORD_CODES = java.util.stream.Stream.of(
                    org.fupin.monitoring.Views.Status.values(), org.fupin.monitoring.domain.Category.values(),
                    org.fupin.funds.domain.ProjectStatus.values(), org.fupin.identification.domain.CaseKind.values(),
                    org.fupin.access.Role.values(), org.fupin.identification.EventType.values())
            .flatMap(java.util.Arrays::stream).map(Enum::name).filter(n -> !n.contains("_"))
            .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));

    static {
        SINGLE_WORD_CODES.addAll(List.of("ILLNESS", "DISABILITY", "SCHOOLING", "DISASTER", "ACCIDENT", "HOUSING"));
    }

    private static final Pattern REGION_CODE = Pattern.compile("(?<![0-9])[1-9][0-9]{11}(?![0-9])");

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;
    @Autowired HouseholdRegistry households;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping routes;

    @Autowired org.fupin.monitoring.Monitoring monitoring;
    @Autowired org.fupin.identification.IdentificationCases cases;

    /** The sample county with something in each procedure: a monitoring clue and an exit case. */
    @BeforeAll
    void county() {
        Samples.importCounty(imports);
        monitoring.recordClue(RegionScope.ALL, new org.fupin.monitoring.Views.ClueInput("620721101201", "SWEEP-1", "扫描户",
                2, org.fupin.monitoring.Views.Channel.DEPARTMENT_WARNING, "医保局", "ILLNESS", java.time.LocalDate.now(),
                null, ""), "sweep");
        long poor = households.households(RegionScope.ALL, "620721101201", 2015, 0, 100).rows().stream()
                .filter(h -> "0".equals(h.povertyStatus())).findFirst().orElseThrow().id();
        cases.open(RegionScope.ALL, org.fupin.identification.domain.CaseKind.EXIT, poor, java.time.LocalDate.now(),
                new org.fupin.identification.Actor("sweep", "VILLAGE_CADRE"));
    }

    @ParameterizedTest(name = "{0} of {1} in {2}")
    @CsvSource({
            "COUNTY_ADMIN, 620721000000, zh_CN", "COUNTY_ADMIN, 620721000000, en",
            "TOWNSHIP_OFFICER, 620721101000, zh_CN", "VILLAGE_CADRE, 620721101201, zh_CN",
            "VILLAGE_CADRE, 620721101201, en", "AUDITOR, 620721000000, zh_CN",
            "WORK_TEAM_MEMBER, 620721101201, zh_CN", "SYSTEM_ADMIN, 620721000000, en"})
    void everyPageSpeaksInNames(Role role, String region, String lang) throws Exception {
        String username = ("sweep-" + role.name() + "-" + lang).toLowerCase().replace("_", "-");
        users.add(username, role, region, PASSWORD);
        WebSession session = new WebSession(port);
        session.logIn(username, PASSWORD);
        session.fetch("/?lang=" + lang);
        long household = households.households(RegionScope.ALL, "620721101201", 2015, 0, 1).rows().get(0).id();
        List<String> paths = new ArrayList<>(pages(region, household));
        paths.addAll(List.of("/monitoring?region=620721101201", "/identification", "/monitoring/layers?region=620721101201"));
        List<String> found = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> response = session.fetch(path);
            String body = response.body();
            if (body.contains("Whitelabel")) found.add(path + ": Whitelabel page");
            if (response.statusCode() >= 400) continue;
            String text = visibleText(body);
            Set<String> constants = new TreeSet<>();
            Matcher c = CONSTANT.matcher(text);
            while (c.find()) constants.add(c.group());
            for (String word : SINGLE_WORD_CODES) {
                if (Pattern.compile("\\b" + word + "\\b").matcher(text).find()) constants.add(word);
            }
            if (!constants.isEmpty()) found.add(path + ": constants " + constants);
            Set<String> codes = new TreeSet<>();
            Matcher r = REGION_CODE.matcher(text);
            while (r.find()) codes.add(r.group());
            if (!codes.isEmpty()) found.add(path + ": region codes " + codes);
        }
        assertThat(found).isEmpty();
    }

    /** The text a reader sees: no tags, attributes, scripts, styles, form fields or code columns. */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<(td|th|span|dd)[^>]*class=\"[^\"]*(region-code|audit-record)[^\"]*\"[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<option[^>]*>.*?</option>", " ").replaceAll("(?s)<textarea.*?</textarea>", " ")
                .replaceAll("(?s)<[^>]+>", " ").replace("&nbsp;", " ");
    }

    /** Every HTML page of the application with its path variables in the user's own region. */
    private List<String> pages(String region, long household) {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> entry : routes.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) continue;
            for (String pattern : entry.getKey().getPatternValues()) {
                if (pattern.startsWith("/api") || pattern.startsWith("/error") || pattern.startsWith("/export")
                        || pattern.contains(".xlsx") || pattern.contains("attachments") || pattern.contains("evidence")
                        || pattern.contains("api-docs") || pattern.contains("swagger") || pattern.startsWith("/login")
                        || pattern.startsWith("/logout") || pattern.contains("reveal")) {
                    continue;
                }
                String path = pattern.replace("{code}", region).replace("{id}", String.valueOf(household))
                        .replace("{position}", "1").replace("{kind}", "registry").replace("{username}", "admin")
                        .replaceAll("\\{\\w+:([\\w-]+)[^}]*}", "$1");
                if (path.contains("{")) continue;
                paths.add(path);
            }
        }
        assertThat(paths).hasSizeGreaterThan(20);
        return paths;
    }
}
