package cn.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed JSON bodies generated from a valid one (up to three fields damaged, or the text cut short), and the check
 * that each is refused with a 4xx problem or taken in whole.
 */
public final class MalformedBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MalformedBodies() {}

    /** Up to three fields damaged; one time in ten the body is cut short instead. */
    private record Mutation(List<String> paths, List<Object> values, int cut) {}

    /**
     * @param valid a body the API takes in
     * @param paths the fields to damage, dotted for nested ones
     * @param longerThan a length over the limit of every short text field
     * @param alphabet the characters of the module's codes, for values that nearly look like one
     * @param nearMisses the module's enum names, codes and ids, to be put where they do not belong
     */
    public static List<String> generate(
            Map<String, Object> valid,
            List<String> paths,
            int longerThan,
            String alphabet,
            List<Object> nearMisses,
            int count) {
        return Combinators.combine(
                        Arbitraries.of(paths).list().ofMinSize(1).ofMaxSize(3),
                        damagedValue(longerThan, alphabet, nearMisses).list().ofSize(3),
                        Arbitraries.integers().between(0, 9))
                .as(Mutation::new)
                .sampleStream()
                .limit(count)
                .map(mutation -> apply(valid, mutation))
                .toList();
    }

    /**
     * Posts each body with a fresh idempotency key and checks that every answer is 201 or a 4xx problem, naming the
     * body that got anything else (409: a body still whole repeats one taken in before). Returns how many were taken
     * in.
     */
    public static int postEach(WebTestClient client, String uri, List<String> bodies) {
        int accepted = 0;
        for (String body : bodies) {
            int status = client.post()
                    .uri(uri)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange()
                    .expectBody(String.class)
                    .consumeWith(result -> assertThat(result.getStatus().value())
                            .as(
                                    "%s answered %s",
                                    body.length() > 400 ? body.substring(0, 400) : body, result.getResponseBody())
                            .isIn(201, 400, 409, 413, 415, 422))
                    .returnResult()
                    .getStatus()
                    .value();
            if (status == 201) {
                accepted++;
            }
        }
        return accepted;
    }

    /** A damaged JSON value: wrong type, wrong length, wrong alphabet, misplaced name or id, or nothing. */
    private static Arbitrary<Object> damagedValue(int longerThan, String alphabet, List<Object> nearMisses) {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.just(""),
                Arbitraries.strings().ofMinLength(longerThan + 1).ofMaxLength(5000),
                Arbitraries.strings().all().ofMaxLength(40).map(text -> (Object) text),
                Arbitraries.strings().withChars(alphabet).ofMaxLength(25).map(text -> (Object) text),
                Arbitraries.integers().map(number -> (Object) number),
                Arbitraries.doubles().map(number -> (Object) number),
                Arbitraries.of(true, false).map(flag -> (Object) flag),
                Arbitraries.of(nearMisses),
                Arbitraries.just(List.of(1, "two", Map.of())),
                Arbitraries.just(Map.of("nested", Map.of("deeper", List.of()))),
                Arbitraries.strings().ofLength(36).list().ofMaxSize(12).map(list -> (Object) list));
    }

    @SuppressWarnings("unchecked")
    private static String apply(Map<String, Object> valid, Mutation mutation) {
        Map<String, Object> body = deepCopy(valid);
        for (int i = 0; i < mutation.paths().size(); i++) {
            String[] path = mutation.paths().get(i).split("\\.");
            Object target = body;
            for (int j = 0; j < path.length - 1 && target instanceof HashMap; j++) {
                target = ((Map<String, Object>) target).get(path[j]);
            }
            if (target instanceof HashMap) {
                ((Map<String, Object>) target)
                        .put(path[path.length - 1], mutation.values().get(i));
            }
        }
        String text = JSON.writeValueAsString(body);
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
