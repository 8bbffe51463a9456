package cn.gongkai.disclosure;

import cn.gongkai.IntegrationTest;
import cn.gongkai.LocalRedisCluster;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The limits' tests, with their buckets on a Redis Cluster of three masters. */
@IntegrationTest
class SubmissionLimitsOnRedisClusterIntegrationTests extends SubmissionLimitsIntegrationTests {

    @DynamicPropertySource
    static void onTheCluster(DynamicPropertyRegistry properties) {
        LocalRedisCluster.use(properties);
    }
}
