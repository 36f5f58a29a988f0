package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ADR 0027: the Content-Security-Policy refuses inline scripts, so no template may hold one ({@link InlineScripts}). */
class TemplatesWithoutInlineScriptsTest {

    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

    @Test
    void noTemplateHoldsAnInlineScriptOrAnEventAttribute() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        List<String> findings = new ArrayList<>();
        for (Path template : templates) {
            InlineScripts.in(Files.readString(template)).forEach(f -> findings.add(template + ": " + f));
        }

        assertThat(templates).hasSizeGreaterThan(40);
        assertThat(findings).isEmpty();
    }

    @Test
    void findsEachKindOfInlineScript() {
        assertThat(InlineScripts.in("<p>no script, one <b>bold</b> word</p><script src=\"/js/a.js\"></script>"
                + "<script type=\"application/json\" id=\"d\">{\"a\": 1}</script><a data-x=\"1\" class=\"online\">x</a>")).isEmpty();
        assertThat(InlineScripts.in("<script>alert(1)</script>")).hasSize(1);
        assertThat(InlineScripts.in("<select id=\"y\" th:if=\"${a > 1}\" onchange=\"this.form.submit()\">")).hasSize(1);
        assertThat(InlineScripts.in("<button th:onclick=\"|go(${id})|\" type=\"button\">")).hasSize(1);
        assertThat(InlineScripts.in("<a href=\"javascript:void(0)\">")).hasSize(1);
        assertThat(InlineScripts.in("<div hx-on:click=\"x()\" hx-vals='js:{a: 1}'>")).hasSize(2);
    }
}
