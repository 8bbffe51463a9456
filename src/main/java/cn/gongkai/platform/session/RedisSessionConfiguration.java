package cn.gongkai.platform.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveRedisTemplate;
import org.springframework.data.redis.serializer.JdkSerializationRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext;
import org.springframework.data.redis.serializer.StringRedisSerializer;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;
import org.springframework.session.data.redis.ReactiveRedisSessionRepository;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * Browser sessions live in Redis so that any instance behind nginx can serve any request. A Redis
 * outage must not take public pages down: see {@link ResilientSessionRepository}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringWebSession
@EnableConfigurationProperties(RedisSessionConfiguration.SessionSettings.class)
class RedisSessionConfiguration {

    @Bean
    ReactiveSessionRepository<?> sessionRepository(
            ReactiveRedisConnectionFactory connections, RedisConnectionWarmUp warmUp, SessionSettings settings) {
        RedisSerializationContext<String, Object> serialization =
                RedisSerializationContext.<String, Object>newSerializationContext(
                                new JdkSerializationRedisSerializer(getClass().getClassLoader()))
                        .key(StringRedisSerializer.UTF_8)
                        .hashKey(StringRedisSerializer.UTF_8)
                        .build();
        var redis = new ReactiveRedisSessionRepository(new ReactiveRedisTemplate<>(connections, serialization));
        redis.setRedisKeyNamespace("gongkai:session");
        redis.setDefaultMaxInactiveInterval(settings.timeout());
        return new ResilientSessionRepository<>(redis, warmUp);
    }

    @Bean
    WebSessionIdResolver sessionCookies() {
        return new SessionCookies();
    }

    /** Puts the exchange in the Reactor context, where the session store marks a session it could not read. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ServerWebExchangeContextFilter exchangeInContext() {
        return new ServerWebExchangeContextFilter();
    }

    /** Session settings (会话): idle timeout, 30 minutes unless configured (等保 2.0 session timeout). */
    @ConfigurationProperties(prefix = "gongkai.session")
    record SessionSettings(Duration timeout) {
        SessionSettings {
            if (timeout == null) {
                timeout = Duration.ofMinutes(30);
            }
        }
    }
}
