package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The staff endpoint that checks table 三 as the report editor holds it, the same check that stops submission. */
@IntegrationTest
class TableThreeCheckIntegrationTests {

    private static final String EDITOR = "editor-suixi";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    @LocalServerPort
    int port;

    @Test
    void aTableThatBalancesHolds() {
        Map<String, Object> answer = check(
                        Map.of(
                                "RECEIVED",
                                row(2, 1),
                                "ANSWERED_TOTAL",
                                row(1, 1),
                                "DISCLOSED",
                                row(1, 1),
                                "CARRIED_FORWARD",
                                row(1, 0)),
                        "zh-CN")
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();

        assertThat(answer)
                .containsEntry("holds", true)
                .containsEntry("errors", List.of())
                .containsEntry("rowsNotAddingUp", List.of());
        assertThat((List<?>) answer.get("columns")).hasSize(7);
    }

    @Test
    void eachFailureNamesItsCellInTheRequestsLanguage() {
        Map<String, Object> answer = check(Map.of("RECEIVED", row(1, 0)), "zh-CN")
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();

        assertThat(answer).containsEntry("holds", false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> columns = (List<Map<String, Object>>) answer.get("columns");
        assertThat(columns.get(0))
                .containsEntry("received", 1)
                .containsEntry("answered", 0)
                .containsEntry("balances", false)
                .containsEntry("totalAddsUp", true)
                .containsEntry("holds", false);
        assertThat(columns.get(1)).containsEntry("holds", true);
        assertThat(answer.get("errors"))
                .isEqualTo(List.of(
                        Map.of(
                                "field",
                                "requests.ANSWERED_TOTAL[0]",
                                "message",
                                "自然人列：一 + 二（1 + 0）不等于（七）总计 + 四（0 + 0）"),
                        Map.of(
                                "field",
                                "requests.ANSWERED_TOTAL[6]",
                                "message",
                                "总计列：一 + 二（1 + 0）不等于（七）总计 + 四（0 + 0）")));

        Map<String, Object> english = check(Map.of("RECEIVED", row(1, 0)), "en")
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(english.get("errors").toString()).contains("column 自然人: 一 + 二 (1 + 0) is not （七）总计 + 四 (0 + 0)");
    }

    @Test
    void aRowWhoseTotalIsNotTheSumOfItsColumnsIsNamed() {
        int[] wrongTotal = {1, 0, 0, 0, 0, 0, 2};
        Map<String, Object> answer = check(Map.of("RECEIVED", wrongTotal, "CARRIED_FORWARD", wrongTotal), "zh-CN")
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();

        assertThat(answer)
                .containsEntry("holds", false)
                .containsEntry("rowsNotAddingUp", List.of("RECEIVED", "CARRIED_FORWARD"));
        assertThat(answer.get("errors"))
                .isEqualTo(List.of(
                        Map.of("field", "requests.RECEIVED[6]", "message", "“一、本年新收政府信息公开申请数量”一行：各列之和 1 不等于总计 2"),
                        Map.of("field", "requests.CARRIED_FORWARD[6]", "message", "“四、结转下年度继续办理”一行：各列之和 1 不等于总计 2")));
    }

    @Test
    void aMalformedTableIsAProblemNamingTheRow() {
        check(Map.of("RECEIVED", new int[] {1, 2}, "SOMETHING", row(0, 0)), "zh-CN")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'requests.RECEIVED')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'requests.SOMETHING')]")
                .exists();
    }

    @Test
    void onlyStaffMayAsk() {
        Api.as("citizen-demo", port)
                .post()
                .uri("/api/staff/reports/table-three/check")
                .bodyValue(Map.of("requests", Map.of()))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private WebTestClient.ResponseSpec check(Map<String, int[]> requests, String language) {
        return Api.as(EDITOR, port)
                .post()
                .uri("/api/staff/reports/table-three/check")
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .bodyValue(Map.of("requests", requests))
                .exchange();
    }

    /** A row with {@code natural} in 自然人, {@code enterprise} in 商业企业, and their total. */
    private static int[] row(int natural, int enterprise) {
        return new int[] {natural, enterprise, 0, 0, 0, 0, natural + enterprise};
    }
}
