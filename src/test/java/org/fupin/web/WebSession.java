package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's worth of HTTP against the test server: keeps cookies, follows redirects, logs in through the form
 * and posts forms with the page's CSRF token.
 */
public final class WebSession {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public WebSession(int port) {
        this.port = port;
    }

    public static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public URI uri(String path) {
        return uri(port, path);
    }

    /** Posts the login form as the admin with this password; answers the page the server redirects to. */
    public HttpResponse<String> logIn(String password) throws Exception {
        return logIn(ADMIN, password);
    }

    /** Posts the login form as this user; answers the page the server redirects to. */
    public HttpResponse<String> logIn(String username, String password) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", password);
        return post("/login", fields, get("/login").body());
    }

    /** An HTML page, whatever its status. */
    public HttpResponse<String> fetch(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An HTML page that must answer 200. */
    public HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = fetch(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    /** Any resource as bytes, which must answer 200. */
    public HttpResponse<byte[]> bytes(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    /** An XLSX download, which must answer 200 with the XLSX content type. */
    public HttpResponse<byte[]> xlsx(String path) throws Exception {
        HttpResponse<byte[]> response = bytes(path);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(Sheets.XLSX);
        return response;
    }

    /**
     * Posts the fields url-encoded with the CSRF token of {@code pageWithCsrf}; a value holding "、" is sent as
     * several values of its field, as checked boxes are.
     */
    public HttpResponse<String> post(String path, Map<String, String> fields, String pageWithCsrf) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf(pageWithCsrf));
        String body = all.entrySet().stream().flatMap(e -> Arrays.stream(e.getValue().split("\u3001"))
                        .map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts one file as multipart form data, with the CSRF token of {@code pageWithCsrf}. */
    public HttpResponse<String> upload(String path, String field, String fileName, byte[] content, String pageWithCsrf)
            throws Exception {
        String boundary = "fupin-upload-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(pageWithCsrf)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts JSON with the session's cookie only, as a page of another origin could (no CSRF token). */
    public HttpResponse<String> postJson(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with the session's cookie and one more header, as a page's script calls the API. */
    public HttpResponse<String> getJson(String path, String header, String value) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").header(header, value)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts JSON with the session's cookie and one more header (a CSRF token, as the phone's queue sends it). */
    public HttpResponse<String> postJson(String path, String json, String header, String value) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The value of the first hidden field {@code name} of a page, e.g. the {@code version} a form carries for
     * optimistic locking (ADR 0031).
     */
    public static String hidden(String page, String name) {
        Matcher field = Pattern.compile("<input type=\"hidden\" name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
                .matcher(page);
        assertThat(field.find()).as("a hidden field " + name).isTrue();
        return field.group(1);
    }

    private static String csrf(String page) {
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("a _csrf field").isTrue();
        return csrf.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The rows of the first sheet of a downloaded workbook, header first. */
    public static java.util.List<org.dhatim.fastexcel.reader.Row> sheetRows(byte[] xlsx) throws Exception {
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read();
        }
    }

    /** The values a browser would post: text inputs, the selected option of each select, checked boxes. */
    public static Map<String, String> formValues(String html) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input[^>]*type=\"text\"[^>]*id=\"(\\w+)\"[^>]*name=\"\\w+\"[^>]*value=\"([^\"]*)\"").matcher(html);
        while (input.find()) values.put(input.group(1), input.group(2));
        Matcher number = Pattern.compile("<input[^>]*type=\"number\"[^>]*id=\"(\\w+)\"[^>]*value=\"([^\"]*)\"").matcher(html);
        while (number.find()) values.put(number.group(1), number.group(2));
        Matcher select = Pattern.compile("<select[^>]*id=\"(\\w+)\"[\\s\\S]*?</select>").matcher(html);
        while (select.find()) {
            Matcher selected = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group());
            values.put(select.group(1), selected.find() ? selected.group(1) : "");
        }
        Matcher checked = Pattern.compile("<input class=\"form-check-input\" type=\"checkbox\"[^>]*name=\"(\\w+)\" value=\"([^\"]*)\" checked").matcher(html);
        while (checked.find()) values.merge(checked.group(1), checked.group(2), (a, b) -> a + "\u3001" + b);
        return values;
    }
}
