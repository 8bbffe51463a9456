package cn.gongkai.identity;

import cn.gongkai.platform.web.RequestCredentials;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Reads the signed-in person at most once per request, when first asked: a submission asks for them in its limits,
 * its files and itself. Runs inside Spring Security's filter (order -100), whose security context it reads. A request
 * without credentials has no person to read and passes untouched (a cached public page among them).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CurrentUserOncePerRequest implements WebFilter {

    private final CurrentUser currentUser;

    CurrentUserOncePerRequest(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!RequestCredentials.carried(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange)
                .contextWrite(context -> context.put(
                        CurrentUser.ONCE_PER_REQUEST, currentUser.read().cache()));
    }
}
