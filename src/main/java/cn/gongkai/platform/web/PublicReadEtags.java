package cn.gongkai.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Consumer;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * An ETag for every public read (its {@code Cache-Control} says "public", {@link PublicCaching}) answered 200 without one
 * of its own: the SHA-256 of its bytes. A request whose {@code If-None-Match} names it is answered 304 without them, so a
 * browser asking again about a page it holds, or nginx's shared cache refreshing its copy, moves no body. What Spring's
 * ShallowEtagHeaderFilter does for servlet applications; WebFlux has no such filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class PublicReadEtags implements WebFilter {

    /** The first 16 bytes of the digest: enough to tell two versions of a page apart. */
    private static final int TAG_BYTES = 16;

    /** Tags of bodies kept in memory and answered again and again (a cached page), by the very array. */
    private static final Cache<byte[], String> KEPT =
            Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

    /**
     * The ETag of a body the caller keeps in memory and answers many times (a cached page's bytes): hashed once per
     * array rather than on every request. Set on the response, it spares the filter its own hashing.
     */
    public static String of(byte[] body) {
        return KEPT.get(body, kept -> tag(sha256 -> sha256.update(kept)));
    }

    private static String tag(Consumer<MessageDigest> body) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("every Java platform has SHA-256", absent);
        }
        body.accept(sha256);
        byte[] digest = Arrays.copyOf(sha256.digest(), TAG_BYTES);
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!HttpMethod.GET.equals(exchange.getRequest().getMethod())) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().response(new Tagging(exchange)).build());
    }

    /** The response, tagged as it is written when it is a public read. */
    private static final class Tagging extends ServerHttpResponseDecorator {

        private final ServerWebExchange exchange;

        Tagging(ServerWebExchange exchange) {
            super(exchange.getResponse());
            this.exchange = exchange;
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            if (!taggable(getDelegate())) {
                return super.writeWith(body);
            }
            return DataBufferUtils.join(body).flatMap(joined -> {
                String etag = etagOf(joined);
                getHeaders().setETag(etag);
                if (exchange.checkNotModified(etag)) {
                    DataBufferUtils.release(joined);
                    getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
                    return getDelegate().setComplete();
                }
                return super.writeWith(Mono.just(joined));
            });
        }

        private static boolean taggable(ServerHttpResponse response) {
            HttpStatusCode status = response.getStatusCode();
            String caching = response.getHeaders().getCacheControl();
            return (status == null || status.isSameCodeAs(HttpStatus.OK))
                    && response.getHeaders().getETag() == null
                    && caching != null
                    && caching.contains("public");
        }

        private static String etagOf(DataBuffer body) {
            return tag(sha256 -> {
                try (DataBuffer.ByteBufferIterator buffers = body.readableByteBuffers()) {
                    buffers.forEachRemaining(sha256::update);
                }
            });
        }
    }
}
