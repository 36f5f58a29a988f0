package org.fupin.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Content-Security-Policy without 'unsafe-inline' would refuse to run, found in a page or a template (ADR
 * 0027): a script element with a body (a {@code type="application/json"} data block is not run), an on*= or
 * th:on*= attribute, a javascript: link, an htmx attribute that htmx would evaluate (hx-on, "js:" values).
 */
final class InlineScripts {

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final String VALUE = "(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?";
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^\\s/>]*((?:\\s+[^\\s=/>]+" + VALUE + ")*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([^\\s=/>]+)" + VALUE);
    private static final Pattern EVENT = Pattern.compile("(?:th:|data-th-)?on[a-z]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVALUATED = Pattern.compile("hx-on|javascript:|[\"']js:", Pattern.CASE_INSENSITIVE);

    private InlineScripts() {}

    static List<String> in(String html) {
        List<String> findings = new ArrayList<>();
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            if (!script.group(2).isBlank() && !script.group(1).contains("type=\"application/json\"")) {
                findings.add("<script" + script.group(1) + "> with a body");
            }
        }
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Matcher attribute = ATTRIBUTE.matcher(tag.group(1));
            while (attribute.find()) {
                if (EVENT.matcher(attribute.group(1)).matches()) findings.add(attribute.group().strip());
            }
        }
        Matcher evaluated = EVALUATED.matcher(html);
        while (evaluated.find()) findings.add(evaluated.group());
        return findings;
    }
}
