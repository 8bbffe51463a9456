package cn.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.platform.problem.ProblemResponses;
import cn.gongkai.platform.web.RequestIdFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ProblemResponsesIntegrationTests {

    private static final String GRANTS = "/api/admin/role-grants";

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    private WebTestClient admin() {
        return Api.as("admin", port);
    }

    private long grants() {
        return database.sql("select count(*) as n from role_grant")
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
    }

    @Autowired
    ProblemResponses problems;

    @Test
    void aMultipartBodyWithoutItsBoundaryIsABadRequest() {
        Api.as("citizen-demo", port)
                .post()
                .uri("/api/disclosure/files")
                .header("Content-Type", "multipart/form-data; boundary=gongkai-boundary")
                .bodyValue("this is not a multipart body")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:malformed-body");
    }

    @Test
    void theErrorLogLineCarriesTheRequestIdTheProblemTellsUsersToQuote(CapturedOutput output) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/broken"));
        exchange.getAttributes().put(RequestIdFilter.ATTRIBUTE, new RequestMetadata("quote-this-id-42", "127.0.0.1"));

        problems.write(exchange, new IllegalStateException("something broke")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(output.getOut().lines().filter(line -> line.contains("request failed")))
                .anySatisfy(line -> assertThat(line).contains("\"requestId\":\"quote-this-id-42\""));
    }

    @Test
    void malformedJsonIsABadRequestWithoutSideEffects() {
        long before = grants();
        admin().post()
                .uri(GRANTS)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"subject\": ")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:malformed-body")
                .jsonPath("$.status")
                .isEqualTo(400)
                .jsonPath("$.title")
                .isEqualTo("请求内容无法解析");
        assertThat(grants()).isEqualTo(before);
    }

    @Test
    void unknownFieldIsNamed() {
        admin().post()
                .uri(GRANTS)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"subject\":\"citizen-demo\",\"role\":\"CITIZEN\",\"bogus\":1}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:unknown-field")
                .jsonPath("$.errors[0].field")
                .isEqualTo("bogus");
    }

    @Test
    void wrongTypeIsNamed() {
        admin().post()
                .uri(GRANTS)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"subject\":\"citizen-demo\",\"role\":\"EMPEROR\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("role");
    }

    @Test
    void validationNamesEveryFieldInTheRequestedLanguage() {
        admin().post()
                .uri(GRANTS)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .bodyValue("{\"subject\":\"\",\"agencyCode\":\"NOT A CODE\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:validation")
                .jsonPath("$.title")
                .isEqualTo("There is a problem with what you sent")
                .jsonPath("$.errors[?(@.field == 'subject')].message")
                .isEqualTo("must not be blank")
                .jsonPath("$.errors[?(@.field == 'role')].message")
                .isEqualTo("is required")
                .jsonPath("$.errors[?(@.field == 'agencyCode')].message")
                .isEqualTo("has the wrong format");
        admin().post()
                .uri(GRANTS)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "zh-CN,zh;q=0.9")
                .bodyValue("{\"subject\":\"\",\"role\":\"CITIZEN\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("subject")
                .jsonPath("$.errors[0].message")
                .isEqualTo("不能为空");
    }

    @Test
    void wrongContentTypeIs415() {
        admin().post()
                .uri(GRANTS)
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("subject=x")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:unsupported-media-type");
    }

    @Test
    void jsonOver64KilobytesIs413() {
        String huge = "{\"subject\":\"" + "x".repeat(70 * 1024) + "\",\"role\":\"CITIZEN\"}";
        admin().post()
                .uri(GRANTS)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(huge)
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                // The body is not read to its end, so the connection is not offered for another request.
                .expectHeader()
                .valueEquals(HttpHeaders.CONNECTION, "close")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:body-too-large");
    }

    @Test
    void unknownRouteIsAProblemToo() {
        Api.anonymous(port)
                .get()
                .uri("/api/no-such-thing")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:not-found-route");
    }

    @Test
    void requestIdIsReturnedAndEchoedInProblems() {
        var result = Api.anonymous(port)
                .get()
                .uri("/api/agencies/no-such-agency")
                .header("X-Request-Id", "test-request-0001")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .valueEquals("X-Request-Id", "test-request-0001")
                .expectBody()
                .jsonPath("$.requestId")
                .isEqualTo("test-request-0001")
                .jsonPath("$.detail")
                .isEqualTo("未找到机关“no-such-agency”。");
        assertThat(result).isNotNull();
        Api.anonymous(port)
                .get()
                .uri("/api/site")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value("X-Request-Id", id -> assertThat(id).hasSizeGreaterThan(8));
    }
}
