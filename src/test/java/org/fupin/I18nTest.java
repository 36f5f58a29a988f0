package org.fupin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** User-facing text lives in message bundles: no Chinese literal in Java code, every key in every bundle. */
class I18nTest {

    private static final Pattern CJK_LITERAL = Pattern.compile("\"[^\"\\n]*[\\u4e00-\\u9fff][^\"\\n]*\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{'?([a-zA-Z][\\w.]*)");

    @Test
    void javaCodeHoldsNoChineseStringLiterals() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CJK_LITERAL.matcher(Files.readString(file));
                if (m.find()) offenders.add(file + ": " + m.group());
            }
        }
        assertThat(offenders).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void chineseAndEnglishBundlesHaveTheSameKeys(String bundle) throws IOException {
        Properties chinese = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        List<String> twice = new ArrayList<>();
        Properties seen = new Properties();
        for (String bundle : bundles()) {
            Properties one = load(bundle + ".properties");
            for (String key : one.stringPropertyNames()) {
                if (seen.containsKey(key)) twice.add(bundle + ": " + key);
            }
            seen.putAll(one);
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        Properties chinese = new Properties();
        for (String bundle : bundles()) chinese.putAll(load(bundle + ".properties"));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    boolean dynamic = key.endsWith(".");
                    if (!dynamic && !chinese.containsKey(key)) missing.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Every bundle named in spring.messages.basename except the import-template headers, which have no English twin. */
    static List<String> bundles() throws IOException {
        Properties application = load("application.properties");
        return Stream.of(application.getProperty("spring.messages.basename").split(","))
                .map(String::trim).filter(b -> !b.equals("import-templates")).toList();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
