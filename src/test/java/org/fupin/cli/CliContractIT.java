package org.fupin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI contract of issue #2, checked from outside as the acceptance check does: {@code java -jar fupin.jar ...}
 * as a subprocess on a fresh {@code FUPIN_DATA_DIR}, exit codes, and standard output that is exactly one JSON
 * value. Steps run in order on the same data directory; a step is skipped once an earlier one has failed.
 *
 * <p>Each step is one JVM launch (with the embedded PostgreSQL starting and stopping), so there are few of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliContractIT {

    private static final long TIMEOUT_SECONDS = 120;
    private static final String COUNTY = "620721000000";
    private static final String PROVINCE = "620000000000";

    /** Strict: one value, no trailing tokens, decimals kept exact. */
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Path jar;
    private Path dataDir;
    private Path workDir;
    private int stepsDone;

    @BeforeAll
    void freshDataDirectory() throws IOException {
        String property = System.getProperty("fupin.jar");
        assertThat(property).as("system property fupin.jar (set by maven-failsafe)").isNotBlank();
        jar = Path.of(property).toAbsolutePath();
        assertThat(jar).as("the packaged jar").isRegularFile();
        Path target = Path.of(System.getProperty("java.io.tmpdir", "target")).toAbsolutePath();
        Files.createDirectories(target);
        workDir = Files.createTempDirectory(target, "cli-contract-");
        dataDir = workDir.resolve("data");
    }

    @Test
    @Order(1)
    void importsRegionsAndVillageFacts() throws Exception {
        step(0);
        Run regions = fupin("import-regions", sample("regions.csv"));
        assertThat(regions.exit).as(regions.describe()).isZero();
        Run facts = fupin("import-village-facts", sample("village-facts.csv"));
        assertThat(facts.exit).as(facts.describe()).isZero();
        stepsDone = 1;
    }

    @Test
    @Order(2)
    void rejectsTheBadRegistryLocatingEveryInjectedErrorAndWritesNothing() throws Exception {
        step(1);
        Run run = fupin("import", sample("registry-bad.csv"), "--json");

        assertThat(run.exit).as(run.describe()).isEqualTo(1);
        JsonNode report = singleJsonValue(run);
        assertThat(report.isObject()).as("a JSON object: " + run.describe()).isTrue();
        assertThat(report.get("accepted")).as("accepted").isNotNull();
        assertThat(report.get("accepted").isBoolean() && !report.get("accepted").booleanValue())
                .as("accepted is false").isTrue();
        assertThat(report.get("errors").isArray()).as("errors is an array").isTrue();
        assertThat(report.get("warnings").isArray()).as("warnings is an array").isTrue();
        for (JsonNode issue : concat(report.get("errors"), report.get("warnings"))) {
            for (String field : List.of("row", "column", "value", "code", "message")) {
                assertThat(issue.has(field)).as(field + " in " + issue).isTrue();
            }
            assertThat(issue.get("row").isIntegralNumber()).as("row is a number in " + issue).isTrue();
            assertThat(issue.get("message").asString()).as("message in " + issue).isNotBlank().doesNotContain("??");
        }

        JsonNode expected = json.readTree(Files.readString(sample("registry-bad-expected-errors.json")));
        List<String> missing = new ArrayList<>();
        for (JsonNode error : expected.get("errors")) {
            for (JsonNode row : error.get("rows")) {
                for (JsonNode column : error.get("columns")) {
                    if (!hasError(report.get("errors"), row.asInt(), column.asString())) {
                        missing.add("row " + row.asInt() + " column " + column.asString());
                    }
                }
            }
        }
        assertThat(missing).as("injected errors not reported").isEmpty();

        assertHouseholds(COUNTY, 0);
        stepsDone = 2;
    }

    @Test
    @Order(3)
    void dryRunOfTheCleanRegistryIsAcceptedAndWritesNothing() throws Exception {
        step(2);
        Run run = fupin("import", sample("registry.csv"), "--dry-run", "--json");

        assertThat(run.exit).as(run.describe()).isZero();
        JsonNode report = singleJsonValue(run);
        assertThat(report.get("accepted").booleanValue()).as("accepted").isTrue();
        assertThat(report.get("errors")).as("errors").isEmpty();

        assertHouseholds(COUNTY, 0);
        stepsDone = 3;
    }

    @Test
    @Order(4)
    void importOfTheCleanRegistryGivesTheIndependentlyComputedStatistics() throws Exception {
        step(3);
        Run run = fupin("import", sample("registry.csv"), "--json");

        assertThat(run.exit).as(run.describe()).isZero();
        assertThat(singleJsonValue(run).get("accepted").booleanValue()).as("accepted").isTrue();

        assertStatisticsAsExpected();
        stepsDone = 4;
    }

    @Test
    @Order(5)
    void importingTheSameFileAgainChangesNothing() throws Exception {
        step(4);
        Run run = fupin("import", sample("registry.csv"));

        assertThat(run.exit).as(run.describe()).isZero();
        assertStatisticsAsExpected();
        stepsDone = 5;
    }

    @Test
    @Order(6)
    void generatesAndLoadsASyntheticProvinceWhoseFiguresReconcile() throws Exception {
        step(5);
        Path dir = workDir.resolve("province");
        Run load = fupin("generate-province", dir, "--persons", "16000", "--seed", "7", "--load");
        assertThat(load.exit).as(load.describe()).isZero();

        long rows = 0;
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("registry-")).toList()) {
                rows += Files.readAllLines(file, StandardCharsets.UTF_8).size() - 1;
            }
        }
        Run stats = fupin("stats", "630000000000", "--year", "2015", "--json");
        assertThat(stats.exit).as(stats.describe()).isZero();
        assertThat(singleJsonValue(stats).get("persons").asLong()).as("persons of the synthetic province").isEqualTo(rows);
        assertThat(rows).isBetween(14000L, 18000L);

        Run reconcile = fupin("stats", "reconcile", "630000000000", "--year", "2015");
        assertThat(reconcile.exit).as(reconcile.describe()).isZero();
        stepsDone = 6;
    }

    @Test
    @Order(7)
    void benchImportRunsTheThreeWaysOfLoadingSideBySide() throws Exception {
        step(6);
        Path registry = workDir.resolve("province").resolve("registry-630121.csv");
        long rows = Files.readAllLines(registry, StandardCharsets.UTF_8).size() - 1;

        Run bench = fupin("bench-import", registry, "--per-row-limit", "500");

        assertThat(bench.exit).as(bench.describe()).isZero();
        assertThat(bench.stdout).contains("raw COPY, unindexed：" + rows + " 行", "per-row JDBC insert：500 行",
                "validated import：" + rows + " 行", "MB");
        stepsDone = 7;
    }

    private void assertHouseholds(String region, long households) throws Exception {
        Run stats = fupin("stats", region, "--year", "2015", "--json");
        assertThat(stats.exit).as(stats.describe()).isZero();
        JsonNode result = singleJsonValue(stats);
        assertThat(result.isObject()).as("a JSON object: " + stats.describe()).isTrue();
        assertThat(result.get("region").asString()).isEqualTo(region);
        assertThat(result.get("households").asLong()).as("households of " + region).isEqualTo(households);
    }

    private void assertStatisticsAsExpected() throws Exception {
        Run stats = fupin("stats", PROVINCE, "--year", "2015", "--with-descendants", "--json");
        assertThat(stats.exit).as(stats.describe()).isZero();
        JsonNode actual = singleJsonValue(stats);
        assertThat(actual.isArray()).as("a JSON array: " + stats.describe()).isTrue();

        JsonNode expected = json.readTree(Files.readString(sample("expected-stats-2015.json")));
        Map<String, Object> want = new TreeMap<>();
        expected.properties().forEach(e -> want.put(e.getKey(), plain(e.getValue())));
        Map<String, Object> got = new TreeMap<>();
        for (JsonNode region : actual) {
            Object previous = got.put(region.get("region").asString(), plain(region));
            assertThat(previous).as("region listed twice: " + region.get("region")).isNull();
        }
        assertThat(got.keySet()).as("regions").containsExactlyElementsOf(want.keySet());
        for (String code : want.keySet()) {
            assertThat(got.get(code)).as("statistics of " + code).isEqualTo(want.get(code));
        }
    }

    /** A JSON tree as plain Java values, numbers as BigDecimal without trailing zeros (so 0.5 equals 0.50). */
    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new TreeMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.values().forEach(v -> list.add(plain(v)));
            return list;
        }
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue().stripTrailingZeros();
            return value.signum() == 0 ? BigDecimal.ZERO : value;
        }
        if (node.isNull()) return "<null>";
        if (node.isBoolean()) return node.booleanValue();
        return node.asString();
    }

    private static boolean hasError(JsonNode errors, int row, String column) {
        for (JsonNode e : errors) {
            if (e.get("row").asInt() == row && column.equals(e.get("column").asString())) return true;
        }
        return false;
    }

    private static List<JsonNode> concat(JsonNode a, JsonNode b) {
        List<JsonNode> all = new ArrayList<>();
        a.values().forEach(all::add);
        b.values().forEach(all::add);
        return all;
    }

    /** Standard output must be exactly one JSON value (logs belong on standard error). */
    private JsonNode singleJsonValue(Run run) {
        String text = run.stdout.strip();
        assertThat(text).as("standard output " + run.describe()).isNotEmpty();
        try {
            return json.readTree(text);
        } catch (RuntimeException e) {
            return fail("standard output is not a single JSON value (" + e.getMessage() + "): " + run.describe());
        }
    }

    private void step(int previous) {
        assumeTrue(stepsDone == previous, "an earlier step failed");
    }

    private static Path sample(String name) throws URISyntaxException {
        URL url = CliContractIT.class.getResource("/samples/" + name);
        assertThat(url).as("sample " + name).isNotNull();
        return Path.of(url.toURI());
    }

    private Run fupin(Object... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        for (Object arg : args) command.add(arg.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().put("FUPIN_DATA_DIR", dataDir.toString());
        builder.environment().keySet().removeIf(k -> k.startsWith("FUPIN_DB_"));
        // A minimal (POSIX) locale, as on a bare server or CI: the JSON must still come out intact.
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        Path out = Files.createTempFile(workDir, "stdout-", ".txt");
        Path err = Files.createTempFile(workDir, "stderr-", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());

        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s; stderr: "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Run(String.join(" ", command.subList(3, command.size())), process.exitValue(),
                utf8(out), utf8Lenient(err), millis);
    }

    /** Standard output must be valid UTF-8; a '?' for every Chinese character would be a broken contract. */
    private static String utf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return fail("standard output is not UTF-8: " + new String(bytes, StandardCharsets.ISO_8859_1));
        }
    }

    private static String utf8Lenient(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private record Run(String command, int exit, String stdout, String stderr, long millis) {
        String describe() {
            return "`fupin " + command + "` exited " + exit + " after " + millis + " ms\n--- stdout ---\n"
                    + abbreviate(stdout) + "\n--- stderr ---\n" + abbreviate(stderr);
        }

        private static String abbreviate(String text) {
            return text.length() <= 4000 ? text : text.substring(0, 4000) + "\n... (" + text.length() + " chars)";
        }
    }
}
