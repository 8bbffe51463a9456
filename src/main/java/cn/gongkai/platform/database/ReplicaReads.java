package cn.gongkai.platform.database;

import cn.gongkai.platform.web.RequestCredentials;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Marks the requests whose reads a streaming replica may answer: anonymous reads of the public archive, search, agency
 * directory, reply board and statistics, where a fraction of a second of replication lag is harmless. Never a request
 * with a session or a bearer token (the person may just have written, and must read what they wrote), never a change,
 * and never a page the page cache keeps: it renders outside the request, from the primary, so that a page rendered
 * just after a publication cannot be the old one kept until the next.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class ReplicaReads implements WebFilter {

    private static final String MARK = ReplicaReads.class.getName();

    private static final List<PathPattern> PUBLIC_READS = Stream.of(
                    "/api/reports",
                    "/api/reports/**",
                    "/api/agencies",
                    "/api/agencies/**",
                    "/api/hotline/board",
                    "/api/hotline/statistics",
                    "/api/hotline/catalogue",
                    "/reports/feed.atom",
                    "/sitemap.xml")
            .map(PathPatternParser.defaultInstance::parse)
            .toList();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!isAnonymousPublicRead(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange).contextWrite(ReplicaReads::allow);
    }

    /** Lets the replica answer the reads in this context that run in no transaction. */
    static Context allow(Context context) {
        return context.put(MARK, Boolean.TRUE);
    }

    /** Whether reads in this context may go to the replica. */
    static boolean allowed(ContextView context) {
        return context.hasKey(MARK);
    }

    static boolean isAnonymousPublicRead(ServerHttpRequest request) {
        HttpMethod method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            return false;
        }
        if (RequestCredentials.carried(request)) {
            return false;
        }
        var path = request.getPath().pathWithinApplication();
        return PUBLIC_READS.stream().anyMatch(pattern -> pattern.matches(path));
    }
}
