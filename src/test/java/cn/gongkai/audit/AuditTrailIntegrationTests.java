package cn.gongkai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class AuditTrailIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Autowired
    AuditSealing sealing;

    private void grantSomething() {
        grantSomething("audit-test-" + System.nanoTime());
    }

    /** Signing in creates the person; the administrator then grants a role, which is audited. */
    private void grantSomething(String requestId) {
        String subject = "audit-subject-" + System.nanoTime();
        Api.as(subject, port).get().uri("/api/me").exchange().expectStatus().isOk();
        Api.as("admin", port)
                .post()
                .uri("/api/admin/role-grants")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Request-Id", requestId)
                .bodyValue("{\"subject\":\"" + subject + "\",\"role\":\"REPORT_EDITOR\",\"agencyCode\":\"340621\"}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.grants[?(@.role == 'REPORT_EDITOR')].agencyName")
                .isEqualTo("濉溪县人民政府");
    }

    private long lastSeq() {
        sealing.sealPending().block();
        return database.sql("select max(seq) as seq from audit_record")
                .map(row -> row.get("seq", Long.class))
                .one()
                .block();
    }

    @Test
    void theClientAddressIsTheOneTheProxyGives() {
        // The tests' own address is loopback, the local proxy's (gongkai.proxy.trusted-proxies).
        String subject = "audit-proxied-" + System.nanoTime();
        String requestId = "audit-proxied-" + System.nanoTime();
        Api.as(subject, port).get().uri("/api/me").exchange().expectStatus().isOk();
        Api.as("admin", port)
                .post()
                .uri("/api/admin/role-grants")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Request-Id", requestId)
                .header("X-Forwarded-For", "203.0.113.7")
                .bodyValue("{\"subject\":\"" + subject + "\",\"role\":\"REPORT_EDITOR\",\"agencyCode\":\"340621\"}")
                .exchange()
                .expectStatus()
                .isCreated();

        assertThat(database.sql("select client_address from audit_record where request_id = :id")
                        .bind("id", requestId)
                        .map(row -> row.get("client_address", String.class))
                        .one()
                        .block())
                .isEqualTo("203.0.113.7");
    }

    @Test
    void roleGrantIsRecordedWithActorRequestAndAgency() {
        grantSomething();
        var record = database.sql("select * from audit_record where seq = :seq")
                .bind("seq", lastSeq())
                .fetch()
                .one()
                .block();
        assertThat(record)
                .containsEntry("actor", "admin")
                .containsEntry("action", "identity.role-granted")
                .containsEntry("actor_role", "SYSTEM_ADMINISTRATOR")
                .containsEntry("outcome", "SUCCEEDED");
        assertThat((String) record.get("request_id")).startsWith("audit-test-");
        assertThat((String) record.get("details")).contains("\"role\":\"REPORT_EDITOR\"");
    }

    @Test
    void auditRowsCannotBeChangedOrDeletedThroughTheDatabaseUser() {
        grantSomething();
        long seq = lastSeq();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> database.sql("update audit_record set actor = 'someone-else' where seq = :seq")
                                .bind("seq", seq)
                                .then()
                                .block())
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> database.sql("delete from audit_record where seq = :seq")
                                .bind("seq", seq)
                                .then()
                                .block())
                .hasMessageContaining("180 days");
    }

    @Test
    void verificationNamesExactlyTheRowThatWasChanged() {
        grantSomething();
        grantSomething();
        verification().jsonPath("$.intact").isEqualTo(true);

        long tampered = lastSeq() - 1;
        String original = database.sql("select actor from audit_record where seq = :seq")
                .bind("seq", tampered)
                .map(row -> row.get("actor", String.class))
                .one()
                .block();
        tamper(tampered, "someone-else");
        try {
            Api.as("auditor", port)
                    .get()
                    .uri("/api/audit/verification")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.intact")
                    .isEqualTo(false)
                    .jsonPath("$.firstBrokenSeq")
                    .isEqualTo(tampered)
                    .jsonPath("$.reason")
                    .isEqualTo("content does not match its hash");
        } finally {
            tamper(tampered, original);
        }
        verification().jsonPath("$.intact").isEqualTo(true);
    }

    @Test
    void onlyTheSecurityAuditorReadsTheTrail() {
        Api.as("admin", port)
                .get()
                .uri("/api/audit/verification")
                .exchange()
                .expectStatus()
                .isForbidden();
        Api.as("auditor", port)
                .get()
                .uri("/api/audit/records?size=5")
                .exchange()
                .expectStatus()
                .isOk();
        Api.as("auditor", port)
                .get()
                .uri("/api/audit/records?size=0")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("size");
    }

    @Test
    void aRecordIsInTheTrailWhenItsActionCommitsAndSealedIntoTheChainByTheNextTurn() {
        String requestId = "audit-unsealed-" + System.nanoTime();
        grantSomething(requestId);
        assertThat(actionOf(requestId)).isEqualTo("identity.role-granted");
        // No one asks for it: each instance's turn (gongkai.audit.seal-every) seals it.
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(database.sql("select seq from audit_record where request_id = :id")
                                .bind("id", requestId)
                                .map(row -> Optional.ofNullable(row.get("seq", Long.class)))
                                .one()
                                .block())
                        .isPresent());
    }

    @Test
    void recordsWrittenSideBySideAndSealedByTwoAtOnceMakeOneUnbrokenChain() throws Exception {
        int writers = 16;
        var pool = Executors.newFixedThreadPool(writers + 2);
        try {
            List<Callable<Object>> work = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                work.add(() -> {
                    grantSomething();
                    return null;
                });
            }
            work.add(() -> sealing.sealPending().block());
            work.add(() -> sealing.sealPending().block());
            for (var done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        sealing.sealPending().block();
        assertThat(database.sql("select count(*) as n from audit_record where seq is null")
                        .map(row -> row.get("n", Long.class))
                        .one()
                        .block())
                .isZero();
        verification().jsonPath("$.intact").isEqualTo(true);
    }

    @Test
    void anUnsealedRecordCannotBeChangedNorSealedWithOtherContent() {
        Long id = database.sql("""
                        insert into audit_record (occurred_at, actor, action, target_type, target_id, outcome,
                            request_id, client_address)
                        values (now(), 'audit-test', 'test.unsealed', 'test', 'x', 'SUCCEEDED', 'r', '127.0.0.1')
                        returning id
                        """).map(row -> row.get("id", Long.class)).one().block();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> database.sql("update audit_record set actor = 'someone-else' where id = :id")
                                    .bind("id", id)
                                    .then()
                                    .block())
                    .hasMessageContaining("append-only");
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> database.sql("""
                                    update audit_record set actor = 'someone-else', seq = -1, previous_hash = '0',
                                        hash = '0'
                                    where id = :id
                                    """).bind("id", id).then().block())
                    .hasMessageContaining("append-only");
        } finally {
            sealing.sealPending().block();
        }
    }

    /** The auditor's verification of the whole chain, answered 200. */
    private WebTestClient.BodyContentSpec verification() {
        return Api.as("auditor", port)
                .get()
                .uri("/api/audit/verification")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody();
    }

    private String actionOf(String requestId) {
        return database.sql("select action from audit_record where request_id = :id")
                .bind("id", requestId)
                .map(row -> row.get("action", String.class))
                .one()
                .block();
    }

    /** What someone with direct database access would do: switch the guard off, change a row. */
    private void tamper(long seq, String actor) {
        database.sql("alter table audit_record disable trigger audit_record_append_only")
                .then()
                .then(database.sql("update audit_record set actor = :actor where seq = :seq")
                        .bind("actor", actor)
                        .bind("seq", seq)
                        .then())
                .then(database.sql("alter table audit_record enable trigger audit_record_append_only")
                        .then())
                .block();
    }
}
