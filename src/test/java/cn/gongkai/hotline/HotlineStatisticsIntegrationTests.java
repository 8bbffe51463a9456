package cn.gongkai.hotline;

import static cn.gongkai.hotline.HotlineTestData.CITIZEN;
import static cn.gongkai.hotline.HotlineTestData.DISPATCHER;
import static cn.gongkai.hotline.HotlineTestData.ENTERPRISE;
import static cn.gongkai.hotline.HotlineTestData.ENTRY;
import static cn.gongkai.hotline.HotlineTestData.HANDLER_SCJG;
import static cn.gongkai.hotline.HotlineTestData.HANDLER_STHJ;
import static cn.gongkai.hotline.HotlineTestData.MATTER_ENQUIRY;
import static cn.gongkai.hotline.HotlineTestData.MATTER_ENVIRONMENT;
import static cn.gongkai.hotline.HotlineTestData.SCJG;
import static cn.gongkai.hotline.HotlineTestData.STHJ;
import static cn.gongkai.hotline.HotlineTestData.act;
import static cn.gongkai.hotline.HotlineTestData.part;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestClock;
import cn.gongkai.identity.RoleGrants;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The statistics equal the counts made by hand over a month of tickets (September 2025, a month no other test uses)
 * taken through the API on a fixed clock: on time and late acceptances and replies, a reopened ticket's two replies, an
 * unaccepted ticket past both limits, self-service and a dispatcher's knowledge-base answer, and 营商环境 apart.
 */
@IntegrationTest
class HotlineStatisticsIntegrationTests {

    private static final String PERIOD = "from=2025-09-01&to=2025-09-30";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    DatabaseClient database;

    @Autowired
    RoleGrants grants;

    @Autowired
    MeterRegistry meters;

    private static boolean fixtureMade;

    @BeforeEach
    void prepare() {
        HotlineTestData.prepare(database, grants);
        if (!fixtureMade) {
            clearEarlierRuns();
            makeFixture();
            fixtureMade = true;
        }
        clock.setDay(LocalDate.parse("2025-09-30"));
    }

    private void day(String day) {
        clock.setDay(LocalDate.parse(day));
    }

    private String file(String subject, Map<String, Object> form) {
        form.put("happenedOn", "2025-08-30");
        return (String) HotlineTestData.created(Api.as(subject, port), form).get("number");
    }

    private void ok(String subject, String number, String action, Map<String, ?> body) {
        act(port, subject, number, action, body).expectStatus().isOk();
    }

    private void rate(String subject, String number, String rating) {
        Api.as(subject, port)
                .post()
                .uri("/api/hotline/tickets/" + number + "/rating")
                .bodyValue(Map.of("rating", rating, "comment", ""))
                .exchange()
                .expectStatus()
                .isOk();
    }

    /**
     * The month belongs to this test alone: a run against a database an earlier run used first removes that run's
     * tickets (their timeline is append-only for the application, not for the tables' owner).
     */
    private void clearEarlierRuns() {
        clearEarlierRuns("2025-09-01", "2025-09-30");
    }

    private void clearEarlierRuns(String first, String last) {
        String days = "received_on between '" + first + "' and '" + last + "'";
        String month = "(select id from hotline_ticket where " + days + ")";
        for (String statement : List.of(
                "delete from hotline_reply where ticket_id in " + month,
                "delete from hotline_submission_key where ticket_id in " + month,
                "delete from hotline_attachment where ticket_id in " + month,
                "alter table hotline_event disable trigger hotline_event_append_only",
                "delete from hotline_event where ticket_id in " + month,
                "alter table hotline_event enable trigger hotline_event_append_only",
                "delete from hotline_ticket where " + days)) {
            database.sql(statement).then().block();
        }
    }

    /** Seven tickets; the expected figures in the test below are counted from these lines. */
    private void makeFixture() {
        day("2025-09-01"); // Monday
        // T1 complaint: accepted on time (due 09-02), replied on time, 满意.
        String t1 = file(CITIZEN, HotlineTestData.ticket("COMPLAINT", MATTER_ENVIRONMENT, "统计：噪声一"));
        ok(DISPATCHER, t1, "dispatch", Map.of("leadDepartmentId", STHJ));
        // T2 enterprise's 营商环境 complaint: accepted late, replied on time twice (不满意, then 基本满意).
        String t2 = file(ENTERPRISE, HotlineTestData.enterpriseComplaint("统计：营商环境"));
        ok(DISPATCHER, t2, "dispatch", Map.of("leadDepartmentId", SCJG));
        day("2025-09-02");
        ok(HANDLER_STHJ, t1, "accept", Map.of());
        // T3 enquiry: accepted on time, replied late (2 working days: due 09-04).
        String t3 = file(CITIZEN, HotlineTestData.ticket("ENQUIRY", MATTER_ENQUIRY, "统计：咨询执照"));
        ok(DISPATCHER, t3, "dispatch", Map.of("leadDepartmentId", SCJG));
        ok(HANDLER_SCJG, t3, "accept", Map.of());
        day("2025-09-03");
        ok(HANDLER_STHJ, t1, "reply", Map.of("text", "已责令整改。"));
        // T4 enquiry the person ends with a knowledge-base answer: self-service.
        Map<String, Object> selfService = HotlineTestData.ticket("ENQUIRY", MATTER_ENQUIRY, "统计：自助");
        selfService.put("answeredByEntryId", ENTRY.toString());
        file(CITIZEN, selfService);
        // T5 enquiry the dispatcher answers from the knowledge base: not self-service.
        String t5 = file(CITIZEN, HotlineTestData.ticket("ENQUIRY", MATTER_ENQUIRY, "统计：派单员知识库"));
        ok(DISPATCHER, t5, "answer-from-knowledge-base", Map.of("entryId", ENTRY.toString()));
        day("2025-09-04");
        rate(CITIZEN, t1, "SATISFIED");
        ok(HANDLER_SCJG, t2, "accept", Map.of());
        day("2025-09-05");
        ok(HANDLER_SCJG, t2, "reply", Map.of("text", "已约谈窗口。"));
        rate(ENTERPRISE, t2, "UNSATISFIED");
        day("2025-09-08");
        ok(HANDLER_SCJG, t2, "reply", Map.of("text", "已督促整改。"));
        rate(ENTERPRISE, t2, "BASICALLY_SATISFIED");
        day("2025-09-10");
        ok(HANDLER_SCJG, t3, "reply", Map.of("text", "请到政务服务中心办理。"));
        // T6 help: dispatched, never accepted: by 09-30 late for acceptance and for its reply (due 09-17).
        String t6 = file(CITIZEN, HotlineTestData.ticket("HELP", MATTER_ENVIRONMENT, "统计：求助"));
        ok(DISPATCHER, t6, "dispatch", Map.of("leadDepartmentId", STHJ));
        day("2025-09-29");
        // T7 suggestion, not dispatched yet: counted, owes nothing yet.
        file(CITIZEN, HotlineTestData.ticket("SUGGESTION", MATTER_ENVIRONMENT, "统计：建议"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> statistics(WebTestClient client, String path) {
        return client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFiguresEqualTheHandCounts() {
        Map<String, Object> found = statistics(HotlineTestData.anonymous(port), "/api/hotline/statistics?" + PERIOD);
        assertThat(part(found, "totals"))
                .containsEntry("tickets", 7)
                .containsEntry("businessEnvironment", 1)
                .containsEntry("acceptanceDue", 4)
                .containsEntry("acceptedOnTime", 2)
                .containsEntry("onTimeAcceptanceRate", 0.5)
                .containsEntry("repliesDue", 5)
                .containsEntry("repliedOnTime", 3)
                .containsEntry("onTimeReplyRate", 0.6)
                .containsEntry("rated", 3)
                .containsEntry("satisfied", 2)
                .containsEntry("satisfactionRate", 0.6667)
                .containsEntry("selfService", 1);
        assertThat(part(found, "businessEnvironment"))
                .containsEntry("tickets", 1)
                .containsEntry("acceptanceDue", 1)
                .containsEntry("acceptedOnTime", 0)
                .containsEntry("repliesDue", 2)
                .containsEntry("repliedOnTime", 2)
                .containsEntry("rated", 2)
                .containsEntry("satisfied", 1);

        List<Map<String, Object>> byType = (List<Map<String, Object>>) found.get("byType");
        assertThat(byType)
                .extracting(row -> row.get("type") + "=" + part(row, "figures").get("tickets"))
                .containsExactly("ENQUIRY=3", "HELP=1", "COMPLAINT=2", "REPORT=0", "SUGGESTION=1");
        List<Map<String, Object>> byCategory = (List<Map<String, Object>>) found.get("byCategory");
        assertThat(byCategory)
                .extracting(row -> row.get("code") + "=" + part(row, "figures").get("tickets"))
                .containsExactly("TEST-SCJG-ZX=3", "TEST-STHJ-ZS=3", "TEST-SCJG-YSHJ=1");
        assertThat(byCategory.get(2)).containsEntry("businessEnvironment", true);
        List<Map<String, Object>> byDepartment = (List<Map<String, Object>>) found.get("byDepartment");
        assertThat(byDepartment)
                .extracting(row -> (row.get("department") == null
                                ? "none"
                                : part(row, "department").get("code"))
                        + "=" + part(row, "figures").get("tickets"))
                .containsExactly("none=3", "340600-scjgj=2", "340600-sthjj=2");
        assertThat((List<Map<String, Object>>) found.get("byMonth"))
                .extracting(row -> row.get("month") + "=" + part(row, "figures").get("tickets"))
                .containsExactly("2025-09=7");
        assertThat((List<Map<String, Object>>) found.get("topTopics"))
                .extracting(row -> row.get("code") + "=" + row.get("tickets"))
                .containsExactly("TEST-SCJG-ZX=3", "TEST-STHJ-ZS=3", "TEST-SCJG-YSHJ=1");

        // One department, publicly by its code, and as its own handler sees it.
        Map<String, Object> sthj = statistics(
                HotlineTestData.anonymous(port), "/api/hotline/statistics?" + PERIOD + "&agency=340600-sthjj");
        assertThat(part(sthj, "agency")).containsEntry("code", "340600-sthjj");
        assertThat(part(sthj, "totals"))
                .containsEntry("tickets", 2)
                .containsEntry("acceptanceDue", 2)
                .containsEntry("acceptedOnTime", 1)
                .containsEntry("repliesDue", 2)
                .containsEntry("repliedOnTime", 1);
        assertThat(part(statistics(Api.as(HANDLER_STHJ, port), "/api/staff/hotline/statistics?" + PERIOD), "totals"))
                .isEqualTo(part(sthj, "totals"));
        assertThat(part(statistics(Api.as(DISPATCHER, port), "/api/staff/hotline/statistics?" + PERIOD), "totals"))
                .isEqualTo(part(found, "totals"));
        // A period with no tickets has zeros and no rates.
        assertThat(part(
                        statistics(
                                HotlineTestData.anonymous(port),
                                "/api/hotline/statistics?from=2025-05-01&to=2025-05-31"),
                        "totals"))
                .containsEntry("tickets", 0)
                .containsEntry("onTimeReplyRate", null);
    }

    @Test
    void badPeriodsAreRefusedNamingTheField() {
        WebTestClient anonymous = HotlineTestData.anonymous(port);
        for (String[] bad : new String[][] {
            {"from=2025-10-01&to=2025-09-01", "from"},
            {"from=2021-01-01&to=2025-01-02", "from"},
            {"from=2025-13-01&to=2025-12-31", "from"},
            {"from=2025-09-01&to=yesterday", "to"},
            {PERIOD + "&agency=no-such-agency", "agency"}
        }) {
            anonymous
                    .get()
                    .uri("/api/hotline/statistics?" + bad[0])
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.errors[0].field")
                    .isEqualTo(bad[1]);
        }
        Api.as(DISPATCHER, port)
                .get()
                .uri("/api/staff/hotline/statistics?from=2025-09-30&to=2025-09-01")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("from");
        HotlineTestData.anonymous(port)
                .get()
                .uri("/api/staff/hotline/statistics")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    /**
     * The public's figures of a period are answered from what the instance computed (a hit of cache.gets), so a ticket
     * filed meanwhile shows in them only once they are computed again; the staff's are computed for each request, and
     * never kept.
     * November 2024 belongs to this test alone.
     */
    @Test
    void thePublicFiguresAreComputedOnceWhileTheStaffsAreComputedForEachRequest() {
        clearEarlierRuns("2024-11-01", "2024-11-30");
        day("2024-11-15");
        String period = "from=2024-11-01&to=2024-11-30";
        double hits = publicGets("hit");
        assertThat(part(statistics(HotlineTestData.anonymous(port), "/api/hotline/statistics?" + period), "totals"))
                .containsEntry("tickets", 0);
        assertThat(part(statistics(HotlineTestData.anonymous(port), "/api/hotline/statistics?" + period), "totals"))
                .containsEntry("tickets", 0);
        assertThat(publicGets("hit")).isEqualTo(hits + 1);

        Map<String, Object> form = HotlineTestData.ticket("HELP", MATTER_ENVIRONMENT, "统计：缓存");
        form.put("happenedOn", "2024-11-14");
        HotlineTestData.created(Api.as(CITIZEN, port), form);
        double gets = publicGets("hit") + publicGets("miss");
        assertThat(part(statistics(Api.as(DISPATCHER, port), "/api/staff/hotline/statistics?" + period), "totals"))
                .containsEntry("tickets", 1);
        assertThat(publicGets("hit") + publicGets("miss")).isEqualTo(gets);
        assertThat(part(statistics(HotlineTestData.anonymous(port), "/api/hotline/statistics?" + period), "totals"))
                .containsEntry("tickets", 0);
        assertThat(publicGets("hit")).isEqualTo(hits + 2);
    }

    private double publicGets(String result) {
        return meters.get("cache.gets")
                .tag("cache", "hotline-statistics")
                .tag("result", result)
                .counter()
                .count();
    }
}
