package cn.gongkai.identity;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestServices;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

/** With an audience configured (GONGKAI_OIDC_AUDIENCE), a token the provider issued to anyone else is refused. */
@IntegrationTest
@TestPropertySource(properties = "spring.security.oauth2.resourceserver.jwt.audiences=gongkai-api")
class BearerAudienceIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aTokenForTheConfiguredAudienceIsAccepted() {
        Api.anonymous(port)
                .get()
                .uri("/api/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestServices.tokenFor("citizen-demo", "gongkai-api"))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void aTokenIssuedToAnotherClientIsRefused() {
        Api.anonymous(port)
                .get()
                .uri("/api/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestServices.tokenFor("citizen-demo", "another-client"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }
}
