package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.fupin.FupinTest;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #23: behind a reverse proxy that terminates HTTPS (X-Forwarded-Proto from a proxy on the machine or the
 * private network), the session cookie is marked Secure; on plain HTTP it is not (it could not be sent back).
 */
@FupinTest
class SecureCookieBehindHttpsIntegrationTest {

    @LocalServerPort int port;

    @Test
    void theSessionCookieIsSecureWhenTheProxySaysTheRequestCameOverHttps() throws Exception {
        assertThat(sessionCookie(true)).contains("Secure", "HttpOnly");
        assertThat(sessionCookie(false)).contains("HttpOnly").doesNotContain("Secure");
    }

    private String sessionCookie(boolean https) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(WebSession.uri(port, "/login"));
        if (https) request.header("X-Forwarded-Proto", "https");
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
    }
}
