package cn.gongkai.platform;

import java.util.Optional;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Who asked, from where: the request id (also sent back as {@code X-Request-Id}) and the client
 * address, carried in the Reactor context of every request so audit and logs can name them.
 */
public record RequestMetadata(String requestId, String clientAddress) {

    public static final String HEADER = "X-Request-Id";
    static final Object CONTEXT_KEY = RequestMetadata.class;

    /** Outside a web request (scheduled jobs, start-up) there is no request: the system acts. */
    public static final RequestMetadata SYSTEM = new RequestMetadata("system", "127.0.0.1");

    public static Mono<RequestMetadata> current() {
        return Mono.deferContextual(context -> Mono.just(from(context)));
    }

    public static RequestMetadata from(ContextView context) {
        return context.<RequestMetadata>getOrEmpty(CONTEXT_KEY).orElse(SYSTEM);
    }

    public static Optional<RequestMetadata> in(ContextView context) {
        return context.getOrEmpty(CONTEXT_KEY);
    }
}
