package cn.gongkai.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisURI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;

/** The limits are kept where the application's own Redis connection points, signed in as it is. */
class RateLimiterAddressesTests {

    private static DataRedisConnectionDetails redis(String username, String password, List<String> clusterNodes) {
        return new DataRedisConnectionDetails() {
            @Override
            public String getUsername() {
                return username;
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public Standalone getStandalone() {
                return Standalone.of("10.0.0.5", 6380, 3);
            }

            @Override
            public Cluster getCluster() {
                return clusterNodes.isEmpty()
                        ? null
                        : () -> clusterNodes.stream()
                                .map(node -> new Node(node.split(":")[0], Integer.parseInt(node.split(":")[1])))
                                .toList();
            }
        };
    }

    @Test
    void oneRedisWithItsDatabaseAndPassword() {
        List<RedisURI> addresses = RateLimiter.addresses(redis(null, "s3cret", List.of()));
        assertThat(addresses).singleElement().satisfies(uri -> {
            assertThat(uri.getHost()).isEqualTo("10.0.0.5");
            assertThat(uri.getPort()).isEqualTo(6380);
            assertThat(uri.getDatabase()).isEqualTo(3);
            assertThat(uri.getCredentialsProvider().resolveCredentials().block().getPassword())
                    .containsExactly("s3cret".toCharArray());
        });
    }

    @Test
    void everyClusterNodeWithTheUserAndPassword() {
        List<RedisURI> addresses =
                RateLimiter.addresses(redis("limits", "s3cret", List.of("10.0.0.1:7001", "10.0.0.2:7002")));
        assertThat(addresses).extracting(RedisURI::getHost).containsExactly("10.0.0.1", "10.0.0.2");
        assertThat(addresses).extracting(RedisURI::getPort).containsExactly(7001, 7002);
        assertThat(addresses).allSatisfy(uri -> {
            var credentials = uri.getCredentialsProvider().resolveCredentials().block();
            assertThat(credentials.getUsername()).isEqualTo("limits");
            assertThat(credentials.getPassword()).containsExactly("s3cret".toCharArray());
        });
    }

    @Test
    void withoutAPasswordNoneIsSent() {
        assertThat(RateLimiter.addresses(redis(null, null, List.of())))
                .singleElement()
                .satisfies(uri -> assertThat(uri.getCredentialsProvider()
                                .resolveCredentials()
                                .block()
                                .hasPassword())
                        .isFalse());
    }
}
