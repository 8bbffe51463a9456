package cn.gongkai.platform.session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;
import reactor.core.publisher.Mono;

/**
 * Reads a session as absent when Redis cannot be reached, so anonymous and public requests carry on
 * (a signed-in visitor is treated as signed out until Redis is back, and staff endpoints answer
 * 401 rather than 500). Writing a session still fails loudly: a log-in must not pretend to work.
 * Before the first connection is open it does not try Redis at all: that first connect blocks.
 * A session that could not be read is marked on the exchange, so that its cookie is kept (see
 * {@link SessionCookies}): one slow read must not sign the visitor out for good.
 */
final class ResilientSessionRepository<S extends Session> implements ReactiveSessionRepository<S> {

    private static final Logger log = LoggerFactory.getLogger(ResilientSessionRepository.class);

    /** Exchange attribute: the session store could not be read during this request. */
    static final String STORE_UNAVAILABLE = ResilientSessionRepository.class.getName() + ".unavailable";

    private final ReactiveSessionRepository<S> delegate;
    private final RedisConnectionWarmUp redis;

    ResilientSessionRepository(ReactiveSessionRepository<S> delegate, RedisConnectionWarmUp redis) {
        this.delegate = delegate;
        this.redis = redis;
    }

    @Override
    public Mono<S> createSession() {
        return delegate.createSession();
    }

    @Override
    public Mono<Void> save(S session) {
        if (!redis.isConnected()) {
            return Mono.error(new IllegalStateException("session store not connected"));
        }
        return delegate.save(session);
    }

    @Override
    public Mono<S> findById(String id) {
        if (!redis.isConnected()) {
            return unreadable();
        }
        return delegate.findById(id).onErrorResume(error -> {
            log.warn("session store unavailable, continuing without a session: {}", error.toString());
            return unreadable();
        });
    }

    @Override
    public Mono<Void> deleteById(String id) {
        if (!redis.isConnected()) {
            return Mono.empty();
        }
        return delegate.deleteById(id).onErrorResume(error -> {
            log.warn("session store unavailable, session {} not deleted: {}", id.hashCode(), error.toString());
            return Mono.empty();
        });
    }

    private static <S> Mono<S> unreadable() {
        return Mono.deferContextual(context -> {
            ServerWebExchangeContextFilter.getExchange(context)
                    .ifPresent(exchange -> exchange.getAttributes().put(STORE_UNAVAILABLE, Boolean.TRUE));
            return Mono.empty();
        });
    }
}
