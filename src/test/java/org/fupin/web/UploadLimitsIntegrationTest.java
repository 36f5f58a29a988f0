package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.fupin.FupinTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #23: every upload was bounded only by Tomcat's 512 MB. Each kind now has its own limit, checked before the
 * file is read: the page says it in words, REST answers 413 with a problem detail naming the limit.
 */
@FupinTest
class UploadLimitsIntegrationTest {

    private static final int MB = 1024 * 1024;

    @LocalServerPort int port;

    @Test
    void aUserSheetAboveTwoMegabytesIsRefusedInWordsBeforeItIsRead() throws Exception {
        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        byte[] sheet = sheet("姓名,登录名,角色,所属区划代码,单位\n", "大表用户,big-sheet-user,VILLAGE_CADRE,620721101201,村委\n",
                3 * MB);

        HttpResponse<String> refused = admin.upload("/users/bulk", "file", "users.csv", sheet,
                admin.get("/users").body());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("用户表不能超过 2 MB（这个文件 3.0 MB），文件没有读取。");
        assertThat(admin.get("/users").body()).doesNotContain("big-sheet-user");
    }

    @Test
    void aRegionFileAboveItsLimitIsAnswered413OnRest() throws Exception {
        byte[] regions = sheet("行政区划代码,名称,级别,上级代码\n", "620721,肃南县,COUNTY,620700\n", 21 * MB);

        HttpResponse<String> response = post("/api/v1/imports/regions?dryRun=true", regions);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"UPLOAD_TOO_LARGE\"", "\"limitMegabytes\":20",
                "导入文件不能超过 20 MB（这个文件 21.0 MB）");
    }

    /** A header and the same row repeated, padded with line ends to exactly {@code size} bytes. */
    private static byte[] sheet(String header, String row, int size) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(size);
        byte[] line = row.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        while (out.size() + line.length <= size) out.writeBytes(line);
        while (out.size() < size) out.write('\n');
        return out.toByteArray();
    }

    private HttpResponse<String> post(String path, byte[] content) throws Exception {
        String boundary = "fupin-limits";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        String basic = Base64.getEncoder().encodeToString((WebSession.ADMIN + ":" + WebSession.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(WebSession.uri(port, path))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
