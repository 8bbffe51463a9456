package cn.gongkai.identity.internal;

import cn.gongkai.platform.RequestMetadata;
import cn.gongkai.platform.ratelimit.RateLimiter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits how often one client address may start a log-in (登录频率限制): each start makes a session and a state in
 * Redis, which a flood must not fill. Before the security chain, after the request's address is known.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class LogInLimit implements WebFilter {

    static final String START = "/oauth2/authorization/";

    private final RateLimiter limiter;

    LogInLimit(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith(START)) {
            return chain.filter(exchange);
        }
        return RequestMetadata.current()
                .flatMap(request -> limiter.acquire("log-in", request.clientAddress()))
                .then(Mono.defer(() -> chain.filter(exchange)));
    }
}
