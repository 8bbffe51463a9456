package cn.gongkai.platform.session;

import java.util.List;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The session cookie. A request whose session was not found normally loses its cookie; when the session store
 * merely could not be read (a Redis timeout under load), the cookie is kept, so the next request, on any
 * instance, finds the session again.
 */
final class SessionCookies implements WebSessionIdResolver {

    private final WebSessionIdResolver cookies;

    SessionCookies() {
        this(new CookieWebSessionIdResolver());
    }

    SessionCookies(WebSessionIdResolver cookies) {
        this.cookies = cookies;
    }

    @Override
    public List<String> resolveSessionIds(ServerWebExchange exchange) {
        return cookies.resolveSessionIds(exchange);
    }

    @Override
    public void setSessionId(ServerWebExchange exchange, String sessionId) {
        cookies.setSessionId(exchange, sessionId);
    }

    @Override
    public void expireSession(ServerWebExchange exchange) {
        if (!Boolean.TRUE.equals(exchange.getAttribute(ResilientSessionRepository.STORE_UNAVAILABLE))) {
            cookies.expireSession(exchange);
        }
    }
}
