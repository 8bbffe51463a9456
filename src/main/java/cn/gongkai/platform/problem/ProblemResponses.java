package cn.gongkai.platform.problem;

import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.web.PlainTextInput;
import cn.gongkai.platform.web.RequestIdFilter;
import cn.gongkai.shared.CalendarYearMissingException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Turns any error into one RFC 9457 {@code application/problem+json} body: a stable type, a title
 * and detail in the request's language, the request id, and the offending fields.
 */
@Component
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    /** How long a client should wait before sending again what the database could not take. */
    private static final String DATABASE_RETRY_AFTER_SECONDS = "5";

    private final MessageSource messages;
    private final List<HttpMessageWriter<?>> writers;

    public ProblemResponses(MessageSource messages, ServerCodecConfigurer codecs) {
        this.messages = messages;
        this.writers = codecs.getWriters();
    }

    public Mono<Void> write(ServerWebExchange exchange, Throwable error) {
        Locale locale = exchange.getLocaleContext().getLocale();
        Problem problem = toProblem(error, locale == null ? Locale.SIMPLIFIED_CHINESE : locale);
        String requestId = RequestIdFilter.of(exchange).requestId();
        Map<String, Object> body = problem.body(exchange.getRequest().getPath().value(), requestId);
        if (problem.status().is5xxServerError()) {
            // Written outside the request's Reactor context: the id the body tells users to quote is set here.
            try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestIdFilter.MDC_KEY, requestId)) {
                log.error(
                        "request failed: {} {}",
                        exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath(),
                        error);
            }
        }
        exchange.getResponse().getHeaders().remove("Content-Length");
        return ServerResponse.status(problem.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .headers(headers -> {
                    headers.setCacheControl("no-store");
                    if (problem.status().value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
                        // Answered before the body was read to its end: the rest is not read, so the connection
                        // cannot carry another request, and the client must know before it reuses it.
                        headers.setConnection("close");
                    }
                    if (problem.status().value() == HttpStatus.SERVICE_UNAVAILABLE.value()
                            && !(error instanceof ErrorResponse)) {
                        headers.set(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS);
                    }
                    // What the error says the client needs, such as Retry-After with a 429.
                    if (error instanceof ErrorResponse response) {
                        response.getHeaders().forEach((name, values) -> {
                            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                                headers.put(name, values);
                            }
                        });
                    }
                })
                .bodyValue(body)
                .flatMap(response -> response.writeTo(exchange, new ServerResponse.Context() {
                    @Override
                    public List<HttpMessageWriter<?>> messageWriters() {
                        return writers;
                    }

                    @Override
                    public List<ViewResolver> viewResolvers() {
                        return List.of();
                    }
                }));
    }

    Problem toProblem(Throwable error, Locale locale) {
        if (error instanceof PortalException portal) {
            List<Map<String, String>> fields = new ArrayList<>();
            for (PortalException.FieldProblem field : portal.fieldProblems()) {
                fields.add(field(field.field(), text(field.messageKey(), locale, field.arguments())));
            }
            return new Problem(
                    portal.getStatusCode(),
                    portal.slug(),
                    text("problem." + portal.slug() + ".title", locale),
                    text(portal.getDetailMessageCode(), locale, portal.getDetailMessageArguments()),
                    fields,
                    portal.getBody().getProperties() == null
                            ? Map.of()
                            : portal.getBody().getProperties());
        }
        if (error instanceof CalendarYearMissingException missing) {
            return new Problem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "calendar-year-missing",
                    text("problem.calendar-year-missing.title", locale),
                    text("problem.calendar-year-missing.detail", locale, Integer.toString(missing.year())),
                    List.of());
        }
        if (error instanceof WebExchangeBindException bind) {
            List<Map<String, String>> fields = new ArrayList<>();
            for (FieldError fieldError : bind.getFieldErrors()) {
                fields.add(field(fieldError.getField(), messages.getMessage(fieldError, locale)));
            }
            bind.getGlobalErrors().forEach(global -> fields.add(field("", messages.getMessage(global, locale))));
            return simple(HttpStatus.BAD_REQUEST, "validation", locale, fields);
        }
        if (error instanceof HandlerMethodValidationException invalid) {
            List<Map<String, String>> fields = new ArrayList<>();
            invalid.getParameterValidationResults()
                    .forEach(result -> result.getResolvableErrors()
                            .forEach(message -> fields.add(field(
                                    result.getMethodParameter().getParameterName(),
                                    messages.getMessage(message, locale)))));
            return simple(HttpStatus.BAD_REQUEST, "validation", locale, fields);
        }
        if (error instanceof DataBufferLimitException || hasCause(error, DataBufferLimitException.class)) {
            return simple(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", locale, List.of());
        }
        if (error instanceof UnsupportedMediaTypeStatusException) {
            return simple(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", locale, List.of());
        }
        if (error instanceof ServerWebInputException input) {
            return bodyProblem(input, locale);
        }
        // A body the codecs could not parse at all (a multipart body without its boundary, say) is the sender's error.
        if (error instanceof DecodingException || hasCause(error, DecodingException.class)) {
            return simple(HttpStatus.BAD_REQUEST, "malformed-body", locale, List.of());
        }
        if (error instanceof AuthenticationException) {
            return simple(HttpStatus.UNAUTHORIZED, "unauthenticated", locale, List.of());
        }
        if (error instanceof CsrfException) {
            return simple(HttpStatus.FORBIDDEN, "csrf", locale, List.of());
        }
        if (error instanceof AccessDeniedException) {
            return simple(HttpStatus.FORBIDDEN, "forbidden", locale, List.of());
        }
        if (databaseAway(error)) {
            return simple(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", locale, List.of());
        }
        if (error instanceof ResponseStatusException status) {
            return byStatus(status.getStatusCode(), locale);
        }
        if (error instanceof ErrorResponse response) {
            return byStatus(response.getStatusCode(), locale);
        }
        return simple(HttpStatus.INTERNAL_SERVER_ERROR, "internal", locale, List.of());
    }

    /** Malformed JSON, an unknown field, a value of the wrong type: say which field when known. */
    private Problem bodyProblem(ServerWebInputException input, Locale locale) {
        PropertyBindingException unknown = causeOf(input, PropertyBindingException.class);
        if (unknown != null) {
            return simple(
                    HttpStatus.BAD_REQUEST,
                    "unknown-field",
                    locale,
                    List.of(field(path(unknown), text("field.unknown", locale))));
        }
        MismatchedInputException mismatch = causeOf(input, MismatchedInputException.class);
        if (mismatch != null
                && !mismatch.getPath().isEmpty()
                && mismatch.getOriginalMessage().startsWith(PlainTextInput.MESSAGE)) {
            return simple(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    locale,
                    List.of(field(path(mismatch), text("field.control-character", locale))));
        }
        if (mismatch != null && !mismatch.getPath().isEmpty()) {
            return simple(
                    HttpStatus.BAD_REQUEST,
                    "malformed-body",
                    locale,
                    List.of(field(path(mismatch), text("field.wrong-type", locale))));
        }
        if (causeOf(input, JacksonException.class) != null || causeOf(input, DecodingException.class) != null) {
            return simple(HttpStatus.BAD_REQUEST, "malformed-body", locale, List.of());
        }
        if (input.getMethodParameter() != null && input.getMethodParameter().getParameterName() != null) {
            return simple(
                    HttpStatus.BAD_REQUEST,
                    "bad-parameter",
                    locale,
                    List.of(field(input.getMethodParameter().getParameterName(), text("field.invalid", locale))));
        }
        return simple(HttpStatus.BAD_REQUEST, "bad-request", locale, List.of());
    }

    private Problem byStatus(HttpStatusCode status, Locale locale) {
        String slug = switch (status.value()) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found-route";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "body-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> status.is4xxClientError() ? "bad-request" : "internal";
        };
        return simple(status, slug, locale, List.of());
    }

    private Problem simple(HttpStatusCode status, String slug, Locale locale, List<Map<String, String>> fields) {
        return new Problem(
                status,
                slug,
                text("problem." + slug + ".title", locale),
                text("problem." + slug + ".detail", locale),
                fields);
    }

    private String text(String code, Locale locale, Object... arguments) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {code}, arguments, code), locale);
    }

    /**
     * The database cannot be reached or no connection came free in time (连接池已满): the request was not carried out,
     * and the client may send it again (with its Idempotency-Key) shortly.
     */
    private static boolean databaseAway(Throwable error) {
        return error instanceof DataAccessResourceFailureException
                || hasCause(error, R2dbcTimeoutException.class)
                || hasCause(error, R2dbcNonTransientResourceException.class)
                || hasCause(error, R2dbcTransientResourceException.class);
    }

    private static String path(tools.jackson.databind.DatabindException error) {
        StringBuilder path = new StringBuilder();
        for (var reference : error.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Map<String, String> field(String name, String message) {
        Map<String, String> field = new LinkedHashMap<>();
        field.put("field", name);
        field.put("message", message);
        return field;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        return causeOf(error, type) != null;
    }

    private static <T extends Throwable> T causeOf(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /**
     * A problem before it is tied to a request; {@code extensions} are the extension members a client reads (RFC 9457
     * §3.2), such as the number of the application a submission repeats.
     */
    record Problem(
            HttpStatusCode status,
            String slug,
            String title,
            String detail,
            List<Map<String, String>> errors,
            Map<String, Object> extensions) {

        Problem(HttpStatusCode status, String slug, String title, String detail, List<Map<String, String>> errors) {
            this(status, slug, title, detail, errors, Map.of());
        }

        Map<String, Object> body(String instance, String requestId) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", PortalException.ProblemTypes.of(slug).toString());
            body.put("title", title);
            body.put("status", status.value());
            body.put("detail", detail);
            body.put("instance", instance);
            body.put("requestId", requestId);
            if (!errors.isEmpty()) {
                body.put("errors", errors);
            }
            extensions.forEach(body::putIfAbsent);
            return body;
        }
    }
}
