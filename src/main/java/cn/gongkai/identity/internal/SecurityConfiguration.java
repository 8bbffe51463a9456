package cn.gongkai.identity.internal;

import cn.gongkai.identity.PortalUser;
import cn.gongkai.identity.PortalUsers;
import cn.gongkai.identity.Role;
import cn.gongkai.platform.problem.ProblemResponses;
import java.util.Arrays;
import java.util.Collection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.logout.HttpStatusReturningServerLogoutSuccessHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * One filter chain for browsers and API clients: browsers sign in with OIDC authorization code +
 * PKCE and carry a Redis-backed session cookie protected by a CSRF token; API clients send a JWT
 * bearer token and need no CSRF token. Errors are problem+json, never a redirect, under /api.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
class SecurityConfiguration {

    static final String REGISTRATION = "gongkai";
    private static final String[] STAFF = Arrays.stream(Role.values())
            .filter(Role::isAgencyScoped)
            .map(Role::name)
            .toArray(String[]::new);

    /** Changes the public may make without signing in (the OpenAPI document says the same). */
    static final String[] ANONYMOUS_CHANGES = {
        "/api/hotline/files", "/api/hotline/tickets", "/api/hotline/tickets/*/rating"
    };

    /** Where a browser's sign-in is kept: the web session, as the log-in filter stores it. */
    private static final WebSessionServerSecurityContextRepository SESSION_SIGN_INS =
            new WebSessionServerSecurityContextRepository();

    /**
     * Open311 GeoReport v2 (/open311/**): partner systems authenticate each request with the api_key the
     * administrator issued, checked by the hotline where the specification puts it (in the form), and read
     * without one. So this chain keeps no security context in a session, sets no cookie, asks for no CSRF token
     * (there is no cookie a forged request could ride on) and never redirects to the log-in; it comes first.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain open311Security(ServerHttpSecurity http) {
        return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/open311/**"))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .build();
    }

    @Bean
    SecurityWebFilterChain portalSecurity(
            ServerHttpSecurity http,
            ProblemResponses problems,
            PortalUsers users,
            ReactiveClientRegistrationRepository registrations) {
        var authorizationRequests = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        SignInLanding landing = new SignInLanding();

        CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookiePath("/");

        return http.authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .pathMatchers("/api/staff/hotline/**")
                        .hasAnyRole(Role.HOTLINE_DISPATCHER.name(), Role.DEPARTMENT_HANDLER.name())
                        .pathMatchers("/api/staff/**")
                        .hasAnyRole(STAFF)
                        .pathMatchers("/api/admin/**")
                        .hasRole(Role.SYSTEM_ADMINISTRATOR.name())
                        .pathMatchers("/api/audit/**")
                        .hasRole(Role.SECURITY_AUDITOR.name())
                        .pathMatchers("/api/me/**", "/api/me")
                        .authenticated()
                        // The hotline's intake form reads these before anyone signs in (anonymous tickets are allowed);
                        // the reply board and the statistics are public.
                        .pathMatchers(
                                HttpMethod.GET,
                                "/api/hotline/catalogue",
                                "/api/hotline/suggestions",
                                "/api/hotline/board",
                                "/api/hotline/statistics")
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, "/**")
                        .permitAll()
                        .pathMatchers(HttpMethod.HEAD, "/**")
                        .permitAll()
                        // The hotline takes tickets, their files and ratings by query code without a sign-in.
                        .pathMatchers(HttpMethod.POST, ANONYMOUS_CHANGES)
                        .permitAll()
                        .pathMatchers("/api/**")
                        .authenticated()
                        .anyExchange()
                        .permitAll())
                .oauth2Login(login -> login.authorizationRequestResolver(landing.remembering(authorizationRequests))
                        .authenticationSuccessHandler(landing))
                .oauth2ResourceServer(resource -> resource.jwt(
                                jwt -> jwt.jwtAuthenticationConverter(token -> bearerAuthentication(token, users)))
                        .authenticationEntryPoint((exchange, error) -> unauthenticated(exchange, error, problems))
                        .accessDeniedHandler((exchange, denied) -> problems.write(exchange, denied)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                (exchange, error) -> unauthenticated(exchange, error, problems))
                        .accessDeniedHandler((exchange, denied) -> problems.write(exchange, denied)))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(cookieAuthenticatedChanges())
                        .accessDeniedHandler((exchange, denied) -> csrfRefused(exchange, denied, problems)))
                .logout(logout -> logout.logoutSuccessHandler(
                        new HttpStatusReturningServerLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'")))
                .build();
    }

    /**
     * Not signed in: 401, with the challenge an API client needs to know a bearer token is expected (RFC 6750),
     * and a message that says to sign in, never that the account lacks permission.
     */
    private static Mono<Void> unauthenticated(
            ServerWebExchange exchange, AuthenticationException error, ProblemResponses problems) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gongkai\"");
        return problems.write(exchange, error);
    }

    /**
     * A change without the CSRF token. The CSRF check runs before the session's sign-in is read, so it is read here:
     * a person not signed in is told to sign in (401); a signed-in browser whose page lost its token gets its own
     * 403, which says to reload the page.
     */
    private static Mono<Void> csrfRefused(
            ServerWebExchange exchange, AccessDeniedException denied, ProblemResponses problems) {
        return SESSION_SIGN_INS
                .load(exchange)
                .map(context -> context.getAuthentication() != null
                        && context.getAuthentication().isAuthenticated())
                .defaultIfEmpty(false)
                .flatMap(signedIn -> signedIn
                        ? problems.write(exchange, denied)
                        : unauthenticated(
                                exchange, new InsufficientAuthenticationException("not signed in"), problems));
    }

    /** Requests that change something and do not carry a bearer token must carry the CSRF token. */
    private static ServerWebExchangeMatcher cookieAuthenticatedChanges() {
        ServerWebExchangeMatcher bearer = exchange -> {
            String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? ServerWebExchangeMatcher.MatchResult.match()
                    : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
        return new AndServerWebExchangeMatcher(
                CsrfWebFilter.DEFAULT_CSRF_MATCHER, new NegatedServerWebExchangeMatcher(bearer));
    }

    private static Mono<AbstractAuthenticationToken> bearerAuthentication(Jwt jwt, PortalUsers users) {
        return users.findBySubject(jwt.getSubject())
                .switchIfEmpty(Mono.defer(() ->
                        users.signedIn(jwt.getSubject(), jwt.getClaimAsString("name"), jwt.getClaimAsString("email"))))
                .map(user -> {
                    JwtAuthenticationToken token = new JwtAuthenticationToken(jwt, authorities(user), jwt.getSubject());
                    // Read just now, in this request: CurrentUser need not read the person again.
                    token.setDetails(user);
                    return token;
                });
    }

    /** Signing in through the browser records the person and loads their roles as authorities. */
    /**
     * No observation (metrics span) per security filter and authorization decision: on a hot public read they
     * cost more than the request's own work. Requests are still measured as a whole (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ReactiveOAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(PortalUsers users) {
        OidcReactiveOAuth2UserService delegate = new OidcReactiveOAuth2UserService();
        return request -> delegate.loadUser(request)
                .flatMap(oidcUser -> users.signedIn(oidcUser.getSubject(), displayName(oidcUser), oidcUser.getEmail())
                        .map(user -> new DefaultOidcUser(
                                authorities(user), oidcUser.getIdToken(), oidcUser.getUserInfo(), "sub")));
    }

    private static String displayName(OidcUser user) {
        if (user.getFullName() != null) {
            return user.getFullName();
        }
        return user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
    }

    static Collection<GrantedAuthority> authorities(PortalUser user) {
        return user.grants().stream()
                .map(grant -> (GrantedAuthority)
                        new SimpleGrantedAuthority(grant.role().authority()))
                .distinct()
                .toList();
    }
}
