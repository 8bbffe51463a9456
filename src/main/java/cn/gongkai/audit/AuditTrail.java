package cn.gongkai.audit;

import cn.gongkai.platform.RequestMetadata;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Appends to the audit trail (审计记录). Call it inside the transaction of the action it records:
 * the action and its record then commit together. Appends from every instance are serialised by a
 * PostgreSQL advisory lock so the chain stays one line; the lock lasts as long as a transaction, so an append
 * made outside one (a download, say) runs in a transaction of its own.
 */
@Service
public class AuditTrail {

    /** Any constant; names the one lock that guards the end of the chain. */
    private static final long CHAIN_LOCK = 0x6175646974L;

    static final String GENESIS = "0".repeat(64);

    private final DatabaseClient database;
    private final Clock clock;
    private final TransactionalOperator transaction;

    AuditTrail(DatabaseClient database, Clock clock, TransactionalOperator transaction) {
        this.database = database;
        this.clock = clock;
        this.transaction = transaction;
    }

    public Mono<Void> record(AuditEntry entry) {
        return Mono.zip(actor(), RequestMetadata.current())
                .flatMap(actorAndRequest -> {
                    // PostgreSQL keeps microseconds; hash exactly what is stored.
                    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
                    return database.sql("select pg_advisory_xact_lock(:lock)")
                            .bind("lock", CHAIN_LOCK)
                            .then()
                            .then(database.sql("select seq, hash from audit_record order by seq desc limit 1")
                                    .map(row -> new ChainEnd(row.get("seq", Long.class), row.get("hash", String.class)))
                                    .one()
                                    .defaultIfEmpty(new ChainEnd(0L, GENESIS)))
                            .flatMap(end -> insert(new AuditRecord(
                                            end.seq() + 1,
                                            now,
                                            actorAndRequest.getT1(),
                                            entry.actorRole(),
                                            entry.agencyId(),
                                            entry.action(),
                                            entry.targetType(),
                                            entry.targetId(),
                                            entry.outcome(),
                                            actorAndRequest.getT2().requestId(),
                                            actorAndRequest.getT2().clientAddress(),
                                            canonicalJson(entry.details()),
                                            end.hash(),
                                            null)
                                    .sealed()));
                })
                .as(transaction::transactional);
    }

    private Mono<Void> insert(AuditRecord record) {
        var spec = database.sql("""
                        insert into audit_record (seq, occurred_at, actor, actor_role, agency_id, action, target_type,
                            target_id, outcome, request_id, client_address, details, previous_hash, hash)
                        values (:seq, :occurredAt, :actor, :role, :agency, :action, :targetType, :targetId, :outcome,
                            :requestId, :client, :details, :previousHash, :hash)
                        """)
                .bind("seq", record.seq())
                .bind("occurredAt", OffsetDateTime.ofInstant(record.occurredAt(), ZoneOffset.UTC))
                .bind("actor", record.actor())
                .bind("role", record.actorRole())
                .bind("action", record.action())
                .bind("targetType", record.targetType())
                .bind("targetId", record.targetId())
                .bind("outcome", record.outcome().name())
                .bind("requestId", record.requestId())
                .bind("client", record.clientAddress())
                .bind("details", record.details())
                .bind("previousHash", record.previousHash())
                .bind("hash", record.hash());
        spec = record.agencyId() == null ? spec.bindNull("agency", UUID.class) : spec.bind("agency", record.agencyId());
        return spec.then();
    }

    private static Mono<String> actor() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .filter(authentication -> !(authentication instanceof AnonymousAuthenticationToken))
                .map(authentication -> authentication.getName())
                .defaultIfEmpty("anonymous");
    }

    /** Sorted keys and escaped values: the same details always give the same text, and the same hash. */
    static String canonicalJson(Map<String, String> details) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(details).forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(key)).append(':').append(quote(value));
        });
        return json.append('}').toString();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private record ChainEnd(long seq, String hash) {}
}
