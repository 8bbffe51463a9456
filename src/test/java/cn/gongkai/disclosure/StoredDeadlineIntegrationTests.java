package cn.gongkai.disclosure;

import static cn.gongkai.disclosure.DisclosureTestData.CITIZEN;
import static cn.gongkai.disclosure.DisclosureTestData.HEAD;
import static cn.gongkai.disclosure.DisclosureTestData.OFFICER;
import static cn.gongkai.disclosure.DisclosureTestData.application;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The deadline stored beside each request (for the queue's SQL) is the one derived from its timeline, after every
 * kind of transition, whoever makes it.
 */
@IntegrationTest
class StoredDeadlineIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    DatabaseClient database;

    @Test
    void theStoredDeadlineFollowsEveryStepOfTheClock() {
        day("2026-03-02");
        String number = submit("存储期限：完整流程");
        act(number, OFFICER, "request-correction", Map.of("items", List.of("请写明文件名称")));
        day("2026-03-04");
        act(number, OFFICER, "receive-correction", Map.of("correction", Map.of("description", "补正后的描述")));
        act(number, OFFICER, "assign", Map.of("assignee", OFFICER));
        day("2026-03-05");
        act(number, OFFICER, "consult", Map.of("party", "THIRD_PARTY", "partyName", "第三方公司"));
        day("2026-03-12");
        act(number, OFFICER, "receive-opinion", Map.of("opinion", "CONSENTED"));
        act(number, OFFICER, "request-extension", Map.of("workingDays", 5, "reason", "需汇总"));
        act(number, HEAD, "decline-extension", Map.of("reason", "无需延期"));
        act(number, OFFICER, "request-extension", Map.of("workingDays", 10, "reason", "涉及多个部门"));
        act(number, HEAD, "approve-extension", Map.of());
        day("2026-03-16");
        act(number, OFFICER, "notify-fee", Map.of("method", "PER_PAGE", "quantity", 300, "reason", "页数较多"));
        day("2026-03-18");
        act(number, OFFICER, "receive-payment", Map.of());
        day("2026-03-20");
        act(number, OFFICER, "reply", Map.of("outcome", "DISCLOSED", "accessArrangements", "电子邮件发送"));
    }

    @Test
    void theStoredDeadlineFollowsWithdrawalLapseAndAnUnpaidFee() {
        day("2026-04-01");
        String withdrawn = submit("存储期限：撤回");
        Api.as(CITIZEN, port)
                .post()
                .uri("/api/disclosure/requests/" + withdrawn + "/withdrawal")
                .bodyValue(Map.of())
                .exchange()
                .expectStatus()
                .isOk();
        assertStoredEqualsDerived(withdrawn);

        String lapsed = submit("存储期限：逾期未补正");
        act(lapsed, OFFICER, "request-correction", Map.of("items", List.of("请写明年份"), "dueOn", "2026-04-08"));
        day("2026-04-10");
        act(lapsed, OFFICER, "lapse", Map.of());

        day("2026-04-13");
        String unpaid = submit("存储期限：未缴费");
        act(unpaid, OFFICER, "accept", Map.of());
        act(
                unpaid,
                OFFICER,
                "notify-fee",
                Map.of("method", "PER_PAGE", "quantity", 300, "reason", "页数较多", "dueOn", "2026-04-20"));
        day("2026-04-21");
        act(unpaid, OFFICER, "close-unpaid", Map.of());
    }

    private void day(String day) {
        clock.setDay(LocalDate.parse(day));
    }

    private String submit(String title) {
        DisclosureTestData.submit(port, application("340600", title))
                .expectStatus()
                .isCreated();
        String number = DisclosureTestData.latestNumberOf(database, CITIZEN);
        assertStoredEqualsDerived(number);
        return number;
    }

    private void act(String number, String subject, String action, Map<String, Object> form) {
        DisclosureTestData.act(port, subject, number, action, form)
                .expectStatus()
                .isOk();
        assertStoredEqualsDerived(number);
    }

    private void assertStoredEqualsDerived(String number) {
        Map<?, ?> shown = Api.as(OFFICER, port)
                .get()
                .uri("/api/staff/disclosure/requests/" + number)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        Map<?, ?> deadline = (Map<?, ?>) shown.get("deadline");
        Map<String, Object> stored =
                database.sql("""
                        select due_on::text as due_on, provisional_year, deadline_as_of::text as as_of
                        from disclosure_request where number = :number
                        """).bind("number", number).fetch().one().block();
        String step = number + " after " + ((List<?>) shown.get("timeline")).size() + " steps, " + shown.get("state");
        assertThat(stored.get("due_on")).as(step).isEqualTo(deadline.get("dueOn"));
        assertThat(stored.get("provisional_year")).as(step).isEqualTo(deadline.get("provisionalYear"));
        assertThat(stored.get("as_of"))
                .as(step)
                .isEqualTo(clock.instant().atZone(clock.getZone()).toLocalDate().toString());
    }
}
