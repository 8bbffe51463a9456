package cn.gongkai.platform.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.LocalRedisCluster;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.ResponseCookie;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Browser sessions on a Redis Cluster of three masters: a log-in begun is kept there, under the portal's namespace. */
@IntegrationTest
class SessionsOnRedisClusterIntegrationTests {

    @DynamicPropertySource
    static void onTheCluster(DynamicPropertyRegistry properties) {
        LocalRedisCluster.use(properties);
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Autowired
    RedisConnectionWarmUp connection;

    @Autowired
    LettuceConnectionFactory connections;

    @Autowired
    ReactiveSessionRepository<? extends Session> sessions;

    @Test
    void aLogInsSessionIsKeptInTheClusterAndReadBack() {
        assertThat(connections.isClusterAware()).isTrue();
        Awaitility.await().until(connection::isConnected);
        ResponseCookie session = Api.anonymous(port)
                .get()
                .uri("/oauth2/authorization/gongkai")
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .returnResult(Void.class)
                .getResponseCookies()
                .getFirst("SESSION");
        assertThat(session).isNotNull();

        // Kept in the cluster, with the log-in begun in it: what the way back from the provider reads.
        assertThat(redis.hasKey("gongkai:session:sessions:" + session.getValue())
                        .block())
                .isTrue();
        assertThat(sessions.findById(session.getValue())
                        .map(found -> found.getAttributeNames())
                        .block())
                .anySatisfy(name -> assertThat(name).contains("AuthorizationRequest"));
    }
}
