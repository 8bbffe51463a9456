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
 * revoked role takes effect at once, whether they came with a session cookie or a bearer token. They are read once
 * per request ({@link CurrentUserOncePerRequest}), however often the request asks.
 */
@Component
public class CurrentUser {

    /** The request's one reading of the person, in the Reactor context. */
    static final Class<CurrentUser> ONCE_PER_REQUEST = CurrentUser.class;

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
        return Mono.deferContextual(context ->
                context.<Mono<PortalUser>>getOrEmpty(ONCE_PER_REQUEST).orElseGet(this::read));
    }

    /**
     * The person as read from the database now; a bearer token's person was read for its authentication, in this
     * request.
     */
    Mono<PortalUser> read() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(CurrentUser::isSignedIn)
                .flatMap(authentication -> authentication.getDetails() instanceof PortalUser user
                                && user.subject().equals(authentication.getName())
                        ? Mono.just(user)
                        : users.findBySubject(authentication.getName()));
    }

    private static boolean isSignedIn(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
