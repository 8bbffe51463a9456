package cn.gongkai.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Seals the audit records written since the last seal into the hash chain (审计链封存): in the order they were
 * written, each with the next seq and the hash of the row before. One instance seals at a time, under a PostgreSQL
 * advisory lock that lasts one short transaction, never an action's. Every instance looks every {@code
 * gongkai.audit.seal-every} (250 ms) and leaves the turn to another that is already sealing.
 */
@Service
public class AuditSealing {

    private static final Logger log = LoggerFactory.getLogger(AuditSealing.class);

    /** Any constant; names the one lock that guards the end of the chain. */
    private static final long CHAIN_LOCK = 0x6175646974L;

    private static final int BATCH = 500;

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final Counter sealed;
    /** Whether the last turn failed: a database away for a minute is one warning, not four a second. */
    private final AtomicBoolean failing = new AtomicBoolean();

    AuditSealing(DatabaseClient database, TransactionalOperator transaction, MeterRegistry meters) {
        this.database = database;
        this.transaction = transaction;
        this.sealed = Counter.builder("gongkai.audit.records.sealed")
                .description("Audit records put into the hash chain")
                .register(meters);
    }

    /** Seals every record committed so far, after any seal running elsewhere; how many this call sealed. */
    public Mono<Long> sealPending() {
        return sealAll(true);
    }

    @Scheduled(fixedDelayString = "${gongkai.audit.seal-every:250ms}")
    Mono<Void> sealInTurn() {
        return database.sql("select exists (select 1 from audit_record where seq is null) as pending")
                .map(row -> Boolean.TRUE.equals(row.get("pending", Boolean.class)))
                .one()
                .filter(pending -> pending)
                .flatMap(pending -> sealAll(false))
                .doOnSuccess(count -> {
                    if (failing.getAndSet(false)) {
                        log.info("audit records sealed again");
                    }
                })
                .onErrorResume(e -> {
                    // Nothing is lost: the records stay unsealed for the next turn.
                    if (!failing.getAndSet(true)) {
                        log.warn("audit records left unsealed until the database answers again: {}", e.toString());
                    }
                    return Mono.empty();
                })
                .then();
    }

    private Mono<Long> sealAll(boolean waitForTurn) {
        return sealBatch(waitForTurn)
                .expand(count -> count == BATCH ? sealBatch(waitForTurn) : Mono.empty())
                .reduce(0L, Long::sum);
    }

    private Mono<Integer> sealBatch(boolean waitForTurn) {
        return turn(waitForTurn)
                .flatMap(mine -> mine ? chainEnd().flatMap(this::sealAfter) : Mono.just(0))
                .as(transaction::transactional)
                .doOnNext(sealed::increment);
    }

    private Mono<Boolean> turn(boolean waitForTurn) {
        if (waitForTurn) {
            return database.sql("select pg_advisory_xact_lock(:lock)")
                    .bind("lock", CHAIN_LOCK)
                    .then()
                    .thenReturn(true);
        }
        return database.sql("select pg_try_advisory_xact_lock(:lock) as mine")
                .bind("lock", CHAIN_LOCK)
                .map(row -> Boolean.TRUE.equals(row.get("mine", Boolean.class)))
                .one();
    }

    private record ChainEnd(long seq, String hash) {}

    private Mono<ChainEnd> chainEnd() {
        return database.sql("select seq, hash from audit_record where seq is not null order by seq desc limit 1")
                .map(row -> new ChainEnd(row.get("seq", Long.class), row.get("hash", String.class)))
                .one()
                .defaultIfEmpty(new ChainEnd(0L, AuditTrail.GENESIS));
    }

    private record Waiting(long id, UnsealedRecord record) {}

    private Mono<Integer> sealAfter(ChainEnd end) {
        return database.sql("select * from audit_record where seq is null order by id limit :batch")
                .bind("batch", BATCH)
                .map(row -> new Waiting(row.get("id", Long.class), UnsealedRecord.read(row)))
                .all()
                .collectList()
                .flatMap(waiting -> waiting.isEmpty() ? Mono.just(0) : seal(waiting, end));
    }

    private Mono<Integer> seal(List<Waiting> waiting, ChainEnd end) {
        List<Long> ids = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        List<String> previousHashes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        long seq = end.seq();
        String previousHash = end.hash();
        for (Waiting next : waiting) {
            AuditRecord record = next.record().sealedAs(++seq, previousHash);
            ids.add(next.id());
            seqs.add(record.seq());
            previousHashes.add(previousHash);
            hashes.add(record.hash());
            previousHash = record.hash();
        }
        return database.sql("""
                        update audit_record r set seq = s.seq, previous_hash = s.previous_hash, hash = s.hash
                        from unnest(:ids::bigint[], :seqs::bigint[], :previousHashes::text[], :hashes::text[])
                            as s (id, seq, previous_hash, hash)
                        where r.id = s.id
                        """)
                .bind("ids", ids.toArray(Long[]::new))
                .bind("seqs", seqs.toArray(Long[]::new))
                .bind("previousHashes", previousHashes.toArray(String[]::new))
                .bind("hashes", hashes.toArray(String[]::new))
                .fetch()
                .rowsUpdated()
                .map(Long::intValue);
    }
}
