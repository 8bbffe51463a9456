package cn.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.BrowserSession;
import cn.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

@IntegrationTest
class SecurityIntegrationTests {

    private static final String HUAIBEI_STAFF = "/api/staff/agencies/340600/staff";
    private static final String SUIXI_STAFF = "/api/staff/agencies/340621/staff";

    @LocalServerPort
    int port;

    @Test
    void anonymousCallerOfAStaffEndpointGets401ProblemNotARedirect() {
        Api.anonymous(port)
                .get()
                .uri(HUAIBEI_STAFF)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:unauthenticated");
    }

    @Test
    void anonymousChangeIsTold401ToSignInNotThatTheAccountLacksPermission() {
        Api.anonymous(port)
                .post()
                .uri("/api/disclosure/requests")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("WWW-Authenticate", "Bearer realm=\"gongkai\"")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:unauthenticated")
                .jsonPath("$.detail")
                .isEqualTo("此功能需要登录后使用。");
    }

    @Test
    void citizenTokenOnAStaffEndpointGets403Problem() {
        Api.as("citizen-demo", port)
                .get()
                .uri(HUAIBEI_STAFF)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:forbidden");
    }

    @Test
    void officerSeesOwnAgencyAndNotAnotherAgencysRecords() {
        Api.as("officer-huaibei", port)
                .get()
                .uri(HUAIBEI_STAFF)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.subject == 'officer-huaibei')].role")
                .isEqualTo("DISCLOSURE_OFFICER");
        Api.as("officer-huaibei", port)
                .get()
                .uri(SUIXI_STAFF)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:not-found");
    }

    @Test
    void invalidBearerTokenIs401() {
        Api.anonymous(port)
                .get()
                .uri("/api/me")
                .header("Authorization", "Bearer not-a-token")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void adminEndpointsNeedTheAdministrator() {
        Api.as("officer-huaibei", port)
                .post()
                .uri("/api/admin/role-grants")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"subject\":\"officer-huaibei\",\"role\":\"SYSTEM_ADMINISTRATOR\"}")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @ParameterizedTest(name = "{0} signs in through the OIDC flow as {1}")
    @CsvSource({
        "citizen-demo, CITIZEN, ",
        "enterprise-demo, ENTERPRISE_REPRESENTATIVE, ",
        "officer-huaibei, DISCLOSURE_OFFICER, 淮北市人民政府",
        "officehead-huaibei, OGI_OFFICE_HEAD, 淮北市人民政府",
        "officer-suixi, DISCLOSURE_OFFICER, 濉溪县人民政府",
        "dispatcher-huaibei, HOTLINE_DISPATCHER, 淮北市人民政府",
        "handler-huaibei-scjg, DEPARTMENT_HANDLER, 淮北市市场监督管理局",
        "handler-huaibei-sthj, DEPARTMENT_HANDLER, 淮北市生态环境局",
        "editor-suixi, REPORT_EDITOR, 濉溪县人民政府",
        "publisher-suixi, REPORT_PUBLISHER, 濉溪县人民政府",
        "admin, SYSTEM_ADMINISTRATOR, ",
        "auditor, SECURITY_AUDITOR, "
    })
    void eachDemoRoleSignsInThroughTheRealOidcFlow(String subject, String role, String agency) throws Exception {
        BrowserSession browser = BrowserSession.signIn(port, subject);
        var me = browser.get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"subject\":\"" + subject + "\"", "\"role\":\"" + role + "\"");
        if (agency != null) {
            assertThat(me.body()).contains("\"agencyName\":\"" + agency + "\"");
        }
    }

    @Test
    void browserSessionNeedsTheCsrfTokenToChangeAnything() throws Exception {
        BrowserSession browser = BrowserSession.signIn(port, "citizen-demo");
        var refused = browser.post("/logout", false);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("urn:problem-type:gongkai:csrf").contains("请刷新页面后重试");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);
        assertThat(browser.post("/logout", true).statusCode()).isEqualTo(204);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void newPersonSigningInBecomesACitizen() throws Exception {
        String subject = "new-person-" + System.nanoTime();
        var me = BrowserSession.signIn(port, subject).get("/api/me");
        assertThat(me.body()).contains("\"role\":\"CITIZEN\"").doesNotContain("OFFICER");
    }

    @ParameterizedTest(name = "{0} from {1} lands on {2}")
    @CsvSource({
        "citizen-demo, /disclosure/apply/agency, /disclosure/apply/agency",
        "citizen-demo, '/hotline/board?q=%E8%B7%AF%E7%81%AF', '/hotline/board?q=%E8%B7%AF%E7%81%AF'",
        "citizen-demo, https://evil.example/, /me",
        "citizen-demo, //evil.example/, /me",
        "citizen-demo, /\\evil.example, /me",
        "officer-huaibei, /disclosure/apply/agency, /staff",
        "officer-huaibei, /staff/disclosure, /staff/disclosure",
        "auditor, /, /staff",
    })
    void signingInLandsStaffOnTheConsoleAndOthersWhereTheyCameFromOnThisSiteOnly(
            String subject, String from, String landing) throws Exception {
        BrowserSession browser = BrowserSession.signIn(port, subject, from);
        assertThat(browser.landing()).isEqualTo(landing);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void signingInWithoutAPageLandsOnMine() throws Exception {
        assertThat(BrowserSession.signIn(port, "citizen-demo").landing()).isEqualTo("/me");
        assertThat(BrowserSession.signIn(port, "dispatcher-huaibei").landing()).isEqualTo("/staff");
    }
}
