package cn.gongkai.hotline.open311;

import jakarta.annotation.Nullable;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request GeoReport refuses (开放接口错误), answered as the specification's array of {@code {code, description}}:
 * 403 for a missing or wrong {@code api_key}, 404 for what does not exist, 400 for anything else that cannot be done.
 */
class Open311Exception extends RuntimeException {

    private final HttpStatus status;
    private final List<Problem> problems;

    Open311Exception(HttpStatus status, List<Problem> problems) {
        super(status + " " + problems, null, false, false);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    Open311Exception(HttpStatus status, @Nullable String parameter, String messageKey, Object... arguments) {
        this(status, List.of(new Problem(parameter, messageKey, arguments)));
    }

    HttpStatus status() {
        return status;
    }

    List<Problem> problems() {
        return problems;
    }

    /**
     * One thing wrong: the parameter it is about (null when about the whole request) and the message that says what.
     */
    record Problem(@Nullable String parameter, String messageKey, Object... arguments) {

        @Override
        public String toString() {
            return (parameter == null ? "" : parameter + ": ") + messageKey;
        }
    }
}
