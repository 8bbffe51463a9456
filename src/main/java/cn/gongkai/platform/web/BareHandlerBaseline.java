package cn.gongkai.platform.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The benchmark's baseline for the application's own cache-hit path, present only when {@code gongkai.bench.baseline}
 * is true (./gongkai bench starts the portal so): {@code GET /_bench/bare?path=/reports/…} answers the bytes and type
 * this instance answered for {@code path} the first time, from memory, with nothing else in between. The ratio of the
 * page to it is what the page's own path costs beyond what any handler of this application costs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("gongkai.bench.baseline")
class BareHandlerBaseline {

    private record Answer(MediaType type, byte[] body) {}

    @Bean
    RouterFunction<ServerResponse> bareHandler(Environment environment) {
        Map<String, Mono<Answer>> answers = new ConcurrentHashMap<>();
        WebClient client = WebClient.create();
        return RouterFunctions.route()
                .GET("/_bench/bare", request -> {
                    String path = request.queryParam("path")
                            .filter(p -> p.startsWith("/"))
                            .orElse(null);
                    if (path == null) {
                        return ServerResponse.badRequest().build();
                    }
                    Mono<Answer> answer = answers.computeIfAbsent(
                            path,
                            first -> client.get()
                                    .uri("http://127.0.0.1:" + environment.getProperty("local.server.port") + first)
                                    .exchangeToMono(response -> response.bodyToMono(byte[].class)
                                            .map(body -> new Answer(
                                                    response.headers()
                                                            .contentType()
                                                            .orElse(MediaType.APPLICATION_OCTET_STREAM),
                                                    body)))
                                    .cache());
                    return answer.flatMap(found ->
                            ServerResponse.ok().contentType(found.type()).bodyValue(found.body()));
                })
                .build();
    }
}
