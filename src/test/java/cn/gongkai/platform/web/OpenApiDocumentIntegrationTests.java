package cn.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.OpenApiContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The checked-in OpenAPI document, from which the front end's types are generated, is the one the portal serves. */
@IntegrationTest
class OpenApiDocumentIntegrationTests {

    private static final Path SERVED = Path.of("target", "openapi.json");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @LocalServerPort
    int port;

    @Test
    void theCheckedInDocumentIsTheServedOne() throws Exception {
        byte[] served = Api.anonymous(port)
                .get()
                .uri("/api/docs/openapi.json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();
        String normalised =
                JSON.writeValueAsString(JSON.readValue(served, new TypeReference<Map<String, Object>>() {})) + "\n";
        Files.writeString(SERVED, normalised);
        assertThat(Files.readString(OpenApiContract.DOCUMENT))
                .as(
                        "The API changed: copy %s to %s and regenerate the front end's types (npm run api:types)",
                        SERVED, OpenApiContract.DOCUMENT)
                .isEqualTo(normalised);
    }

    @Test
    void operationsDeclareWhoMayCallThem() {
        Api.anonymous(port)
                .get()
                .uri("/api/docs/openapi.json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.components.securitySchemes.bearer.scheme")
                .isEqualTo("bearer")
                .jsonPath("$.paths['/api/staff/disclosure/requests'].get.security")
                .isNotEmpty()
                .jsonPath("$.paths['/api/site'].get.security")
                .doesNotExist()
                .jsonPath("$.paths['/api/disclosure/requests'].post.responses['201']")
                .exists()
                .jsonPath(
                        "$.paths['/api/disclosure/requests'].post.parameters[?(@.name == 'Idempotency-Key')].required")
                .isEqualTo(true);
    }
}
