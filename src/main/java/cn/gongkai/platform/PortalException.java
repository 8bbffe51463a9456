package cn.gongkai.platform;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A domain error with a stable problem type; title and detail come from {@code messages*.properties}
 * under {@code problem.<slug>.title} and {@code problem.<slug>.detail}, in the request's language.
 */
public class PortalException extends ErrorResponseException {

    private final String slug;
    private final List<FieldProblem> fieldProblems;

    public PortalException(HttpStatusCode status, String slug, Object... detailArguments) {
        this(status, slug, List.of(), detailArguments);
    }

    public PortalException(
            HttpStatusCode status, String slug, List<FieldProblem> fieldProblems, Object... detailArguments) {
        super(status, ProblemDetail.forStatus(status), null, "problem." + slug + ".detail", detailArguments);
        this.slug = slug;
        this.fieldProblems = List.copyOf(fieldProblems);
        getBody().setType(ProblemTypes.of(slug));
    }

    /** The same problem, caused by {@code cause}: kept for the log, never shown to the client. */
    public PortalException causedBy(Throwable cause) {
        PortalException caused =
                new PortalException(getStatusCode(), slug, fieldProblems, cause, getDetailMessageArguments());
        caused.getBody().setType(getBody().getType());
        caused.getBody().setProperties(getBody().getProperties());
        return caused;
    }

    private PortalException(
            HttpStatusCode status,
            String slug,
            List<FieldProblem> fieldProblems,
            Throwable cause,
            Object[] detailArguments) {
        super(status, ProblemDetail.forStatus(status), cause, "problem." + slug + ".detail", detailArguments);
        this.slug = slug;
        this.fieldProblems = List.copyOf(fieldProblems);
        getBody().setType(ProblemTypes.of(slug));
    }

    public String slug() {
        return slug;
    }

    /** Adds an extension member to the problem (RFC 9457 §3.2): a fact the client reads, beside the words. */
    public PortalException with(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /** One offending field, with the message key that explains it. */
    public record FieldProblem(String field, String messageKey, Object... arguments) {

        /** Problems naming the same field, message and arguments are equal (not only with the same array). */
        @Override
        public boolean equals(Object other) {
            return other instanceof FieldProblem problem
                    && Objects.equals(field, problem.field)
                    && Objects.equals(messageKey, problem.messageKey)
                    && Arrays.deepEquals(arguments, problem.arguments);
        }

        @Override
        public int hashCode() {
            return Objects.hash(field, messageKey, Arrays.deepHashCode(arguments));
        }

        @Override
        public String toString() {
            return "FieldProblem[field=" + field + ", messageKey=" + messageKey + ", arguments="
                    + Arrays.deepToString(arguments) + "]";
        }
    }

    /** Stable problem type URIs ({@code urn:problem-type:gongkai:<slug>}). */
    public static final class ProblemTypes {
        private ProblemTypes() {}

        public static URI of(String slug) {
            return URI.create("urn:problem-type:gongkai:" + slug);
        }
    }
}
