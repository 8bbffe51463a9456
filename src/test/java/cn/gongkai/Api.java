package cn.gongkai;

import java.time.Duration;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * A client for the application under test, anonymous or with a demo user's bearer token; every API response it
 * receives is checked against the OpenAPI document ({@link OpenApiContract}).
 */
public final class Api {

    private Api() {}

    public static WebTestClient anonymous(int port) {
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .entityExchangeResultConsumer(OpenApiContract::check)
                .build();
    }

    public static WebTestClient as(String subject, int port) {
        return anonymous(port)
                .mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestServices.tokenFor(subject))
                .build();
    }

    /**
     * The status of a request the portal answers before reading all of it (an upload over the limit gets 413 as soon
     * as the limit is passed, and the connection is closed). It goes on a connection of its own, never returned to the
     * shared pool where a later request would find it reset; a client still sending may see the close before the
     * answer, and then asks again.
     */
    public static int statusOfRequestAnsweredEarly(
            WebTestClient client, Function<WebTestClient, WebTestClient.ResponseSpec> request) {
        WebTestClient closing =
                client.mutate().defaultHeader(HttpHeaders.CONNECTION, "close").build();
        for (int attempt = 1; ; attempt++) {
            try {
                return request.apply(closing)
                        .returnResult(Void.class)
                        .getStatus()
                        .value();
            } catch (WebClientRequestException reset) {
                if (attempt == 3) {
                    throw reset;
                }
            }
        }
    }
}
