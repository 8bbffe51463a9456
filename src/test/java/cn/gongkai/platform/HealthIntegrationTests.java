package cn.gongkai.platform;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class HealthIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void healthIsUpWithDatabaseAndRedis() {
        Api.anonymous(port)
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP")
                .jsonPath("$.components.r2dbc.status")
                .isEqualTo("UP")
                .jsonPath("$.components.redis.status")
                .isEqualTo("UP");
    }

    @Test
    void infoNamesTheBuildAndPrometheusExportsMetrics() {
        Api.anonymous(port)
                .get()
                .uri("/actuator/info")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.build.version")
                .isNotEmpty();
        Api.anonymous(port)
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(text ->
                        org.assertj.core.api.Assertions.assertThat(text).contains("http_server_requests_seconds"));
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        Api.anonymous(port)
                .get()
                .uri("/api/docs/openapi.json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/agencies']")
                .exists()
                .jsonPath("$.paths['/api/audit/verification']")
                .exists()
                .jsonPath("$.paths['/api/disclosure/requests'].post")
                .exists()
                .jsonPath("$.paths['/api/disclosure/requests'].get")
                .exists()
                .jsonPath("$.paths['/api/disclosure/requests/{number}'].get")
                .exists()
                .jsonPath("$.paths['/api/staff/disclosure/requests'].get")
                .exists()
                .jsonPath("$.paths['/api/staff/disclosure/requests'].post")
                .exists()
                .jsonPath("$.paths['/api/staff/disclosure/requests/{number}/actions/{action}'].post")
                .exists()
                .jsonPath("$.paths['/api/disclosure/statistics'].get")
                .exists()
                .jsonPath("$.paths['/api/disclosure/files'].post")
                .exists()
                .jsonPath("$.paths['/api/calendar/working-days'].get")
                .exists()
                .jsonPath("$.paths['/api/reports/compliance'].get")
                .exists();
    }
}
