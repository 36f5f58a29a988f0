package org.fupin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fupin.FupinTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every write a page offers has a REST route calling the same module method (issue #27, ADR 0039): the page write
 * routes are read from the application's own handler mappings and each must be a row of docs/api-parity.md whose
 * REST routes exist and whose parity test class exists, or a row saying "no REST route: reason". A new page write
 * without a row breaks the build. Rows marked "missing" are tolerated, and listed when the test runs.
 */
@FupinTest
class ApiParityIntegrationTest {

    static final Path TABLE = Path.of("docs/api-parity.md");
    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.DELETE, RequestMethod.PATCH);
    private static final Pattern ROUTE = Pattern.compile("`(GET|POST|PUT|DELETE|PATCH) (/[^`\\s]*)`");

    /** The parity test cell of a REST route no HTTP test calls yet. */
    static final String NO_TEST_YET = "none yet";

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    /** One row of the table: the page route, the REST routes named, what the row says instead, the test class. */
    record Row(String pageRoute, List<String> restRoutes, String restCell, String testClass) {
        boolean noRoute() { return restCell.startsWith("no REST route:") && restCell.length() > "no REST route: ".length() + 10; }
        boolean missing() { return restCell.startsWith("missing"); }
    }

    @Test
    void everyPageWriteHasARestRouteOrAReasonInTheTable() throws IOException {
        Map<String, Row> table = table();
        List<String> unlisted = new ArrayList<>();
        for (String write : pageWrites()) {
            Row row = table.get(write);
            if (row == null || !(row.noRoute() || row.missing() || !row.restRoutes().isEmpty())) unlisted.add(write);
        }
        assertThat(unlisted).as("page writes without a REST route or a reason in " + TABLE).isEmpty();
        table.values().stream().filter(Row::missing)
                .forEach(r -> System.out.println("API parity: no REST route yet for " + r.pageRoute()));
        table.values().stream().filter(r -> r.testClass().equals(NO_TEST_YET))
                .forEach(r -> System.out.println("API parity: no HTTP test yet of " + r.restRoutes()));
    }

    @Test
    void everyRouteTheTableNamesExists() throws IOException {
        Set<String> pages = pageWrites();
        List<String> problems = new ArrayList<>();
        for (Row row : table().values()) {
            if (!pages.contains(row.pageRoute())) problems.add("no such page write: " + row.pageRoute());
            for (String rest : row.restRoutes()) {
                if (!restRouteExists(rest)) problems.add("no such REST route: " + rest);
            }
            if (row.restRoutes().isEmpty() || row.testClass().equals(NO_TEST_YET)) continue;
            if (!testClassExists(row.testClass())) {
                problems.add("no parity test class '" + row.testClass() + "' for " + row.pageRoute());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void rejectsARowWithoutRouteOrReason() {
        Row bare = new Row("POST /x", List.of(), "", "");
        Row shortReason = new Row("POST /x", List.of(), "no REST route: UI", "");
        assertThat(bare.noRoute() || bare.missing()).isFalse();
        assertThat(shortReason.noRoute()).isFalse();
        assertThat(restRouteExists("POST /api/v1/no-such-route")).isFalse();
        assertThat(restRouteExists("POST /api/v1/monitoring/episodes/{id}/review")).isTrue();
    }

    /** "METHOD pattern" of every write mapped to a controller that is not a REST controller. */
    private Set<String> pageWrites() {
        Set<String> writes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (entry.getValue().getBeanType().isAnnotationPresent(RestController.class)) continue;
            for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                if (!WRITES.contains(method)) continue;
                entry.getKey().getPatternValues().forEach(p -> writes.add(method + " " + p));
            }
        }
        assertThat(writes).hasSizeGreaterThan(50);
        return writes;
    }

    /** A REST route of the table: a pattern of a REST controller, or a path one of them matches (variables as 1). */
    private boolean restRouteExists(String route) {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1);
        PathContainer concrete = PathContainer.parsePath(path.replaceAll("\\{\\w+}", "1"));
        return mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().isAnnotationPresent(RestController.class))
                .filter(e -> e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.valueOf(method)))
                .flatMap(e -> e.getKey().getPatternValues().stream())
                .anyMatch(p -> p.startsWith("/api/v1/")
                        && (p.equals(path) || PathPatternParser.defaultInstance.parse(p).matches(concrete)));
    }

    private static boolean testClassExists(String name) {
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            return files.anyMatch(f -> f.getFileName().toString().equals(name + ".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of the table, by page route ("| `POST /page` | module method | REST routes or reason | test |"). */
    static Map<String, Row> table() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TABLE)) {
            if (!line.startsWith("| `")) continue;
            String[] cells = line.split("(?<!\\\\)\\|", -1);
            for (int i = 0; i < cells.length; i++) cells[i] = cells[i].replace("\\|", "|");
            Matcher page = ROUTE.matcher(cells[1]);
            if (!page.find()) continue;
            String rest = cells[3].strip();
            List<String> routes = new ArrayList<>();
            if (!rest.startsWith("no REST route") && !rest.startsWith("missing")) {
                Matcher m = ROUTE.matcher(rest);
                while (m.find()) routes.add(m.group(1) + " " + m.group(2));
            }
            String key = page.group(1) + " " + page.group(2);
            assertThat(rows).as("a page route listed twice: " + key).doesNotContainKey(key);
            rows.put(key, new Row(key, routes, rest, cells[4].strip().replace("`", "")));
        }
        return rows;
    }
}
