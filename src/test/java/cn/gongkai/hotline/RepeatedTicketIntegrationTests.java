package cn.gongkai.hotline;

import static cn.gongkai.hotline.HotlineTestData.MATTER_ENQUIRY;
import static cn.gongkai.hotline.HotlineTestData.MATTER_ENVIRONMENT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestClock;
import cn.gongkai.identity.RoleGrants;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A second ticket telling the same thing (重复诉求提醒): a signed-in person is told of their first, of the same type and
 * matter with the same description, by its number and day, and raises it again only when they confirm; an anonymous
 * person only by the contact phone they left; another type, matter, text or person is a new ticket.
 */
@IntegrationTest
class RepeatedTicketIntegrationTests {

    private static final String DUPLICATE = "urn:problem-type:gongkai:possible-duplicate";

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Autowired
    RoleGrants grants;

    @Autowired
    TestClock clock;

    @BeforeEach
    void prepare() {
        HotlineTestData.prepare(database, grants);
    }

    @Test
    void theSameTicketTwiceIsRefusedNamingTheFirstUntilThePersonConfirms() {
        clock.setDay(LocalDate.parse("2026-06-17"));
        WebTestClient person = Api.as(freshPerson(), port);
        Map<String, Object> body = HotlineTestData.ticket("COMPLAINT", MATTER_ENVIRONMENT, "工地夜间施工");
        String first = filed(person, body);

        submit(person, body, "zh-CN")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(DUPLICATE)
                .jsonPath("$.earlierNumber")
                .isEqualTo(first)
                .jsonPath("$.earlierFiledOn")
                .isEqualTo("2026-06-17")
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail.toString()).contains(first));

        body.put("confirmedNotDuplicate", true);
        assertThat(filed(person, body)).isNotEqualTo(first);
    }

    @Test
    void otherSpacesAndPunctuationAreStillTheSameTicket() {
        WebTestClient person = Api.as(freshPerson(), port);
        Map<String, Object> body = HotlineTestData.ticket("COMPLAINT", MATTER_ENVIRONMENT, "噪声");
        String first = filed(person, body);
        Map<String, Object> pasted = new HashMap<>(body);
        pasted.put("title", "噪声（再次）");
        pasted.put(
                "description",
                " " + ((String) body.get("description")).replace("，", " , ").replace("。", ".\n") + "  ");

        submit(person, pasted, "zh-CN")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.earlierNumber")
                .isEqualTo(first);
    }

    @Test
    void anotherTypeMatterTextOrPersonIsANewTicket() {
        WebTestClient person = Api.as(freshPerson(), port);
        Map<String, Object> body = HotlineTestData.ticket("COMPLAINT", MATTER_ENVIRONMENT, "噪声扰民");
        filed(person, body);

        Map<String, Object> help = new HashMap<>(body);
        help.put("type", "HELP");
        filed(person, help);

        Map<String, Object> otherMatter = new HashMap<>(body);
        otherMatter.put("categoryCode", MATTER_ENQUIRY);
        filed(person, otherMatter);

        Map<String, Object> otherText = new HashMap<>(body);
        otherText.put("description", body.get("description") + "今晚仍在施工。");
        filed(person, otherText);

        filed(Api.as(freshPerson(), port), new HashMap<>(body));
    }

    @Test
    void theWarningSpeaksTheReadersLanguage() {
        clock.setDay(LocalDate.parse("2026-06-17"));
        WebTestClient person = Api.as(freshPerson(), port);
        Map<String, Object> body = HotlineTestData.ticket("SUGGESTION", MATTER_ENVIRONMENT, "增设隔音屏");
        String first = filed(person, body);

        submit(person, body, "en")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("You have already filed the same request")
                .jsonPath("$.detail")
                .isEqualTo("You filed a request with the same content on 2026-06-17 (number " + first
                        + "). Please look at it first; if you do mean to file again, confirm and submit again.");
    }

    @Test
    void anAnonymousPersonIsRecognisedByTheContactPhoneTheyLeftAndOnlyThen() {
        String phone =
                "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
        Map<String, Object> withPhone = HotlineTestData.anonymousEnquiry("营业执照办理");
        withPhone.put("submitter", new HashMap<>(Map.of("kind", "ANONYMOUS", "phone", phone)));
        String first = filed(HotlineTestData.anonymous(port), withPhone);

        submit(HotlineTestData.anonymous(port), withPhone, "zh-CN")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.earlierNumber")
                .isEqualTo(first);

        Map<String, Object> otherPhone = new HashMap<>(withPhone);
        otherPhone.put("submitter", new HashMap<>(Map.of("kind", "ANONYMOUS", "phone", "13700000000")));
        filed(HotlineTestData.anonymous(port), otherPhone);

        Map<String, Object> noPhone = HotlineTestData.anonymousEnquiry("营业执照办理");
        filed(HotlineTestData.anonymous(port), noPhone);
        filed(HotlineTestData.anonymous(port), noPhone);
    }

    @Test
    void aClosedTicketCountsFor30DaysAnOpenOneAlways() {
        clock.setDay(LocalDate.parse("2026-04-01"));
        WebTestClient person = Api.as(freshPerson(), port);
        Map<String, Object> body = HotlineTestData.ticket("ENQUIRY", MATTER_ENQUIRY, "证照咨询");
        body.put("happenedOn", "2026-03-30");
        String open = filed(person, body);

        clock.setDay(LocalDate.parse("2026-06-17"));
        submit(person, body, "zh-CN")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.earlierNumber")
                .isEqualTo(open)
                .jsonPath("$.earlierFiledOn")
                .isEqualTo("2026-04-01");
        // Closed on 20 April (its closing journey is HotlineJourneyIntegrationTests' subject): now past the window.
        database.sql("update hotline_ticket set state = 'CLOSED', closed_on = date '2026-04-20' where number = :n")
                .bind("n", open)
                .then()
                .block();
        filed(person, body);
    }

    private static String freshPerson() {
        return "citizen-repeat-" + UUID.randomUUID();
    }

    private static String filed(WebTestClient client, Map<String, Object> body) {
        return (String) HotlineTestData.created(client, body).get("number");
    }

    private static WebTestClient.ResponseSpec submit(WebTestClient client, Map<String, Object> body, String language) {
        return client.post()
                .uri("/api/hotline/tickets")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Accept-Language", language)
                .bodyValue(body)
                .exchange();
    }
}
