package cn.gongkai.platform.web;

import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.platform.crypto.Sm3;
import jakarta.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code Idempotency-Key} of a submission (幂等键): a retry with the same key and the same body answers what the
 * first made; the same key with another body is refused.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";

    /** For the OpenAPI document; {@link #isWellFormed} checks the same. */
    public static final String PATTERN = "^[\\x21-\\x7e]{8,128}$";

    private static final Pattern WELL_FORMED = Pattern.compile(PATTERN);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IdempotencyKey() {}

    public static boolean isWellFormed(@Nullable String key) {
        return key != null && WELL_FORMED.matcher(key).matches();
    }

    /** The 400 naming the header, for a submission without a well-formed key. */
    public static PortalException missing() {
        return new PortalException(
                HttpStatus.BAD_REQUEST, "idempotency-key-missing", List.of(new FieldProblem(HEADER, "field.invalid")));
    }

    /** What a retry must match: the body as the portal read it, so that formatting alone does not count. */
    public static String fingerprint(Object body) {
        return Sm3.hex(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The answer to a submission whose key was claimed before: what the first made when the body is the same, a 422
     * naming the key when it is another.
     */
    public static <T> Mono<T> retry(String key, String claimedFingerprint, String fingerprint, Mono<T> firstAnswer) {
        return claimedFingerprint.equals(fingerprint)
                ? firstAnswer
                : Mono.error(new PortalException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", key));
    }
}
