package cn.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.WithoutRedis;
import cn.gongkai.platform.cache.PageCache;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import reactor.test.StepVerifier;

/** Redis unreachable (nothing listens on port 1): public reads go on, health says so, no 500. */
@WithoutRedis
class RedisDownIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    PageCache pageCache;

    @Autowired
    MeterRegistry meters;

    @Test
    void anEvictionThatCannotReachRedisNeitherFailsNorHoldsUpTheChangeButIsCounted() {
        double before = meters.counter("gongkai.page.cache.evictions.failed").count();

        StepVerifier.create(pageCache.evict("reports:340621:2019:RULE_OF_LAW")).verifyComplete();

        assertThat(meters.counter("gongkai.page.cache.evictions.failed").count())
                .isEqualTo(before + 1);
    }

    @Test
    void healthShowsRedisDownButTheInstanceStaysReady() {
        Api.anonymous(port)
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.components.redis.status")
                .isEqualTo("DOWN")
                .jsonPath("$.components.r2dbc.status")
                .isEqualTo("UP");
        Api.anonymous(port)
                .get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void publicReadsWorkWithAndWithoutASessionCookie() {
        Api.anonymous(port)
                .get()
                .uri("/api/agencies")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.code == '340600')].name")
                .isEqualTo("淮北市人民政府");
        Api.anonymous(port)
                .get()
                .uri("/api/agencies/340621")
                .cookie("SESSION", "0f0e5a3c-6e4b-4a63-8e0b-2c7c5b0f9d11")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void signedInOnlyEndpointsSay401NotError() {
        Api.anonymous(port)
                .get()
                .uri("/api/me")
                .cookie("SESSION", "0f0e5a3c-6e4b-4a63-8e0b-2c7c5b0f9d11")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }
}
