package cn.gongkai.disclosure;

import static cn.gongkai.disclosure.DisclosureTestData.application;
import static cn.gongkai.disclosure.DisclosureTestData.countOf;
import static cn.gongkai.disclosure.DisclosureTestData.filedNumber;
import static cn.gongkai.disclosure.DisclosureTestData.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The limits of one person and of one address (访问频率限制), kept in Redis: two applications, two letters and two
 * log-ins in the period here, then a 429 problem with {@code Retry-After}, and nothing written; somebody else is not
 * held up by it.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "gongkai.rate-limits.limits.submission.capacity=2",
            "gongkai.rate-limits.limits.letter-download.capacity=2",
            "gongkai.rate-limits.limits.log-in.capacity=2"
        })
class SubmissionLimitsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Test
    void aPersonsThirdApplicationInThePeriodIsRefusedAndNotWrittenWhileAnotherPersonsIsTaken() {
        String person = "citizen-" + UUID.randomUUID();
        WebTestClient citizen = Api.as(person, port);
        String first = filedNumber(submit(citizen, anotherApplication()));
        submit(citizen, anotherApplication()).expectStatus().isCreated();

        submit(citizen, anotherApplication())
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .value(
                        HttpHeaders.RETRY_AFTER,
                        seconds -> assertThat(Integer.parseInt(seconds)).isPositive())
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:too-many-requests");
        assertThat(countOf(database, person)).isEqualTo(2);
        submit(Api.as("citizen-" + UUID.randomUUID(), port), anotherApplication())
                .expectStatus()
                .isCreated();

        // Letters are limited apart from submissions.
        for (int letter = 0; letter < 2; letter++) {
            receipt(citizen, first).expectStatus().isOk();
        }
        receipt(citizen, first).expectStatus().isEqualTo(429).expectHeader().exists(HttpHeaders.RETRY_AFTER);
    }

    @Test
    void anAddressMayStartTwoLogInsInThePeriodHereAndAnotherAddressIsNotHeldUp() {
        String address = "10.77." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
        for (int start = 0; start < 2; start++) {
            logIn(address).expectStatus().is3xxRedirection();
        }
        logIn(address)
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .exists(HttpHeaders.RETRY_AFTER)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:too-many-requests");
        logIn("10.78.0.1").expectStatus().is3xxRedirection();
    }

    private static WebTestClient.ResponseSpec receipt(WebTestClient citizen, String number) {
        return citizen.get()
                .uri("/api/disclosure/requests/{number}/receipt.pdf", number)
                .exchange();
    }

    private WebTestClient.ResponseSpec logIn(String address) {
        return Api.anonymous(port)
                .get()
                .uri("/oauth2/authorization/gongkai")
                .header("X-Forwarded-For", address)
                .exchange();
    }

    /** Each with a reference of its own: never the repeat of an earlier one, which would be answered 409. */
    private static Map<String, Object> anotherApplication() {
        return application("340600", "淮北市2025年政府工作报告");
    }
}
