package cn.gongkai.hotline.open311;

import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.web.RequestIdFilter;
import java.nio.charset.StandardCharsets;
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
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors of the open interface (开放接口错误): under {@code /open311/} they leave as GeoReport v2 says, not as the portal's RFC 9457 problems: an array of
 * {@code {code, description}}, the HTTP status as the code, the description in the request's language naming the
 * parameter. Runs before the portal's problem handler, and leaves every other path to it.
 */
@Component
@Order(-3)
class Open311Errors implements WebExceptionHandler {

    static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    Open311Errors(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (!exchange.getRequest().getPath().value().startsWith("/open311/")
                || exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        Locale locale = exchange.getLocaleContext().getLocale();
        if (locale == null) {
            locale = Locale.SIMPLIFIED_CHINESE;
        }
        Open311Exception refusal = asRefusal(error);
        if (refusal.status().is5xxServerError()) {
            try (MDC.MDCCloseable ignored = MDC.putCloseable(
                    RequestIdFilter.MDC_KEY, RequestIdFilter.of(exchange).requestId())) {
                log.error(
                        "Open311 request failed: {} {}",
                        exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath(),
                        error);
            }
        }
        List<Map<String, Object>> body = new ArrayList<>();
        for (Open311Exception.Problem problem : refusal.problems()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", refusal.status().value());
            entry.put("description", describe(problem, locale));
            body.add(entry);
        }
        var response = exchange.getResponse();
        response.setStatusCode(refusal.status());
        HttpHeaders headers = response.getHeaders();
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        headers.setContentType(JSON);
        headers.setCacheControl("no-store");
        if (refusal.status() == HttpStatus.CONTENT_TOO_LARGE) {
            headers.setConnection("close"); // the rest of the body is not read: the connection cannot be reused
        }
        if (error instanceof ErrorResponse withHeaders) {
            // What the client needs to act on, such as Retry-After with a 429.
            String retryAfter = withHeaders.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
            if (retryAfter != null) {
                headers.set(HttpHeaders.RETRY_AFTER, retryAfter);
            }
        }
        DataBuffer buffer = response.bufferFactory().wrap(json.writeValueAsBytes(body));
        return response.writeWith(Mono.just(buffer));
    }

    /** Every error as the refusal GeoReport would give: the portal's own problems keep their status and words. */
    static Open311Exception asRefusal(Throwable error) {
        if (error instanceof Open311Exception refusal) {
            return refusal;
        }
        if (error instanceof PortalException portal) {
            HttpStatus status = HttpStatus.valueOf(portal.getStatusCode().value());
            if (!portal.fieldProblems().isEmpty()) {
                List<Open311Exception.Problem> problems = portal.fieldProblems().stream()
                        .map(field -> new Open311Exception.Problem(
                                Open311Requests.parameterOf(field.field()), field.messageKey(), field.arguments()))
                        .toList();
                return new Open311Exception(status, problems);
            }
            return new Open311Exception(status, null, "problem." + portal.slug() + ".title");
        }
        if (error instanceof DataBufferLimitException) {
            return byStatus(HttpStatus.CONTENT_TOO_LARGE);
        }
        if (error instanceof ErrorResponse response) {
            return byStatus(response.getStatusCode());
        }
        return byStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static Open311Exception byStatus(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        HttpStatus refused = known == null ? HttpStatus.BAD_REQUEST : known;
        String key = switch (refused.value()) {
            case 404 -> "open311.no-such-resource";
            case 405 -> "problem.method-not-allowed.title";
            case 413 -> "problem.body-too-large.title";
            case 415 -> "open311.form-expected";
            case 429 -> "problem.too-many-requests.title";
            default -> refused.is5xxServerError() ? "open311.general-error" : "problem.bad-request.title";
        };
        return new Open311Exception(refused, null, key);
    }

    private String describe(Open311Exception.Problem problem, Locale locale) {
        String message = messages.getMessage(
                new DefaultMessageSourceResolvable(
                        new String[] {problem.messageKey()}, problem.arguments(), problem.messageKey()),
                locale);
        return problem.parameter() == null ? message : problem.parameter() + ": " + message;
    }
}
