package cn.gongkai.platform.database;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A streaming replica of the database for public reads, when {@code gongkai.database.replica.url}
 * ({@code GONGKAI_DB_REPLICA_URL}) names one: the application's connection factory becomes {@link ReplicaRouting} over
 * the primary's pool and a pool of the replica's own, with the primary's credentials and pool settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReplicaConfiguration.ReplicaSettings.class)
class ReplicaConfiguration {

    @Bean
    static BeanPostProcessor replicaRouting(
            ObjectProvider<ReplicaSettings> settings,
            ObjectProvider<R2dbcProperties> database,
            ObjectProvider<MeterRegistry> meters) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof ConnectionFactory primary) || bean instanceof ReplicaRouting) {
                    return bean;
                }
                ReplicaSettings replica = settings.getObject();
                if (replica.url() == null || replica.url().isBlank()) {
                    return bean;
                }
                return new ReplicaRouting(
                        primary, pool(replica.url(), database.getObject()), replica.pause(), meters.getObject());
            }
        };
    }

    private static ConnectionPool pool(String url, R2dbcProperties database) {
        ConnectionFactoryOptions.Builder options =
                ConnectionFactoryOptions.parse(url).mutate();
        if (database.getUsername() != null) {
            options.option(ConnectionFactoryOptions.USER, database.getUsername());
        }
        if (database.getPassword() != null) {
            options.option(ConnectionFactoryOptions.PASSWORD, database.getPassword());
        }
        R2dbcProperties.Pool pool = database.getPool();
        ConnectionPoolConfiguration.Builder configuration = ConnectionPoolConfiguration.builder(
                        ConnectionFactories.get(options.build()))
                .name("replica")
                .initialSize(0)
                .maxSize(pool.getMaxSize())
                .validationDepth(pool.getValidationDepth());
        if (pool.getValidationQuery() != null) {
            configuration.validationQuery(pool.getValidationQuery());
        }
        if (pool.getMaxIdleTime() != null) {
            configuration.maxIdleTime(pool.getMaxIdleTime());
        }
        if (pool.getMaxAcquireTime() != null) {
            configuration.maxAcquireTime(pool.getMaxAcquireTime());
        }
        if (pool.getMaxCreateConnectionTime() != null) {
            configuration.maxCreateConnectionTime(pool.getMaxCreateConnectionTime());
        }
        return new ConnectionPool(configuration.build());
    }

    /**
     * The replica (只读副本): its R2DBC URL, empty for none; how long reads go to the primary after the replica failed
     * to give a connection.
     */
    @ConfigurationProperties(prefix = "gongkai.database.replica")
    record ReplicaSettings(String url, Duration pause) {
        ReplicaSettings {
            if (pause == null) {
                pause = Duration.ofSeconds(5);
            }
        }
    }
}
