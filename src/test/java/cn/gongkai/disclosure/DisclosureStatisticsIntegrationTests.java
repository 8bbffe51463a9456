package cn.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Table 三 of a fresh agency's 2026, built through the API with a request in every outcome, against counts made
 * by hand: requests carried over from 2025, answered in 2026, lapsed, unpaid and still open at the year's end.
 */
@IntegrationTest
class DisclosureStatisticsIntegrationTests {

    private static final ApplicantKind[] KINDS = ApplicantKind.values();

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    DatabaseClient database;

    private String agency;
    private String officer;

    @Test
    void countsEveryOutcomeByApplicantKindAndTheCrossCheckHolds() {
        freshAgencyWithOfficer();
        // 2025: one answered in 2025 (not in 2026), one answered in 2026, one still open at the end of 2026.
        clock.setDay(LocalDate.parse("2025-12-01"));
        String answeredIn2025 = paper(ApplicantKind.NATURAL_PERSON, "2025-12-01");
        String carriedAndAnswered = paper(ApplicantKind.COMMERCIAL_ENTERPRISE, "2025-12-01");
        String carriedAndOpen = paper(ApplicantKind.NATURAL_PERSON, "2025-12-01");
        clock.setDay(LocalDate.parse("2025-12-10"));
        reply(answeredIn2025, DisclosureOutcome.DISCLOSED);
        clock.setDay(LocalDate.parse("2026-01-05"));
        reply(carriedAndAnswered, DisclosureOutcome.WITHHELD_STATE_SECRET);

        // 2026: every reply outcome once, the applicant kinds taken in turn.
        List<DisclosureOutcome> replies = new ArrayList<>();
        for (DisclosureOutcome outcome : DisclosureOutcome.values()) {
            if (outcome.isReply()) {
                replies.add(outcome);
            }
        }
        clock.setDay(LocalDate.parse("2026-03-02"));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            numbers.add(paper(KINDS[i % KINDS.length], "2026-03-02"));
        }
        String lapses = paper(ApplicantKind.RESEARCH_INSTITUTION, "2026-03-02");
        String unpaid = paper(ApplicantKind.LEGAL_SERVICE_ORGANISATION, "2026-03-02");
        clock.setDay(LocalDate.parse("2026-03-03"));
        act(lapses, "request-correction", Map.of("items", List.of("请写明文件名称"), "dueOn", "2026-03-10"));
        act(unpaid, "accept", Map.of());
        act(
                unpaid,
                "notify-fee",
                Map.of("method", "PER_PAGE", "quantity", 150, "reason", "申请页数较多", "dueOn", "2026-03-10"));
        clock.setDay(LocalDate.parse("2026-03-10"));
        for (int i = 0; i < replies.size(); i++) {
            reply(numbers.get(i), replies.get(i));
        }
        clock.setDay(LocalDate.parse("2026-03-11"));
        act(lapses, "lapse", Map.of());
        act(unpaid, "close-unpaid", Map.of());
        clock.setDay(LocalDate.parse("2026-12-01"));
        paper(ApplicantKind.PUBLIC_INTEREST_ORGANISATION, "2026-12-01");

        Map<String, int[]> table = table(2026);

        // Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计 — counted by hand from the above:
        // the 20 reply outcomes go to kinds 0,1,2,3,4,5,0,1,…; the carried-over firm's is WITHHELD_STATE_SECRET.
        assertThat(table.get("RECEIVED")).containsExactly(4, 3, 4, 4, 4, 3, 22);
        assertThat(table.get("CARRIED_OVER")).containsExactly(1, 1, 0, 0, 0, 0, 2);
        assertThat(table.get("DISCLOSED")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(table.get("PARTLY_DISCLOSED")).containsExactly(0, 1, 0, 0, 0, 0, 1);
        assertThat(table.get("WITHHELD_STATE_SECRET")).containsExactly(0, 1, 1, 0, 0, 0, 2);
        assertThat(table.get("WITHHELD_ENFORCEMENT_FILE")).containsExactly(0, 0, 1, 0, 0, 0, 1);
        assertThat(table.get("UNAVAILABLE_NOT_HELD")).containsExactly(0, 0, 0, 0, 1, 0, 1);
        assertThat(table.get("NOT_PROCESSED_REPEATED")).containsExactly(0, 0, 1, 0, 0, 0, 1);
        assertThat(table.get("NOT_PROCESSED_CONFIRMATION")).containsExactly(0, 0, 0, 0, 0, 1, 1);
        assertThat(table.get("OTHER")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(table.get("OTHER_NO_CORRECTION")).containsExactly(0, 0, 1, 0, 0, 0, 1);
        assertThat(table.get("OTHER_FEE_UNPAID")).containsExactly(0, 0, 0, 0, 1, 0, 1);
        assertThat(table.get("ANSWERED_TOTAL")).containsExactly(4, 4, 4, 3, 4, 3, 22);
        assertThat(table.get("CARRIED_FORWARD")).containsExactly(1, 0, 0, 1, 0, 0, 2);
        assertThat(table.values()).allSatisfy(row -> assertThat(row).hasSize(7));
        for (int column = 0; column < 7; column++) {
            assertThat(table.get("RECEIVED")[column] + table.get("CARRIED_OVER")[column])
                    .isEqualTo(table.get("ANSWERED_TOTAL")[column] + table.get("CARRIED_FORWARD")[column]);
        }
        assertThat(carriedAndOpen).isNotBlank();

        Map<String, int[]> previous = table(2025);
        assertThat(previous.get("RECEIVED")).containsExactly(2, 1, 0, 0, 0, 0, 3);
        assertThat(previous.get("CARRIED_FORWARD")).containsExactly(1, 1, 0, 0, 0, 0, 2);
    }

    private void freshAgencyWithOfficer() {
        agency = DisclosureTestData.freshDepartmentWithOfficer(database, null);
        officer = DisclosureTestData.officerOf(agency);
    }

    private String paper(ApplicantKind kind, String receivedOn) {
        Map<String, Object> application = kind.isOrganisation()
                ? DisclosureTestData.companyApplication(agency, "统计测试")
                : DisclosureTestData.application(agency, "统计测试");
        DisclosureTestData.part(application, "applicant").put("kind", kind.name());
        Map<String, Object> form =
                new HashMap<>(Map.of("application", application, "channel", "IN_PERSON", "receivedOn", receivedOn));
        return DisclosureTestData.filedNumber(Api.as(officer, port)
                .post()
                .uri("/api/staff/disclosure/requests")
                .bodyValue(form)
                .exchange());
    }

    private void reply(String number, DisclosureOutcome outcome) {
        Map<String, Object> form = new HashMap<>(Map.of(
                "outcome",
                outcome.name(),
                "explanation",
                "理由说明",
                "withheldParts",
                "第二页",
                "legalBasis",
                "《中华人民共和国政府信息公开条例》",
                "accessArrangements",
                "工作日到政务服务中心领取"));
        if (outcome == DisclosureOutcome.NOT_PROCESSED_REPEATED) {
            form.put("legalBasis", "");
            form.put("repeatOf", earlierAnswered(number));
        }
        act(number, "reply", form);
    }

    /** The same applicant's earlier answered request: every test application carries the same identity number. */
    private String earlierAnswered(String number) {
        List<?> earlier = Api.as(officer, port)
                .get()
                .uri("/api/staff/disclosure/requests/" + number + "/earlier")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(List.class)
                .returnResult()
                .getResponseBody();
        return earlier.stream()
                .map(item -> (Map<?, ?>) item)
                .filter(item -> "ANSWERED".equals(item.get("state")))
                .map(item -> item.get("number").toString())
                .findFirst()
                .orElseThrow();
    }

    private void act(String number, String action, Map<String, Object> form) {
        Api.as(officer, port)
                .post()
                .uri("/api/staff/disclosure/requests/" + number + "/actions/" + action)
                .bodyValue(form)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @SuppressWarnings("unchecked")
    private Map<String, int[]> table(int year) {
        Map<String, Object> body = Api.anonymous(port)
                .get()
                .uri("/api/disclosure/statistics?agency=" + agency + "&year=" + year)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(body.get("checkHolds")).isEqualTo(true);
        Map<String, int[]> rows = new HashMap<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) body.get("rows")) {
            rows.put(
                    row.get("key").toString(),
                    ((List<Integer>) row.get("counts"))
                            .stream().mapToInt(Integer::intValue).toArray());
        }
        return rows;
    }
}
