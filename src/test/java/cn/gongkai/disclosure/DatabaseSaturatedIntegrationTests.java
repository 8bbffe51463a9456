package cn.gongkai.disclosure;

import static cn.gongkai.disclosure.DisclosureTestData.CITIZEN;
import static cn.gongkai.disclosure.DisclosureTestData.application;
import static cn.gongkai.disclosure.DisclosureTestData.countOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every connection of the pool taken (数据库连接耗尽): a submission is answered at once with a 503 problem and
 * {@code Retry-After} instead of waiting on, nothing of it is written, and the same submission sent again with its
 * {@code Idempotency-Key} once connections are free is taken exactly once.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "spring.r2dbc.pool.initial-size=1",
            "spring.r2dbc.pool.max-size=" + DatabaseSaturatedIntegrationTests.POOL_SIZE,
            "spring.r2dbc.pool.max-acquire-time=1s"
        })
class DatabaseSaturatedIntegrationTests {

    static final int POOL_SIZE = 3;

    @LocalServerPort
    int port;

    @Autowired
    ConnectionFactory pool;

    @Autowired
    DatabaseClient database;

    private final List<Connection> held = new ArrayList<>();

    @AfterEach
    void release() {
        Flux.fromIterable(held).concatMap(Connection::close).blockLast();
        held.clear();
    }

    @Test
    void aSubmissionWithNoConnectionFreeIsAnswered503AndTakenOnceWhenSentAgain() {
        WebTestClient citizen = Api.as(CITIZEN, port);
        int before = countOf(database, CITIZEN);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = application("340600", "连接池耗尽时的申请");

        holdEveryConnection();
        citizen.post()
                .uri("/api/disclosure/requests")
                .header("Idempotency-Key", key)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .valueEquals(HttpHeaders.RETRY_AFTER, "5")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:unavailable")
                .jsonPath("$.title")
                .isEqualTo("Service unavailable");
        release();

        assertThat(countOf(database, CITIZEN)).isEqualTo(before);
        String number = submit(citizen, key, body, 201);
        assertThat(submit(citizen, key, body, 201)).isEqualTo(number);
        assertThat(countOf(database, CITIZEN)).isEqualTo(before + 1);
    }

    /**
     * Takes every connection of the pool; one the application holds for a moment (a scheduled job) is waited for, so
     * that nothing is left for the request.
     */
    private void holdEveryConnection() {
        for (int attempt = 0; held.size() < POOL_SIZE && attempt < 30; attempt++) {
            Connection taken = Mono.from(pool.create())
                    .onErrorResume(R2dbcTimeoutException.class, busy -> Mono.empty())
                    .block();
            if (taken != null) {
                held.add(taken);
            }
        }
        assertThat(held).hasSize(POOL_SIZE);
    }

    private static String submit(WebTestClient citizen, String key, Map<String, Object> body, int status) {
        return citizen.post()
                .uri("/api/disclosure/requests")
                .header("Idempotency-Key", key)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("number")
                .toString();
    }
}
