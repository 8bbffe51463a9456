package cn.gongkai.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.LocalReplica;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A streaming replica of the test database, started with pg_basebackup: anonymous public reads come from it, every
 * other read from the primary, and the primary answers them when the replica is away. The replica's replay is paused
 * while the primary changes an agency's name, so who answered shows in the name.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaReadsIntegrationTests {

    private static final String AGENCY = "/api/agencies/340600";

    @DynamicPropertySource
    static void withAReplica(DynamicPropertyRegistry properties) {
        LocalReplica.use(properties);
    }

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TransactionalOperator transactions;

    @Test
    @Order(1)
    void aMarkedReadGoesToTheReplicaUnlessItRunsInATransaction() {
        Mono<Boolean> onTheReplica = database.sql("select pg_is_in_recovery() as replica")
                .map(row -> row.get("replica", Boolean.class))
                .one();

        assertThat(onTheReplica.contextWrite(ReplicaReads::allow).block()).isTrue();
        assertThat(transactions
                        .transactional(onTheReplica)
                        .contextWrite(ReplicaReads::allow)
                        .block())
                .isFalse();
        assertThat(onTheReplica.block()).isFalse();
    }

    @Test
    @Order(2)
    void anonymousPublicReadsComeFromTheReplicaAndEveryOtherReadFromThePrimary() throws Exception {
        String name = nameIn(Api.as("citizen-demo", port));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> nameIn(Api.anonymous(port)).equals(name));

        LocalReplica.sql("select pg_wal_replay_pause()");
        try {
            rename(name + "（改）");
            // The replica has not replayed the change: an anonymous reader still reads the old name ...
            assertThat(nameIn(Api.anonymous(port))).isEqualTo(name);
            // ... a signed-in person, who may just have written, reads from the primary ...
            assertThat(nameIn(Api.as("citizen-demo", port))).isEqualTo(name + "（改）");
            // ... and so does every read of a request with a session cookie, even without a sign-in.
            assertThat(nameIn(Api.anonymous(port)
                            .mutate()
                            .defaultCookie("SESSION", "none")
                            .build()))
                    .isEqualTo(name + "（改）");
        } finally {
            LocalReplica.sql("select pg_wal_replay_resume()");
            rename(name);
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> nameIn(Api.anonymous(port)).equals(name));
        assertThat(reads("replica")).isPositive();
        assertThat(reads("primary-replica-away")).isZero();
    }

    @Test
    @Order(3)
    void whenTheReplicaIsAwayThePrimaryAnswers() throws Exception {
        String name = nameIn(Api.as("citizen-demo", port));
        LocalReplica.stop();

        for (int i = 0; i < 5; i++) {
            assertThat(nameIn(Api.anonymous(port))).isEqualTo(name);
        }
        // One try on the replica, then it is left alone for a while instead of being tried by every request.
        assertThat(reads("primary-replica-away")).isEqualTo(1);
    }

    private static String nameIn(WebTestClient client) {
        return client.get()
                .uri(AGENCY)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("name")
                .toString();
    }

    private void rename(String name) {
        database.sql("update agency set name = :name where code = '340600'")
                .bind("name", name)
                .fetch()
                .rowsUpdated()
                .block();
    }

    private double reads(String answeredBy) {
        var counter = meters.find("gongkai.db.replica.reads")
                .tag("answered-by", answeredBy)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
