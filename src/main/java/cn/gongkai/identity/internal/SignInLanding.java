package cn.gongkai.identity.internal;

import cn.gongkai.identity.Role;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a browser lands after signing in. The sign-in link names the page the person was on
 * ({@code /oauth2/authorization/gongkai?return=/disclosure/apply/agency}); that page is kept in the
 * session while the person is at the identity provider. Staff land on their console (or on the
 * console page they came from), everyone else on the page they came from, or on 我的 without one.
 * Only a path of this portal is ever followed: anything that could lead to another site (an
 * absolute or protocol-relative address, a backslash, a control character) lands on the default,
 * so the link cannot be used as an open redirect.
 */
final class SignInLanding implements ServerAuthenticationSuccessHandler {

    static final String RETURN_PARAMETER = "return";
    private static final String RETURN_ATTRIBUTE = SignInLanding.class.getName() + ".return";
    private static final Set<String> STAFF_AUTHORITIES = Arrays.stream(Role.values())
            .filter(Role::isStaff)
            .map(Role::authority)
            .collect(Collectors.toUnmodifiableSet());
    private static final int LONGEST_PATH = 2000;

    private final ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

    /** Where someone lands: the path they came from, if it is one of this portal's pages and suits them. */
    static String landingFor(String returnPath, boolean staff) {
        boolean portalPage = isPortalPage(returnPath);
        if (staff) {
            return portalPage && (returnPath.equals("/staff") || returnPath.startsWith("/staff/"))
                    ? returnPath
                    : "/staff";
        }
        return portalPage ? returnPath : "/me";
    }

    /** A page of this portal, by its path (with a query): nothing another site, the sign-in itself, or the API. */
    static boolean isPortalPage(String path) {
        if (path == null || path.isEmpty() || path.length() > LONGEST_PATH) {
            return false;
        }
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return false;
        }
        if (path.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
            return false;
        }
        try {
            URI uri = new URI(path);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return false;
            }
        } catch (java.net.URISyntaxException malformed) {
            return false;
        }
        return !(path.startsWith("/oauth2/")
                || path.startsWith("/login")
                || path.startsWith("/logout")
                || path.startsWith("/api/")
                || path.equals("/api"));
    }

    /** The resolver that starts the sign-in, keeping the page the person came from in the session. */
    ServerOAuth2AuthorizationRequestResolver remembering(ServerOAuth2AuthorizationRequestResolver delegate) {
        return new ServerOAuth2AuthorizationRequestResolver() {
            @Override
            public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange) {
                return delegate.resolve(exchange)
                        .flatMap(request -> remember(exchange).thenReturn(request));
            }

            @Override
            public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange, String registrationId) {
                return delegate.resolve(exchange, registrationId)
                        .flatMap(request -> remember(exchange).thenReturn(request));
            }
        };
    }

    private static Mono<Void> remember(ServerWebExchange exchange) {
        String path = exchange.getRequest().getQueryParams().getFirst(RETURN_PARAMETER);
        return exchange.getSession()
                .doOnNext(session -> {
                    if (isPortalPage(path)) {
                        session.getAttributes().put(RETURN_ATTRIBUTE, path);
                    } else {
                        session.getAttributes().remove(RETURN_ATTRIBUTE);
                    }
                })
                .then();
    }

    @Override
    public Mono<Void> onAuthenticationSuccess(WebFilterExchange filterExchange, Authentication authentication) {
        ServerWebExchange exchange = filterExchange.getExchange();
        boolean staff = isStaff(authentication.getAuthorities());
        return exchange.getSession()
                .map(session -> {
                    Object kept = session.getAttributes().remove(RETURN_ATTRIBUTE);
                    return landingFor(kept instanceof String path ? path : null, staff);
                })
                .flatMap(landing -> redirects.sendRedirect(exchange, URI.create(landing)));
    }

    private static boolean isStaff(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).anyMatch(STAFF_AUTHORITIES::contains);
    }
}
