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

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
    }

    @Test
    void chineseAndEnglishPrintBundlesHaveTheSameKeys() throws IOException {
        Properties chinese = load("print.properties");
        Properties english = load("print_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
    }

    @Test
    void chineseAndEnglishTreeBundlesHaveTheSameKeys() throws IOException {
        Properties chinese = load("tree.properties");
        Properties english = load("tree_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        Properties chinese = load("messages.properties");
        chinese.putAll(load("print.properties"));
        chinese.putAll(load("tree.properties"));
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

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
