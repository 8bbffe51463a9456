package cn.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Headers a proxy sets, forged by a client: who the client is and which host it reached are believed from the
 * configured proxies only, and the log-in's return address is the configured public one whatever a request says.
 * Here the tests' own address (loopback) is not a proxy: the proxy is somewhere else.
 */
@IntegrationTest
@TestPropertySource(properties = "gongkai.proxy.trusted-proxies=10.9.9.9")
class ForwardedHeadersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Test
    void aClientCannotWriteAnotherAddressIntoTheAuditTrail() {
        String requestId = "forged-forwarded-" + System.nanoTime();
        grantAsAdmin(requestId, "203.0.113.66");

        assertThat(clientAddressOf(requestId)).isEqualTo("127.0.0.1");
    }

    @Test
    void theLogInReturnsToThePublicAddressWhateverHostOrForwardedSays() {
        String location = Api.anonymous(port)
                .get()
                .uri("/oauth2/authorization/gongkai")
                .header("Host", "evil.example")
                .header("Forwarded", "host=evil.example;proto=https")
                .header("X-Forwarded-Host", "evil.example")
                .exchange()
                .expectStatus()
                .isFound()
                .returnResult(Void.class)
                .getResponseHeaders()
                .getLocation()
                .toString();

        String query = URLDecoder.decode(location.substring(location.indexOf('?') + 1), StandardCharsets.UTF_8);
        assertThat(query)
                .contains("redirect_uri=http://127.0.0.1:8000/login/oauth2/code/gongkai")
                .doesNotContain("evil.example");
    }

    private void grantAsAdmin(String requestId, String forgedAddress) {
        String subject = "forwarded-subject-" + System.nanoTime();
        Api.as(subject, port).get().uri("/api/me").exchange().expectStatus().isOk();
        Api.as("admin", port)
                .post()
                .uri("/api/admin/role-grants")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Request-Id", requestId)
                .header("X-Forwarded-For", forgedAddress)
                .header("Forwarded", "for=" + forgedAddress)
                .bodyValue("{\"subject\":\"" + subject + "\",\"role\":\"REPORT_EDITOR\",\"agencyCode\":\"340621\"}")
                .exchange()
                .expectStatus()
                .isCreated();
    }

    private String clientAddressOf(String requestId) {
        return database.sql("select client_address from audit_record where request_id = :id")
                .bind("id", requestId)
                .map(row -> row.get("client_address", String.class))
                .one()
                .block();
    }
}
