package cn.gongkai.platform.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** Whether a request speaks for a person: it carries a bearer token or the session cookie. */
public final class RequestCredentials {

    private RequestCredentials() {}

    public static boolean carried(ServerHttpRequest request) {
        return request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
                || request.getCookies().containsKey("SESSION");
    }
}
