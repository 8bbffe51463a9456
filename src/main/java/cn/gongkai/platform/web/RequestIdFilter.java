package cn.gongkai.platform.web;

import cn.gongkai.platform.RequestMetadata;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an id: the one nginx assigned when it looks like one, otherwise a new one.
 * The id goes back in a response header, into the Reactor context and, through context
 * propagation, into the MDC of every log line written for the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestIdFilter implements WebFilter {

    public static final String MDC_KEY = "requestId";
    public static final String ATTRIBUTE = RequestMetadata.class.getName();
    private static final Pattern ACCEPTABLE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String offered = exchange.getRequest().getHeaders().getFirst(RequestMetadata.HEADER);
        String requestId = offered != null && ACCEPTABLE_ID.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
        RequestMetadata metadata = new RequestMetadata(requestId, clientAddress(exchange));
        exchange.getAttributes().put(ATTRIBUTE, metadata);
        exchange.getResponse().getHeaders().set(RequestMetadata.HEADER, requestId);
        return chain.filter(exchange)
                .contextWrite(
                        context -> context.put(RequestMetadata.class, metadata).put(MDC_KEY, requestId));
    }

    /** {@link TrustedProxyHeaders} has already put the client's address here when a trusted proxy gave it. */
    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    /** The metadata of a request this filter has seen, for code that holds the exchange. */
    public static RequestMetadata of(ServerWebExchange exchange) {
        Object metadata = exchange.getAttribute(ATTRIBUTE);
        return metadata instanceof RequestMetadata known ? known : RequestMetadata.SYSTEM;
    }

    static {
        // MDC is thread-bound; this lets Reactor copy the request id onto whichever thread logs.
        io.micrometer.context.ContextRegistry.getInstance()
                .registerThreadLocalAccessor(
                        MDC_KEY, () -> MDC.get(MDC_KEY), value -> MDC.put(MDC_KEY, value), () -> MDC.remove(MDC_KEY));
    }
}
