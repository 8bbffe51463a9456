package cn.gongkai.disclosure;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Who may do what with a request of 淮北市人民政府 filed by citizen-demo: its applicant, the agency's officers and
 * head, everyone else. Another agency's request looks exactly like one that does not exist (404).
 */
@IntegrationTest
class DisclosureAccessIntegrationTests {

    private static final String NUMBER = "{number}";
    private static String number;

    @LocalServerPort
    int port;

    @BeforeEach
    void aRequestOfHuaibei() {
        if (number == null) {
            number = DisclosureTestData.filedNumber(
                    DisclosureTestData.submit(port, DisclosureTestData.application("340600", "权限矩阵")));
        }
    }

    static Stream<Arguments> matrix() {
        String mine = "/api/disclosure/requests/" + NUMBER;
        String staff = "/api/staff/disclosure/requests/" + NUMBER;
        String queue = "/api/staff/disclosure/requests?agency=340600";
        return Stream.of(
                row(null, "GET", mine, 401),
                row("citizen-demo", "GET", mine, 200),
                row("enterprise-demo", "GET", mine, 404),
                row("officer-huaibei", "GET", mine, 404),
                row("citizen-demo", "GET", mine + "/receipt.pdf", 200),
                row("enterprise-demo", "GET", mine + "/receipt.pdf", 404),
                row("enterprise-demo", "POST", mine + "/withdrawal", 404),
                row("enterprise-demo", "POST", mine + "/correction", 400),
                row(null, "GET", staff, 401),
                row("citizen-demo", "GET", staff, 403),
                row("admin", "GET", staff, 403),
                row("auditor", "GET", staff, 403),
                row("officer-huaibei", "GET", staff, 200),
                row("officehead-huaibei", "GET", staff, 200),
                row("officer-suixi", "GET", staff, 404),
                row("dispatcher-huaibei", "GET", staff, 404),
                row("editor-suixi", "GET", staff, 404),
                row("officer-huaibei", "GET", staff + "/receipt.pdf", 200),
                row("officer-suixi", "GET", staff + "/receipt.pdf", 404),
                row("officer-huaibei", "GET", staff + "/earlier", 200),
                row("officer-suixi", "GET", staff + "/earlier", 404),
                row(null, "GET", queue, 401),
                row("citizen-demo", "GET", queue, 403),
                row("officer-huaibei", "GET", queue, 200),
                row("officehead-huaibei", "GET", queue, 200),
                row("officer-suixi", "GET", queue, 404),
                row("dispatcher-huaibei", "GET", queue, 404),
                row("citizen-demo", "POST", staff + "/actions/accept", 403),
                row("officer-suixi", "POST", staff + "/actions/accept", 404),
                row("dispatcher-huaibei", "POST", staff + "/actions/accept", 404),
                row("officer-huaibei", "POST", staff + "/actions/approve-extension", 403),
                row("officehead-huaibei", "POST", staff + "/actions/approve-extension", 409),
                row("officer-huaibei", "POST", staff + "/actions/withdraw", 404),
                row("officer-huaibei", "POST", staff + "/actions/no-such-action", 404),
                row("citizen-demo", "POST", "/api/staff/disclosure/requests", 403),
                row("officer-suixi", "POST", "/api/staff/disclosure/requests", 404),
                row(null, "GET", "/api/disclosure/statistics?agency=340600&year=2026", 200),
                // Not signed in, with no CSRF token either: 401 (sign in), never 403 (your account may not).
                row(null, "POST", "/api/disclosure/requests", 401),
                row(null, "POST", "/api/disclosure/files", 401));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @MethodSource("matrix")
    void answersEachPersonAsTheirRoleAndAgencyAllow(String who, String method, String path, int status) {
        WebTestClient client = who == null ? Api.anonymous(port) : Api.as(who, port);
        String uri = path.replace(NUMBER, number);
        var request = client.method(HttpMethod.valueOf(method)).uri(uri);
        var response = method.equals("POST")
                ? request.bodyValue(
                                uri.endsWith("/api/staff/disclosure/requests")
                                        ? Map.of(
                                                "application",
                                                DisclosureTestData.application("340600", "线下"),
                                                "channel",
                                                "IN_PERSON",
                                                "receivedOn",
                                                "2026-01-05")
                                        : Map.of())
                        .exchange()
                : request.exchange();
        response.expectStatus().isEqualTo(status);
    }

    private static Arguments row(String who, String method, String path, int status) {
        return Arguments.of(who, method, path, status);
    }
}
