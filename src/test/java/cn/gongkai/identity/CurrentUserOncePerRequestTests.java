package cn.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

class CurrentUserOncePerRequestTests {

    private static final PortalUser CITIZEN =
            new PortalUser(UUID.randomUUID(), "citizen-a", "市民甲", List.of(new RoleGrant(Role.CITIZEN, null, null)));

    private final AtomicInteger reads = new AtomicInteger();
    private final PortalUsers users = mock(PortalUsers.class);
    private final CurrentUser currentUser = new CurrentUser(users);

    CurrentUserOncePerRequestTests() {
        when(users.findBySubject("citizen-a")).thenReturn(Mono.fromSupplier(() -> {
            reads.incrementAndGet();
            return CITIZEN;
        }));
    }

    /** A request that asks for the person three times, as a submission does (its limit, its files, itself). */
    private final WebFilterChain askingThrice = exchange ->
            Mono.when(currentUser.find(), currentUser.find(), currentUser.get()).then();

    private int readsFor(TestingAuthenticationToken authentication, boolean filtered) {
        var exchange = MockServerWebExchange.from(
                MockServerHttpRequest.post("/api/hotline/tickets").header(HttpHeaders.AUTHORIZATION, "Bearer token"));
        Mono<Void> request = filtered
                ? new CurrentUserOncePerRequest(currentUser).filter(exchange, askingThrice)
                : askingThrice.filter(exchange);
        request.contextWrite(ReactiveSecurityContextHolder.withAuthentication(authentication))
                .block();
        return reads.get();
    }

    private static TestingAuthenticationToken signedIn(String subject) {
        return new TestingAuthenticationToken(subject, null, "ROLE_CITIZEN");
    }

    @Test
    void thePersonIsReadOnceHoweverOftenTheRequestAsks() {
        assertThat(readsFor(signedIn("citizen-a"), true)).isEqualTo(1);
    }

    @Test
    void aRequestWithoutCredentialsPassesUntouched() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/reports/340621/2019/rule-of-law"));
        WebFilterChain chain = passed -> Mono.deferContextual(context -> {
            assertThat(context.hasKey(CurrentUser.ONCE_PER_REQUEST)).isFalse();
            return Mono.empty();
        });
        new CurrentUserOncePerRequest(currentUser).filter(exchange, chain).block();
        assertThat(reads).hasValue(0);
    }

    @Test
    void withoutTheFilterEachAskReadsThePersonAgain() {
        assertThat(readsFor(signedIn("citizen-a"), false)).isEqualTo(3);
    }

    @Test
    void aBearerTokensPersonReadForItsAuthenticationIsNotReadAgain() {
        TestingAuthenticationToken token = signedIn("citizen-a");
        token.setDetails(CITIZEN);
        assertThat(readsFor(token, true)).isZero();
    }

    @Test
    void detailsNamingSomeoneElseAreNotBelieved() {
        TestingAuthenticationToken token = signedIn("citizen-a");
        token.setDetails(new PortalUser(UUID.randomUUID(), "someone-else", "他人", List.of()));
        assertThat(readsFor(token, true)).isEqualTo(1);
    }
}
