package cn.gongkai;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * An {@link IntegrationTest} whose application finds no Redis (nothing listens on port 1), with small limits so that
 * what each instance counts alone shows. Every test class so marked shares one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(
        properties = {
            "spring.data.redis.url=redis://127.0.0.1:1/0",
            "spring.data.redis.connect-timeout=500ms",
            "gongkai.rate-limits.limits.submission.capacity=2",
            "gongkai.rate-limits.limits.letter-download.capacity=1"
        })
public @interface WithoutRedis {}
