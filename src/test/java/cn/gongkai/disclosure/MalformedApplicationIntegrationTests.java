package cn.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * A thousand generated malformed applications: every one is answered with a 4xx problem or accepted whole, never a
 * 500, and none leaves a half-written request behind.
 */
@IntegrationTest
class MalformedApplicationIntegrationTests {

    private static final String CITIZEN = "enterprise-demo";
    private static final int TRIES = 1000;
    private static final List<String> PATHS = List.of(
            "agency",
            "applicant",
            "applicant.kind",
            "applicant.name",
            "applicant.creditCode",
            "applicant.representative",
            "applicant.idType",
            "applicant.idNumber",
            "applicant.agent",
            "contact",
            "contact.phone",
            "contact.email",
            "contact.postalAddress",
            "contact.postalCode",
            "information",
            "information.title",
            "information.documentNumber",
            "information.description",
            "delivery",
            "delivery.medium",
            "delivery.channel",
            "attachments",
            "insistAsDisclosure",
            "unexpected");

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    private final JsonMapper json = JsonMapper.builder().build();

    /** A damaged JSON value: wrong type, wrong length, wrong alphabet, wrong enum, or nothing at all. */
    private static Arbitrary<Object> damagedValue() {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.just(""),
                Arbitraries.strings().ofMinLength(201).ofMaxLength(5000),
                Arbitraries.strings().all().ofMaxLength(40).map(text -> (Object) text),
                Arbitraries.strings()
                        .withChars("0123456789Xx- ")
                        .ofMaxLength(25)
                        .map(text -> (Object) text),
                Arbitraries.integers().map(number -> (Object) number),
                Arbitraries.doubles().map(number -> (Object) number),
                Arbitraries.of(true, false).map(flag -> (Object) flag),
                Arbitraries.of("NATURAL", "PAPER ", "email", "RESIDENT_ID_CARD", "COMMERCIAL_ENTERPRISE", "POST")
                        .map(name -> (Object) name),
                Arbitraries.just(List.of(1, "two", Map.of())),
                Arbitraries.just(Map.of("nested", Map.of("deeper", List.of()))),
                Arbitraries.strings().ofLength(36).list().ofMaxSize(8).map(list -> (Object) list));
    }

    private static Arbitrary<Mutation> mutations() {
        return Combinators.combine(
                        Arbitraries.of(PATHS).list().ofMinSize(1).ofMaxSize(3),
                        damagedValue().list().ofSize(3),
                        Arbitraries.integers().between(0, 9))
                .as(Mutation::new);
    }

    /** Up to three fields damaged; one time in ten the body is cut short instead. */
    record Mutation(List<String> paths, List<Object> values, int cut) {}

    @Test
    void noMalformedApplicationCausesAServerErrorOrAPartialRecord() {
        List<Mutation> samples = mutations().sampleStream().limit(TRIES).toList();
        int before = DisclosureTestData.countOf(database, CITIZEN);
        int accepted = 0;
        for (Mutation mutation : samples) {
            String body = body(mutation);
            int status = Api.as(CITIZEN, port)
                    .post()
                    .uri("/api/disclosure/requests")
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
        assertThat(DisclosureTestData.countOf(database, CITIZEN)).isEqualTo(before + accepted);
        assertThat(accepted).as("nearly every damaged application is refused").isLessThan(TRIES / 4);
    }

    @SuppressWarnings("unchecked")
    private String body(Mutation mutation) {
        Map<String, Object> application = deepCopy(DisclosureTestData.application("340600", "生成的申请"));
        for (int i = 0; i < mutation.paths().size(); i++) {
            String[] path = mutation.paths().get(i).split("\\.");
            Object target = application;
            for (int j = 0; j < path.length - 1 && target instanceof HashMap; j++) {
                target = ((Map<String, Object>) target).get(path[j]);
            }
            if (target instanceof HashMap) {
                ((Map<String, Object>) target)
                        .put(path[path.length - 1], mutation.values().get(i));
            }
        }
        String text = json.writeValueAsString(application);
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
