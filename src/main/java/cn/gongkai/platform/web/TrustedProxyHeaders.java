package cn.gongkai.platform.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;
import reactor.core.publisher.Mono;

/**
 * {@code Forwarded} and {@code X-Forwarded-*} say who the client is and how it reached the portal; only the reverse
 * proxy may say so. From a trusted proxy's address they are applied (the client's address in the audit trail, the
 * scheme); from anyone else they are dropped, so nobody writes another address into the audit trail or another
 * host into a link. The proxy itself sets them and drops what clients send (nginx/proxy.conf).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TrustedProxyHeaders implements WebFilter {

    /**
     * @param trustedProxies the addresses of the reverse proxies (nginx); loopback when unset, as in the local set-up
     */
    @ConfigurationProperties(prefix = "gongkai.proxy")
    public record Settings(List<String> trustedProxies) {
        public Settings {
            trustedProxies = trustedProxies == null || trustedProxies.isEmpty()
                    ? List.of("127.0.0.1", "::1")
                    : List.copyOf(trustedProxies);
        }
    }

    private final Set<InetAddress> trusted;
    private final ForwardedHeaderTransformer apply = new ForwardedHeaderTransformer();
    private final ForwardedHeaderTransformer drop = new ForwardedHeaderTransformer();

    TrustedProxyHeaders(Settings settings) {
        this.trusted = settings.trustedProxies().stream()
                .map(TrustedProxyHeaders::address)
                .collect(Collectors.toSet());
        drop.setRemoveOnly(true);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        InetSocketAddress remote = request.getRemoteAddress();
        boolean fromProxy = remote != null && remote.getAddress() != null && trusted.contains(remote.getAddress());
        ServerHttpRequest checked = (fromProxy ? apply : drop).apply(request);
        return chain.filter(
                checked == request
                        ? exchange
                        : exchange.mutate().request(checked).build());
    }

    private static InetAddress address(String literal) {
        // Literal addresses only, so that nothing is looked up in DNS.
        if (!literal.matches("[0-9A-Fa-f.:]+")) {
            throw new IllegalArgumentException("gongkai.proxy.trusted-proxies: not an IP address: " + literal);
        }
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException notAnAddress) {
            throw new IllegalArgumentException(
                    "gongkai.proxy.trusted-proxies: not an IP address: " + literal, notAnAddress);
        }
    }
}
