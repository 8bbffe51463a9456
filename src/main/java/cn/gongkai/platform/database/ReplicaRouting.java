package cn.gongkai.platform.database;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * The database as the application sees it when a streaming replica (只读副本) is configured: connections come from the
 * primary, except for a read the request marked as one the replica may answer ({@link ReplicaReads}) and that runs in
 * no transaction. When the replica cannot give a connection, the primary answers, and the replica is left alone for a
 * while so that each request does not wait on it again.
 */
final class ReplicaRouting implements ConnectionFactory, Wrapped<ConnectionFactory> {

    private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);

    private final ConnectionFactory primary;
    private final ConnectionFactory replica;
    private final Duration pause;
    private final Counter answeredByReplica;
    private final Counter answeredByPrimary;
    /** When the replica failed last (System.nanoTime: elapsed time, whatever the portal's clock says the date is). */
    private volatile long replicaFailedAt;

    private volatile boolean replicaFailed;

    ReplicaRouting(ConnectionFactory primary, ConnectionFactory replica, Duration pause, MeterRegistry meters) {
        this.primary = primary;
        this.replica = replica;
        this.pause = pause;
        this.answeredByReplica = reads(meters, "replica");
        this.answeredByPrimary = reads(meters, "primary-replica-away");
    }

    private static Counter reads(MeterRegistry meters, String answeredBy) {
        return Counter.builder("gongkai.db.replica.reads")
                .tag("answered-by", answeredBy)
                .description("Reads marked for the replica, by who answered them")
                .register(meters);
    }

    @Override
    public Mono<Connection> create() {
        return Mono.deferContextual(context -> {
            if (!ReplicaReads.allowed(context) || replicaPaused()) {
                return connect(primary);
            }
            return TransactionSynchronizationManager.forCurrentTransaction()
                    .flatMap(inTransaction -> connect(primary))
                    .onErrorResume(NoTransactionException.class, none -> fromReplica());
        });
    }

    private Mono<Connection> fromReplica() {
        return connect(replica)
                .doOnNext(connection -> answeredByReplica.increment())
                .onErrorResume(away -> {
                    replicaFailedAt = System.nanoTime();
                    replicaFailed = true;
                    answeredByPrimary.increment();
                    log.warn(
                            "the replica gave no connection, reads go to the primary for {}: {}",
                            pause,
                            away.toString());
                    return connect(primary);
                });
    }

    private boolean replicaPaused() {
        return replicaFailed && System.nanoTime() - replicaFailedAt < pause.toNanos();
    }

    private static Mono<Connection> connect(ConnectionFactory database) {
        return Mono.<Connection>from(database.create());
    }

    @Override
    public ConnectionFactoryMetadata getMetadata() {
        return primary.getMetadata();
    }

    /** The primary's pool, for its metrics. */
    @Override
    public ConnectionFactory unwrap() {
        return primary;
    }
}
