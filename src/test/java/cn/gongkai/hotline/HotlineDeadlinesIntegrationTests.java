package cn.gongkai.hotline;

import static cn.gongkai.hotline.HotlineTestData.CITIZEN;
import static cn.gongkai.hotline.HotlineTestData.DISPATCHER;
import static cn.gongkai.hotline.HotlineTestData.HANDLER_SCJG;
import static cn.gongkai.hotline.HotlineTestData.SCJG;
import static cn.gongkai.hotline.HotlineTestData.STHJ;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestClock;
import cn.gongkai.identity.RoleGrants;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The time limits of tickets through the service: across Spring Festival and the National Day holidays with their
 * make-up working weekends; the deadlines stored beside each ticket (for the queues' SQL) equal those derived from its
 * timeline after every transition; replies nobody rated close when the rating window is over.
 */
@IntegrationTest
class HotlineDeadlinesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    DatabaseClient database;

    @Autowired
    RoleGrants grants;

    @Autowired
    HotlineTickets tickets;

    @BeforeEach
    void prepare() {
        HotlineTestData.prepare(database, grants);
    }

    @ParameterizedTest(name = "{0} dispatched on {1}: accept by {2}, reply by {3}")
    @CsvSource({
        // Friday before Spring Festival: the Saturday 14 February is a working day, 15–23 February are not.
        "COMPLAINT, 2026-02-13, 2026-02-14, 2026-03-12",
        "ENQUIRY,   2026-02-13, 2026-02-14, 2026-02-24",
        // The eve of the National Day holiday: 1–7 October off, Saturday 10 October worked.
        "ENQUIRY,   2026-09-30, 2026-10-08, 2026-10-09",
        "HELP,      2026-09-30, 2026-10-08, 2026-10-13",
        // Friday before the National Day make-up Sunday 20 September.
        "ENQUIRY,   2026-09-18, 2026-09-20, 2026-09-21",
        "SUGGESTION, 2026-09-25, 2026-09-28, 2026-10-22"
    })
    void timeLimitsCountWorkingDaysOnTheHolidayCalendar(
            String type, LocalDate dispatchedOn, LocalDate acceptBy, LocalDate replyBy) {
        clock.setDay(dispatchedOn);
        String number = submit(type, "时限：" + type + dispatchedOn);
        Map<String, Object> dispatched = act(number, DISPATCHER, "dispatch", Map.of("leadDepartmentId", SCJG));
        Map<?, ?> deadlines = (Map<?, ?>) dispatched.get("deadlines");
        assertThat(deadlines.get("acceptanceDueOn")).isEqualTo(acceptBy.toString());
        assertThat(deadlines.get("replyDueOn")).isEqualTo(replyBy.toString());
        assertThat(deadlines.get("provisional")).isEqualTo(false);
        assertStoredEqualsDerived(number);

        // The day after the last day to accept, an unaccepted ticket is overdue; the queue's SQL says the same.
        clock.setDay(acceptBy.plusDays(1));
        assertThat(((Map<?, ?>) HotlineTestData.staffView(port, DISPATCHER, number)
                                .get("deadlines"))
                        .get("overdue"))
                .isEqualTo(true);
        assertThat(overdueInQueue(number)).isTrue();
    }

    @Test
    void aReplyDueInAYearNotYetEnteredIsProvisional() {
        clock.setDay(LocalDate.parse("2026-12-21"));
        String number = submit("COMPLAINT", "时限：跨年");
        Map<?, ?> deadlines = (Map<?, ?>) act(number, DISPATCHER, "dispatch", Map.of("leadDepartmentId", SCJG))
                .get("deadlines");
        assertThat(deadlines.get("provisional")).isEqualTo(true);
        assertThat(deadlines.get("replyDueOn").toString()).startsWith("2027-01");
        assertStoredEqualsDerived(number);
    }

    @Test
    void theStoredDeadlinesFollowEveryTransition() {
        clock.setDay(LocalDate.parse("2026-03-02"));
        String number = submit("COMPLAINT", "存储期限：完整流程");
        act(number, DISPATCHER, "dispatch", Map.of("leadDepartmentId", SCJG, "urgent", false));
        act(number, HANDLER_SCJG, "return", Map.of("reason", "不属本单位"));
        clock.setDay(LocalDate.parse("2026-03-03"));
        act(number, DISPATCHER, "dispatch", Map.of("leadDepartmentId", SCJG, "assistingDepartmentIds", List.of(STHJ)));
        act(number, HANDLER_SCJG, "accept", Map.of());
        act(number, HANDLER_SCJG, "request-extension", Map.of("workingDays", 5, "reason", "需现场核查"));
        act(number, DISPATCHER, "decline-extension", Map.of("reason", "时限充足"));
        act(number, HANDLER_SCJG, "request-extension", Map.of("workingDays", 3, "reason", "需联合执法"));
        clock.setDay(LocalDate.parse("2026-03-05"));
        act(number, DISPATCHER, "approve-extension", Map.of());
        clock.setDay(LocalDate.parse("2026-03-10"));
        act(number, HANDLER_SCJG, "reply", Map.of("text", "已联合执法"));
        rate(number, "UNSATISFIED");
        clock.setDay(LocalDate.parse("2026-03-12"));
        act(number, HANDLER_SCJG, "reply", Map.of("text", "已再次处理"));

        // Urgent: due in hours, by the instant.
        clock.setDay(LocalDate.parse("2026-03-16"));
        String urgent = submit("HELP", "存储期限：紧急");
        Map<String, Object> dispatched =
                act(urgent, DISPATCHER, "dispatch", Map.of("leadDepartmentId", SCJG, "urgent", true));
        assertThat(dispatched).containsEntry("urgent", true);
        assertThat(database.sql("select due_at is not null as exact from hotline_ticket where number = :number")
                        .bind("number", urgent)
                        .map(row -> row.get("exact", Boolean.class))
                        .one()
                        .block())
                .isTrue();
        clock.set(clock.instant().plusSeconds(3 * 3600));
        assertThat(overdueInQueue(urgent)).isTrue();
    }

    @Test
    void repliesNobodyRatedCloseWhenTheWindowIsOver() {
        clock.setDay(LocalDate.parse("2026-04-01"));
        String number = submit("HELP", "未评价自动办结");
        act(number, DISPATCHER, "dispatch", Map.of("leadDepartmentId", SCJG));
        act(number, HANDLER_SCJG, "accept", Map.of());
        act(number, HANDLER_SCJG, "reply", Map.of("text", "已答复"));

        clock.setDay(LocalDate.parse("2026-04-08"));
        tickets.closeUnrated().block();
        assertThat(HotlineTestData.staffView(port, DISPATCHER, number)).containsEntry("state", "REPLIED");

        clock.setDay(LocalDate.parse("2026-04-09"));
        assertThat(tickets.closeUnrated().block()).isPositive();
        Map<String, Object> closed = HotlineTestData.staffView(port, DISPATCHER, number);
        assertThat(closed).containsEntry("state", "CLOSED");
        assertThat(((List<?>) closed.get("timeline"))).hasSize(5);
        assertStoredEqualsDerived(number);
        Api.as(CITIZEN, port)
                .post()
                .uri("/api/hotline/tickets/" + number + "/rating")
                .bodyValue(Map.of("rating", "SATISFIED"))
                .exchange()
                .expectStatus()
                .isEqualTo(409);
    }

    private String submit(String type, String title) {
        Map<String, Object> form = HotlineTestData.ticket(type, HotlineTestData.MATTER_ENVIRONMENT, title);
        form.remove("happenedOn");
        String number =
                (String) HotlineTestData.created(Api.as(CITIZEN, port), form).get("number");
        assertStoredEqualsDerived(number);
        return number;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> act(String number, String subject, String action, Map<String, Object> form) {
        Map<String, Object> shown = HotlineTestData.act(port, subject, number, action, form)
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertStoredEqualsDerived(number);
        return shown;
    }

    private void rate(String number, String rating) {
        Api.as(CITIZEN, port)
                .post()
                .uri("/api/hotline/tickets/" + number + "/rating")
                .bodyValue(Map.of("rating", rating))
                .exchange()
                .expectStatus()
                .isOk();
        assertStoredEqualsDerived(number);
    }

    @SuppressWarnings("unchecked")
    private boolean overdueInQueue(String number) {
        Map<String, Object> page = Api.as(DISPATCHER, port)
                .get()
                .uri("/api/staff/hotline/tickets?overdue=true&q=" + number)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().anyMatch(item -> number.equals(item.get("number")));
    }

    /** The dates stored for the queue's SQL are those the timeline gives, as of today. */
    private void assertStoredEqualsDerived(String number) {
        Map<String, Object> shown = HotlineTestData.staffView(port, DISPATCHER, number);
        Map<?, ?> deadlines = (Map<?, ?>) shown.get("deadlines");
        Map<String, Object> stored =
                database.sql("""
                        select acceptance_due_on::text as acceptance, reply_due_on::text as reply,
                            rating_due_on::text as rating, provisional_year is not null as provisional,
                            deadline_as_of::text as as_of, state
                        from hotline_ticket where number = :number
                        """).bind("number", number).fetch().one().block();
        String step = number + " after " + ((List<?>) shown.get("timeline")).size() + " steps, " + shown.get("state");
        assertThat(stored.get("state")).as(step).isEqualTo(shown.get("state"));
        assertThat(stored.get("acceptance")).as(step).isEqualTo(deadlines.get("acceptanceDueOn"));
        assertThat(stored.get("reply")).as(step).isEqualTo(deadlines.get("replyDueOn"));
        assertThat(stored.get("rating")).as(step).isEqualTo(deadlines.get("ratingDueOn"));
        assertThat(stored.get("provisional")).as(step).isEqualTo(deadlines.get("provisional"));
        assertThat(stored.get("as_of"))
                .as(step)
                .isEqualTo(clock.instant().atZone(clock.getZone()).toLocalDate().toString());
        boolean inOverdueQueue = overdueInQueue(number);
        assertThat(inOverdueQueue).as(step + ": overdue in the queue").isEqualTo(deadlines.get("overdue"));
    }
}
