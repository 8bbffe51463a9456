package cn.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The bench's bare handler answers what the instance answered for the path, byte for byte, with its type. */
@IntegrationTest
@TestPropertySource(properties = "gongkai.bench.baseline=true")
class BareHandlerBaselineIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void answersThePathsBytesAndType() {
        var page = Api.anonymous(port)
                .get()
                .uri("/api/site")
                .exchange()
                .expectBody()
                .returnResult();
        var bare = Api.anonymous(port)
                .get()
                .uri("/_bench/bare?path=/api/site")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult();

        assertThat(bare.getResponseBody()).isEqualTo(page.getResponseBody());
        assertThat(bare.getResponseHeaders().getContentType())
                .isEqualTo(page.getResponseHeaders().getContentType());
    }
}
