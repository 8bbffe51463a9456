package cn.gongkai.platform.cache;

import cn.gongkai.IntegrationTest;
import cn.gongkai.LocalRedisCluster;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The page cache's tests, with the application and the second instance on a Redis Cluster of three masters. */
@IntegrationTest
class PageCacheOnRedisClusterIntegrationTests extends PageCacheIntegrationTests {

    @DynamicPropertySource
    static void onTheCluster(DynamicPropertyRegistry properties) {
        LocalRedisCluster.use(properties);
    }
}
