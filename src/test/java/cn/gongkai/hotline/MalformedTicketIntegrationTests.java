package cn.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.identity.RoleGrants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A thousand generated malformed tickets: every one is answered with a 4xx problem or taken in whole, never a 500, and
 * none leaves a row behind (tickets, timelines, attachments and idempotency keys counted before and after).
 */
@IntegrationTest
class MalformedTicketIntegrationTests {

    private static final int TRIES = 1000;
    private static final List<String> PATHS = List.of(
            "type",
            "categoryCode",
            "title",
            "description",
            "place",
            "place.regionId",
            "place.address",
            "happenedOn",
            "attachmentIds",
            "publishReply",
            "submitter",
            "submitter.kind",
            "submitter.name",
            "submitter.phone",
            "submitter.enterpriseName",
            "submitter.creditCode",
            "answeredByEntryId",
            "unexpected");

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Autowired
    RoleGrants grants;

    private final JsonMapper json = JsonMapper.builder().build();

    /** A damaged JSON value: wrong type, wrong length, wrong alphabet, wrong enum, unknown id, or nothing. */
    private static Arbitrary<Object> damagedValue() {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.just(""),
                Arbitraries.strings().ofMinLength(101).ofMaxLength(5000),
                Arbitraries.strings().all().ofMaxLength(40).map(text -> (Object) text),
                Arbitraries.strings()
                        .withChars("0123456789ABCDEFGHJKLMNPQRTUWXY- ")
                        .ofMaxLength(20)
                        .map(text -> (Object) text),
                Arbitraries.integers().map(number -> (Object) number),
                Arbitraries.doubles().map(number -> (Object) number),
                Arbitraries.of(true, false).map(flag -> (Object) flag),
                Arbitraries.of(
                                "ENQUIRY",
                                "complaint",
                                "ANONYMOUS",
                                "ENTERPRISE",
                                "2099-01-01",
                                "2026-02-30",
                                "00000000-0000-4000-8000-420100000000",
                                UUID.randomUUID().toString(),
                                "TEST-RETIRED",
                                "13812345678",
                                "91340600MA2N0XQX5X")
                        .map(name -> (Object) name),
                Arbitraries.just(List.of(1, "two", Map.of())),
                Arbitraries.just(Map.of("nested", Map.of("deeper", List.of()))),
                Arbitraries.strings().ofLength(36).list().ofMaxSize(12).map(list -> (Object) list));
    }

    /** Up to three fields damaged; one time in ten the body is cut short instead. */
    record Mutation(List<String> paths, List<Object> values, int cut) {}

    @Test
    void noMalformedTicketCausesAServerErrorOrAPartialRecord() {
        HotlineTestData.prepare(database, grants);
        List<Mutation> samples = Combinators.combine(
                        Arbitraries.of(PATHS).list().ofMinSize(1).ofMaxSize(3),
                        damagedValue().list().ofSize(3),
                        Arbitraries.integers().between(0, 9))
                .as(Mutation::new)
                .sampleStream()
                .limit(TRIES)
                .toList();
        Map<String, Long> before = counts();
        // Signed in, so that the anonymous intake limit does not stand between the test and what it checks.
        WebTestClient citizen = Api.as(HotlineTestData.CITIZEN, port);
        int accepted = 0;
        for (Mutation mutation : samples) {
            String body = body(mutation);
            int status = citizen.post()
                    .uri("/api/hotline/tickets")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange()
                    .expectBody(String.class)
                    .consumeWith(result -> assertThat(result.getStatus().value())
                            .as(
                                    "%s answered %s",
                                    body.length() > 400 ? body.substring(0, 400) : body, result.getResponseBody())
                            .isIn(201, 400, 413, 415, 422))
                    .returnResult()
                    .getStatus()
                    .value();
            if (status == 201) {
                accepted++;
            }
        }
        Map<String, Long> after = counts();
        assertThat(after.get("tickets")).isEqualTo(before.get("tickets") + accepted);
        assertThat(after.get("keys")).isEqualTo(before.get("keys") + accepted);
        // Each ticket taken in has its receipt on its timeline, and only tickets taken in have timelines.
        assertThat(after.get("orphans")).isZero();
        assertThat(accepted).as("nearly every damaged ticket is refused").isLessThan(TRIES / 4);
    }

    private Map<String, Long> counts() {
        return Map.of(
                "tickets", count("select count(*) as n from hotline_ticket"),
                "keys", count("select count(*) as n from hotline_submission_key"),
                "orphans",
                        count("select count(*) as n from hotline_ticket t where not exists "
                                + "(select 1 from hotline_event e where e.ticket_id = t.id and e.seq = 1)"));
    }

    private long count(String sql) {
        return database.sql(sql).map(row -> row.get("n", Long.class)).one().block();
    }

    @SuppressWarnings("unchecked")
    private String body(Mutation mutation) {
        Map<String, Object> ticket = deepCopy(HotlineTestData.enterpriseComplaint("生成的工单"));
        for (int i = 0; i < mutation.paths().size(); i++) {
            String[] path = mutation.paths().get(i).split("\\.");
            Object target = ticket;
            for (int j = 0; j < path.length - 1 && target instanceof HashMap; j++) {
                target = ((Map<String, Object>) target).get(path[j]);
            }
            if (target instanceof HashMap) {
                ((Map<String, Object>) target)
                        .put(path[path.length - 1], mutation.values().get(i));
            }
        }
        String text = json.writeValueAsString(ticket);
        return mutation.cut() == 0 ? text.substring(0, text.length() / 2) : text;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> original) {
        Map<String, Object> copy = new HashMap<>();
        original.forEach((key, value) -> copy.put(
                key,
                value instanceof Map
                        ? deepCopy((Map<String, Object>) value)
                        : value instanceof List<?> list ? new ArrayList<>(list) : value));
        return copy;
    }
}
