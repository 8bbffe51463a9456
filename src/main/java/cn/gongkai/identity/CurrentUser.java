package cn.gongkai.identity;

import cn.gongkai.platform.PortalException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The person making the current request, with their grants read fresh from the database so that a
 * revoked role takes effect at once, whether they came with a session cookie or a bearer token.
 */
@Component
public class CurrentUser {

    private final PortalUsers users;

    CurrentUser(PortalUsers users) {
        this.users = users;
    }

    /** The signed-in person, or a 401 problem. */
    public Mono<PortalUser> get() {
        return find().switchIfEmpty(Mono.error(() -> new PortalException(HttpStatus.UNAUTHORIZED, "unauthenticated")));
    }

    /** The signed-in person, or empty for an anonymous visitor. */
    public Mono<PortalUser> find() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(CurrentUser::isSignedIn)
                .flatMap(authentication -> users.findBySubject(authentication.getName()));
    }

    private static boolean isSignedIn(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
