package cn.gongkai.disclosure;

import static cn.gongkai.disclosure.DisclosureTestData.application;
import static cn.gongkai.disclosure.DisclosureTestData.countOf;
import static cn.gongkai.disclosure.DisclosureTestData.filedNumber;
import static cn.gongkai.disclosure.DisclosureTestData.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.WithoutRedis;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Redis unreachable: applications are still taken, and still limited, by this instance alone (the limit's
 * {@code without-redis: local}); letters, which write nothing, are let through.
 */
@WithoutRedis
class SubmissionsWithoutRedisIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Autowired
    MeterRegistry meters;

    @Test
    void applicationsAreTakenAndLimitedHereAndLettersAreLetThrough() {
        String person = "citizen-" + UUID.randomUUID();
        WebTestClient citizen = Api.as(person, port);
        double uncounted = meters.counter("gongkai.rate-limits.without-redis", "limit", "submission")
                .count();

        String number = filedNumber(submit(citizen, anotherApplication()));
        submit(citizen, anotherApplication()).expectStatus().isCreated();
        submit(citizen, anotherApplication()).expectStatus().isEqualTo(429);

        assertThat(countOf(database, person)).isEqualTo(2);
        assertThat(meters.counter("gongkai.rate-limits.without-redis", "limit", "submission")
                        .count())
                .isEqualTo(uncounted + 3);
        for (int letter = 0; letter < 3; letter++) {
            citizen.get()
                    .uri("/api/disclosure/requests/{number}/receipt.pdf", number)
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
    }

    /** Each with a reference of its own: never the repeat of an earlier one, which would be answered 409. */
    private static Map<String, Object> anotherApplication() {
        return application("340600", "淮北市2025年政府工作报告");
    }
}
