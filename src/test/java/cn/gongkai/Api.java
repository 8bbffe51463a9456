package cn.gongkai;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

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
}
