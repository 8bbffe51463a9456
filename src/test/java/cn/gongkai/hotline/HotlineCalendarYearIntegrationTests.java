package cn.gongkai.hotline;

import static cn.gongkai.hotline.HotlineTestData.CITIZEN;
import static cn.gongkai.hotline.HotlineTestData.DISPATCHER;
import static cn.gongkai.hotline.HotlineTestData.HANDLER_SCJG;
import static cn.gongkai.hotline.HotlineTestData.SCJG;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestClock;
import cn.gongkai.calendar.CalendarTestYears;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.identity.RoleGrants;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * December, with next year's holidays not yet entered (the test calendar holds 2025 and 2026): tickets' limits falling
 * in 2027 are provisional (预计) in the ticket and in the queue; entering the year recomputes the dates stored for the
 * queues, writes a timeline entry, and the queue no longer says 预计. Closed tickets are left as they were.
 */
@IntegrationTest
// Entering a year reaches past the calendar itself (the year's estimates held by the context): a fresh context after.
@DirtiesContext
class HotlineCalendarYearIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    DatabaseClient database;

    @Autowired
    RoleGrants grants;

    @Autowired
    WorkingDays workingDays;

    @BeforeEach
    void prepare() {
        HotlineTestData.prepare(database, grants);
    }

    @AfterEach
    void forget2027() {
        CalendarTestYears.forget(2027, database, workingDays);
    }

    @Test
    void enteringTheYearMakesProvisionalLimitsFinalInTheTicketTheStoreAndTheQueue() {
        clock.setDay(LocalDate.parse("2026-12-21"));
        String running = submit("跨年时限：办理中");
        act(running, DISPATCHER, "dispatch", Map.of("leadDepartmentId", SCJG));
        act(running, HANDLER_SCJG, "accept", Map.of());
        String waiting = submit("跨年时限：待签收");
        act(waiting, DISPATCHER, "dispatch", Map.of("leadDepartmentId", SCJG));
        String closed = submit("跨年时限：已办结");
        act(closed, DISPATCHER, "dispatch", Map.of("leadDepartmentId", SCJG));
        act(closed, HANDLER_SCJG, "accept", Map.of());
        act(closed, HANDLER_SCJG, "reply", Map.of("text", "已处理"));
        Api.as(CITIZEN, port)
                .post()
                .uri("/api/hotline/tickets/" + closed + "/rating")
                .bodyValue(Map.of("rating", "SATISFIED"))
                .exchange()
                .expectStatus()
                .isOk();

        Map<?, ?> before = deadlines(running);
        assertThat(before.get("provisional")).isEqualTo(true);
        assertThat(before.get("replyDueOn").toString()).startsWith("2027-01");
        assertThat(queueItem(running).get("provisional")).isEqualTo(true);
        assertThat(storedProvisionalYear(running)).isEqualTo(2027);
        assertThat(storedProvisionalYear(closed)).isEqualTo(2027);

        clock.setDay(LocalDate.parse("2026-12-28"));
        Api.as("admin", port)
                .post()
                .uri("/api/admin/calendar/years")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CalendarTestYears.YEAR_2027)
                .exchange()
                .expectStatus()
                .isCreated();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while ((confirmations(running) == 0 || confirmations(waiting) == 0) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }

        // 4 January is a holiday after all: the reply is due one working day later than estimated, and final.
        Map<?, ?> after = deadlines(running);
        assertThat(after.get("provisional")).isEqualTo(false);
        assertThat(LocalDate.parse(after.get("replyDueOn").toString()))
                .isAfter(LocalDate.parse(before.get("replyDueOn").toString()));
        assertStoredEqualsDerived(running);
        assertStoredEqualsDerived(waiting);
        assertThat(queueItem(running).get("provisional")).isEqualTo(false);
        assertThat(queueItem(waiting).get("provisional")).isEqualTo(false);
        assertThat(storedProvisionalYear(running)).isNull();

        // The person sees why the date moved; the closed ticket's timeline is as it was.
        Map<String, Object> seen = track(running);
        List<?> timeline = (List<?>) seen.get("timeline");
        Map<?, ?> last = (Map<?, ?>) timeline.get(timeline.size() - 1);
        assertThat(last.get("type")).isEqualTo("DEADLINES_CONFIRMED");
        assertThat(last.get("note")).isEqualTo("2027年节假日安排已录入，答复期限确定为" + after.get("replyDueOn"));
        assertThat(confirmations(running)).isEqualTo(1);
        assertThat(confirmations(closed)).isZero();
        assertThat(HotlineTestData.staffView(port, DISPATCHER, closed)).containsEntry("state", "CLOSED");
    }

    private String submit(String title) {
        Map<String, Object> form = HotlineTestData.ticket("COMPLAINT", HotlineTestData.MATTER_ENVIRONMENT, title);
        form.remove("happenedOn");
        return (String) HotlineTestData.created(Api.as(CITIZEN, port), form).get("number");
    }

    private void act(String number, String subject, String action, Map<String, Object> form) {
        HotlineTestData.act(port, subject, number, action, form).expectStatus().isOk();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> track(String number) {
        return Api.as(CITIZEN, port)
                .get()
                .uri("/api/hotline/tickets/" + number)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    private Map<?, ?> deadlines(String number) {
        return (Map<?, ?>) HotlineTestData.staffView(port, DISPATCHER, number).get("deadlines");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> queueItem(String number) {
        Map<String, Object> page = Api.as(DISPATCHER, port)
                .get()
                .uri("/api/staff/hotline/tickets?q=" + number)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return ((List<Map<String, Object>>) page.get("items"))
                .stream()
                        .filter(item -> number.equals(item.get("number")))
                        .findFirst()
                        .orElseThrow();
    }

    private Integer storedProvisionalYear(String number) {
        return (Integer) database.sql("select provisional_year from hotline_ticket where number = :number")
                .bind("number", number)
                .fetch()
                .one()
                .block()
                .get("provisional_year");
    }

    private long confirmations(String number) {
        return database.sql("""
                        select count(*) as n from hotline_event e join hotline_ticket t on t.id = e.ticket_id
                        where t.number = :number and e.type = 'DEADLINES_CONFIRMED'
                        """)
                .bind("number", number)
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
    }

    private void assertStoredEqualsDerived(String number) {
        Map<?, ?> shown = deadlines(number);
        Map<String, Object> stored =
                database.sql("""
                        select acceptance_due_on::text as acceptance, reply_due_on::text as reply,
                            provisional_year is not null as provisional
                        from hotline_ticket where number = :number
                        """).bind("number", number).fetch().one().block();
        assertThat(stored.get("acceptance")).as(number).isEqualTo(shown.get("acceptanceDueOn"));
        assertThat(stored.get("reply")).as(number).isEqualTo(shown.get("replyDueOn"));
        assertThat(stored.get("provisional")).as(number).isEqualTo(shown.get("provisional"));
    }
}
