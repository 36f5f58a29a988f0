package org.fupin.api;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.fupin.web.WebSession;

/**
 * REST calls of one caller (a token or a password) against the test server, JSON in and out; with a language, each
 * call says it in {@code Accept-Language}.
 */
public record ApiCaller(int port, String authorization, String language) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public ApiCaller(int port, String authorization) {
        this(port, authorization, null);
    }

    /** The same caller asking for answers in this language ({@code Accept-Language}, such as "en" or "zh-CN"). */
    public ApiCaller inLanguage(String acceptLanguage) {
        return new ApiCaller(port, authorization, acceptLanguage);
    }

    /** The test administrator with HTTP Basic (allowed in tests). */
    public static ApiCaller admin(int port) {
        String credentials = WebSession.ADMIN + ":" + WebSession.ADMIN_PASSWORD;
        return new ApiCaller(port, "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** A caller with this personal access token. */
    public static ApiCaller token(int port, String secret) {
        return new ApiCaller(port, "Bearer " + secret);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
    }

    public HttpResponse<String> post(String path, String json) throws Exception {
        return send("POST", path, json);
    }

    public HttpResponse<String> put(String path, String json) throws Exception {
        return send("PUT", path, json);
    }

    public HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = request(path).header("Accept", "application/json");
        if (json != null) request.header("Content-Type", "application/json");
        return HTTP.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One file posted as multipart form data in the field {@code file}, as the import routes take it. */
    public HttpResponse<String> upload(String path, String fileName, byte[] content) throws Exception {
        String boundary = "fupin-api-upload";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return HTTP.send(request(path)
                .header("Accept", "application/json").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A download as a stream of bytes, for large bodies. */
    public HttpResponse<java.io.InputStream> stream(String path) throws Exception {
        return HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(WebSession.uri(port, path)).header("Authorization", authorization);
        return language == null ? request : request.header("Accept-Language", language);
    }
}
