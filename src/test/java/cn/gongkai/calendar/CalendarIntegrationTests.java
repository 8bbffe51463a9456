package cn.gongkai.calendar;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

@IntegrationTest
class CalendarIntegrationTests {

    private static final String YEAR_2100 = """
            {"year": 2100, "source": "测试用节假日安排",
             "days": [{"date": "2100-01-01", "kind": "HOLIDAY", "name": "元旦"},
                      {"date": "2100-01-02", "kind": "WORKING_WEEKEND", "name": "元旦调休上班"}]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @BeforeEach
    void forgetYear2100() {
        database.sql("delete from calendar_day where year = 2100")
                .then()
                .then(database.sql("delete from calendar_year where year = 2100")
                        .then())
                .block();
    }

    @Test
    void countsFromTheDayAfterAcrossNationalDay() {
        Api.anonymous(port)
                .get()
                .uri("/api/calendar/working-days?from=2025-09-30&add=1")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.date")
                .isEqualTo("2025-10-09");
        Api.anonymous(port)
                .get()
                .uri("/api/calendar/working-days?from=2026-02-13&add=1")
                .exchange()
                .expectBody()
                .jsonPath("$.date")
                .isEqualTo("2026-02-14");
    }

    @Test
    void countsTheWorkingDaysOfAYear() {
        Api.anonymous(port)
                .get()
                .uri("/api/calendar/working-days?from=2025-12-31&to=2026-12-31")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.workingDays")
                .isEqualTo(248);
        Api.anonymous(port)
                .get()
                .uri("/api/calendar/years")
                .exchange()
                .expectBody()
                .jsonPath("$[?(@.year == 2025)].workingDays")
                .isEqualTo(248)
                .jsonPath("$[?(@.year == 2026)].workingDays")
                .isEqualTo(248);
    }

    @Test
    void aYearNotEnteredIsCountedOnItsStatutoryHolidaysAndSaysSo() {
        Api.anonymous(port)
                .get()
                .uri("/api/calendar/working-days?from=2099-03-02&add=5")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.date")
                .isEqualTo("2099-03-09")
                .jsonPath("$.provisional")
                .isEqualTo(true);
        Api.anonymous(port)
                .get()
                .uri("/api/calendar/working-days?from=2026-03-02&add=5")
                .exchange()
                .expectBody()
                .jsonPath("$.provisional")
                .isEqualTo(false);
    }

    @Test
    void aYearBeforeTheFirstEnteredIsAnExplicitError() {
        Api.anonymous(port)
                .get()
                .uri("/api/calendar/working-days?from=2020-03-02&add=5")
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:calendar-year-missing")
                .jsonPath("$.detail")
                .isEqualTo("2020年的法定节假日安排尚未录入，无法计算工作日。");
    }

    @Test
    void badParametersAreNamed() {
        Api.anonymous(port)
                .get()
                .uri("/api/calendar/working-days?from=2026-01-05")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("add");
        Api.anonymous(port)
                .get()
                .uri("/api/calendar/working-days?from=yesterday&add=3")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("from");
        Api.anonymous(port)
                .get()
                .uri("/api/calendar/working-days?from=2026-01-05&add=-1")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("add");
        Api.anonymous(port)
                .get()
                .uri("/api/calendar/working-days?from=2025-01-24&add=1&to=2025-02-10")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("add")
                .jsonPath("$.errors[1].field")
                .isEqualTo("to")
                .jsonPath("$.errors[0].message")
                .isEqualTo("add（工作日数）和 to（截止日期）只能提供其一");
    }

    @Test
    void administratorAddsAYearOnceAndItIsUsedAtOnce() {
        Api.as("admin", port)
                .post()
                .uri("/api/admin/calendar/years")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(YEAR_2100)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.workingDays")
                .isEqualTo(261);
        Api.anonymous(port)
                .get()
                .uri("/api/calendar/working-days?from=2100-01-01&add=1")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.date")
                .isEqualTo("2100-01-02");
        Api.as("admin", port)
                .post()
                .uri("/api/admin/calendar/years")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(YEAR_2100)
                .exchange()
                .expectStatus()
                .isEqualTo(409);
    }

    @Test
    void inconsistentYearIsRefusedNamingTheEntry() {
        Api.as("admin", port)
                .post()
                .uri("/api/admin/calendar/years")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"year": 2100, "source": "x",
                         "days": [{"date": "2100-01-01", "kind": "HOLIDAY", "name": "元旦"},
                                  {"date": "2100-01-04", "kind": "WORKING_WEEKEND", "name": "not a weekend"},
                                  {"date": "2101-01-01", "kind": "HOLIDAY", "name": "元旦"}]}
                        """)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("days[1].date")
                .jsonPath("$.errors[1].field")
                .isEqualTo("days[2].date");
        // Nothing of the refused year was written: it is still counted on its estimate.
        Api.anonymous(port)
                .get()
                .uri("/api/calendar/working-days?from=2100-01-01&add=1")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.provisional")
                .isEqualTo(true);
    }

    @Test
    void onlyTheAdministratorAddsYears() {
        Api.as("officer-huaibei", port)
                .post()
                .uri("/api/admin/calendar/years")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(YEAR_2100)
                .exchange()
                .expectStatus()
                .isForbidden();
    }
}
