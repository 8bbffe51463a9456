package cn.gongkai.platform.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.lettuce.core.RedisCommandTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;
import reactor.core.publisher.Mono;

/** A session the store could not read keeps its cookie; a session that is gone loses it. */
class SessionCookiesTests {

    private final SessionCookies cookies = new SessionCookies();

    @Test
    void aSessionThatCouldNotBeReadKeepsItsCookie() {
        MockServerWebExchange exchange = withSessionCookie();
        assertThat(find(store(Mono.error(new RedisCommandTimeoutException("HGETALL timed out"))), exchange))
                .isNull();

        cookies.expireSession(exchange);

        assertThat(exchange.getResponse().getCookies().get("SESSION")).isNull();
    }

    @Test
    void aSessionThatIsGoneLosesItsCookie() {
        MockServerWebExchange exchange = withSessionCookie();
        assertThat(find(store(Mono.empty()), exchange)).isNull();

        cookies.expireSession(exchange);

        assertThat(exchange.getResponse().getCookies().getFirst("SESSION").getMaxAge())
                .isZero();
    }

    private static MockServerWebExchange withSessionCookie() {
        return MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/site").cookie(new HttpCookie("SESSION", "abc")));
    }

    private static MapSession find(ResilientSessionRepository<MapSession> repository, MockServerWebExchange exchange) {
        return repository
                .findById("abc")
                .contextWrite(
                        context -> context.put(ServerWebExchangeContextFilter.EXCHANGE_CONTEXT_ATTRIBUTE, exchange))
                .block();
    }

    @SuppressWarnings("unchecked")
    private static ResilientSessionRepository<MapSession> store(Mono<MapSession> found) {
        ReactiveSessionRepository<MapSession> redis = mock(ReactiveSessionRepository.class);
        when(redis.findById("abc")).thenReturn(found);
        RedisConnectionWarmUp warmUp = mock(RedisConnectionWarmUp.class);
        when(warmUp.isConnected()).thenReturn(true);
        return new ResilientSessionRepository<>(redis, warmUp);
    }
}
