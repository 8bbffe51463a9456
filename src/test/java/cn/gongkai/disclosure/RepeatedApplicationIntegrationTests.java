package cn.gongkai.disclosure;

import static cn.gongkai.disclosure.DisclosureTestData.application;
import static cn.gongkai.disclosure.DisclosureTestData.part;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestClock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A second application for the same information (重复提交提醒): the applicant is told of the first, by its number and
 * day, and files again only when they confirm; the same paste with other spaces or punctuation is the same, another
 * agency, other information or another person is not, and the window closes for a closed request after 30 days.
 */
@IntegrationTest
class RepeatedApplicationIntegrationTests {

    private static final String DUPLICATE = "urn:problem-type:gongkai:possible-duplicate";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    DatabaseClient database;

    @Test
    void theSameInformationTwiceIsRefusedNamingTheFirstUntilTheApplicantConfirms() {
        clock.setDay(LocalDate.parse("2026-06-17"));
        String applicant = freshApplicant();
        Map<String, Object> body = application("340600", "2025年城市更新项目资金安排");
        String first = filed(applicant, body);

        submit(applicant, body, "zh-CN")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(DUPLICATE)
                .jsonPath("$.earlierNumber")
                .isEqualTo(first)
                .jsonPath("$.earlierFiledOn")
                .isEqualTo("2026-06-17")
                .jsonPath("$.title")
                .isEqualTo("您已提交过内容相同的申请")
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail.toString()).contains(first, "2026-06-17"));

        body.put("confirmedNotDuplicate", true);
        String second = filed(applicant, body);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aRetryWithTheSameKeyStillAnswersTheApplicationItFiled() {
        String applicant = freshApplicant();
        Map<String, Object> body = application("340600", "重试不算重复");
        String key = UUID.randomUUID().toString();
        String first =
                number(submit(applicant, key, body, "zh-CN").expectStatus().isCreated());
        assertThat(number(submit(applicant, key, body, "zh-CN").expectStatus().isCreated()))
                .isEqualTo(first);
    }

    @Test
    void otherSpacesLineBreaksAndPunctuationAreStillTheSameApplication() {
        String applicant = freshApplicant();
        Map<String, Object> body = application("340600", "老旧小区改造名单");
        String first = filed(applicant, body);
        Map<String, Object> pasted = application("340600", " 老旧小区改造名单 ");
        String description = (String) part(body, "information").get("description");
        part(pasted, "information")
                .put("description", "  " + description.replace("，", ",  ").replace("。", "\n\n") + " ");

        submit(applicant, pasted, "zh-CN")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.earlierNumber")
                .isEqualTo(first);
    }

    @Test
    void anotherAgencyOtherInformationOrAnotherPersonIsANewApplication() {
        String applicant = freshApplicant();
        Map<String, Object> body = application("340600", "河道治理工程验收报告");
        filed(applicant, body);

        Map<String, Object> elsewhere = copy(body);
        elsewhere.put("agency", DisclosureTestData.freshDepartmentWithOfficer(database, null));
        filed(applicant, elsewhere);

        Map<String, Object> other = copy(body);
        part(other, "information").put("description", part(body, "information").get("description") + "及附图");
        filed(applicant, other);

        filed(freshApplicant(), copy(body));
    }

    @Test
    void theWarningSpeaksTheReadersLanguage() {
        clock.setDay(LocalDate.parse("2026-06-17"));
        String applicant = freshApplicant();
        Map<String, Object> body = application("340600", "政府采购意向公开");
        String first = filed(applicant, body);

        submit(applicant, body, "en")
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
    void anOpenApplicationCountsHoweverOldAClosedOneFor30Days() {
        clock.setDay(LocalDate.parse("2026-04-01"));
        String applicant = freshApplicant();
        Map<String, Object> open = application("340600", "仍在办理的申请");
        String openNumber = filed(applicant, open);
        Map<String, Object> withdrawn = application("340600", "已撤回的申请");
        String withdrawnNumber = filed(applicant, withdrawn);
        Api.as(applicant, port)
                .post()
                .uri("/api/disclosure/requests/" + withdrawnNumber + "/withdrawal")
                .bodyValue(Map.of("reason", "不再需要"))
                .exchange()
                .expectStatus()
                .isOk();

        // 31 days after the filing: the withdrawn one is past the window, the open one is not.
        clock.setDay(LocalDate.parse("2026-05-02"));
        filed(applicant, withdrawn);
        submit(applicant, open, "zh-CN")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.earlierNumber")
                .isEqualTo(openNumber)
                .jsonPath("$.earlierFiledOn")
                .isEqualTo("2026-04-01");
    }

    @Test
    void aClosedApplicationWithinTheWindowStillCounts() {
        clock.setDay(LocalDate.parse("2026-06-01"));
        String applicant = freshApplicant();
        Map<String, Object> body = application("340600", "撤回后又想申请");
        String number = filed(applicant, body);
        Api.as(applicant, port)
                .post()
                .uri("/api/disclosure/requests/" + number + "/withdrawal")
                .bodyValue(Map.of("reason", "填错了"))
                .exchange()
                .expectStatus()
                .isOk();

        clock.setDay(LocalDate.parse("2026-07-01"));
        submit(applicant, body, "zh-CN").expectStatus().isEqualTo(409);
    }

    /** A person of their own, so that no other test's applications are theirs. */
    private static String freshApplicant() {
        return "citizen-repeat-" + UUID.randomUUID();
    }

    private String filed(String subject, Map<String, Object> body) {
        return number(submit(subject, body, "zh-CN").expectStatus().isCreated());
    }

    private WebTestClient.ResponseSpec submit(String subject, Map<String, Object> body, String language) {
        return submit(subject, UUID.randomUUID().toString(), body, language);
    }

    private WebTestClient.ResponseSpec submit(String subject, String key, Map<String, Object> body, String language) {
        return Api.as(subject, port)
                .post()
                .uri("/api/disclosure/requests")
                .header("Idempotency-Key", key)
                .header("Accept-Language", language)
                .bodyValue(body)
                .exchange();
    }

    @SuppressWarnings("unchecked")
    private static String number(WebTestClient.ResponseSpec created) {
        return created.expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("number")
                .toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> body) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        for (String part : new String[] {"applicant", "contact", "information", "delivery"}) {
            copy.put(part, new java.util.HashMap<>((Map<String, Object>) body.get(part)));
        }
        return copy;
    }
}
