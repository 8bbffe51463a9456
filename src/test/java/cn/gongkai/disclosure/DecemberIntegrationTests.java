package cn.gongkai.disclosure;

import static cn.gongkai.disclosure.DisclosureTestData.CITIZEN;
import static cn.gongkai.disclosure.DisclosureTestData.OFFICER;
import static cn.gongkai.disclosure.DisclosureTestData.application;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestClock;
import cn.gongkai.calendar.CalendarTestYears;
import cn.gongkai.calendar.WorkingDays;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * December, with next year's holiday arrangement not yet entered (the test calendar holds 2025 and 2026): the
 * portal keeps working on provisional dates, refuses only what truly needs the missing year, and makes the dates
 * final when the year is entered.
 */
@IntegrationTest
class DecemberIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    DatabaseClient database;

    @Autowired
    WorkingDays workingDays;

    @AfterEach
    void forget2027() {
        CalendarTestYears.forget(2027, database, workingDays);
    }

    @Test
    void aDecemberRequestHasAProvisionalDeadlineUntilTheYearIsEnteredThenAFinalOne() throws Exception {
        clock.setDay(LocalDate.parse("2026-12-15"));
        Api.anonymous(port)
                .get()
                .uri("/api/calendar/pending-year")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.year")
                .isEqualTo(2027)
                .jsonPath("$.due")
                .isEqualTo(true)
                .jsonPath("$.notice")
                .isEqualTo("国务院办公厅关于2027年部分节假日安排的通知");

        // 12 working days left in December; 2027 estimated: 1 January off, then 4 to 13 January.
        submit(application("340600", "十二月的申请"))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.deadline.dueOn")
                .isEqualTo("2027-01-13")
                .jsonPath("$.deadline.dueOnProvisional")
                .isEqualTo(true)
                .jsonPath("$.deadline.provisionalYear")
                .isEqualTo(2027)
                .jsonPath("$.deadline.explanation[1]")
                .isEqualTo("答复期限：2027年1月13日。")
                .jsonPath("$.deadline.explanation[2]")
                .isEqualTo("标“预计”的日期在2027年：国务院办公厅尚未公布（或本网站尚未录入）2027年节假日安排，暂按法定节假日推算，录入后确定。");
        String running = DisclosureTestData.latestNumberOf(database, CITIZEN);
        String receipt = "/api/disclosure/requests/" + running + "/receipt.pdf";
        assertThat(DisclosureTestData.pdfText(pdf(receipt))).contains("答复期限2027年1月13日（预计）");
        Api.as(OFFICER, port)
                .get()
                .uri("/api/staff/disclosure/requests/" + running)
                .exchange()
                .expectBody()
                .jsonPath("$.deadline.correctionNoticeDueOn")
                .isEqualTo("2026-12-24")
                .jsonPath("$.deadline.correctionNoticeDueOnProvisional")
                .isEqualTo(false);
        Api.as(OFFICER, port)
                .get()
                .uri("/api/staff/disclosure/requests?q=十二月的申请")
                .exchange()
                .expectBody()
                .jsonPath("$.items[0].dueOn")
                .isEqualTo("2027-01-13")
                .jsonPath("$.items[0].dueOnProvisional")
                .isEqualTo(true);

        // Every date of a correction notice today is known: it is not blocked by the missing year.
        submit(application("340600", "十二月需补正的申请")).expectStatus().isCreated();
        String corrected = DisclosureTestData.latestNumberOf(database, CITIZEN);
        act(corrected, "request-correction", Map.of("items", List.of("请写明文件名称")))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("AWAITING_CORRECTION")
                .jsonPath("$.deadline.correctionDueOn")
                .isEqualTo("2027-01-06");

        // In January, still without the arrangement, asking for a correction of a request received on 30 December
        // depends on 2027's working days: that alone is refused, naming the year to enter.
        clock.setDay(LocalDate.parse("2026-12-30"));
        submit(application("340600", "年末的申请")).expectStatus().isCreated();
        String lateDecember = DisclosureTestData.latestNumberOf(database, CITIZEN);
        clock.setDay(LocalDate.parse("2027-01-05"));
        act(lateDecember, "request-correction", Map.of("items", List.of("请写明年份")))
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:calendar-year-missing")
                .jsonPath("$.detail")
                .isEqualTo("2027年的法定节假日安排尚未录入，无法计算工作日。");
        act(lateDecember, "accept", Map.of()).expectStatus().isOk();

        Api.as("admin", port)
                .post()
                .uri("/api/admin/calendar/years")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CalendarTestYears.YEAR_2027)
                .exchange()
                .expectStatus()
                .isCreated();

        // Entering the year makes the deadline final, one working day later, and the timeline says so.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!confirmed(running) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        Api.as(CITIZEN, port)
                .get()
                .uri("/api/disclosure/requests/" + running)
                .exchange()
                .expectBody()
                .jsonPath("$.deadline.dueOn")
                .isEqualTo("2027-01-14")
                .jsonPath("$.deadline.dueOnProvisional")
                .isEqualTo(false)
                .jsonPath("$.deadline.provisionalYear")
                .doesNotExist()
                .jsonPath("$.timeline[-1:].type")
                .value(types -> assertThat(types)
                        .asInstanceOf(InstanceOfAssertFactories.list(String.class))
                        .containsExactly("DEADLINE_CONFIRMED"))
                .jsonPath("$.timeline[-1:].details.dueOn")
                .value(dates -> assertThat(dates)
                        .asInstanceOf(InstanceOfAssertFactories.list(String.class))
                        .containsExactly("2027-01-14"));
        act(lateDecember, "request-correction", Map.of("items", List.of("请写明年份")))
                .expectStatus()
                .isOk();
        // The receipt states what was true when it was issued.
        assertThat(DisclosureTestData.pdfText(pdf(receipt))).contains("答复期限2027年1月13日（预计）");
        Api.anonymous(port)
                .get()
                .uri("/api/calendar/pending-year")
                .exchange()
                .expectBody()
                .jsonPath("$.year")
                .isEqualTo(2028)
                .jsonPath("$.due")
                .isEqualTo(false);
    }

    private byte[] pdf(String path) {
        return Api.as(CITIZEN, port)
                .get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
    }

    private boolean confirmed(String number) {
        return Boolean.TRUE.equals(database.sql("""
                        select exists (select 1 from disclosure_event e join disclosure_request r on r.id = e.request_id
                                       where r.number = :number and e.type = 'DEADLINE_CONFIRMED') as done
                        """)
                .bind("number", number)
                .map(row -> row.get("done", Boolean.class))
                .one()
                .block());
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec submit(Map<String, Object> body) {
        return DisclosureTestData.submit(port, body);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec act(
            String number, String action, Map<String, Object> form) {
        return DisclosureTestData.act(port, OFFICER, number, action, form);
    }
}
