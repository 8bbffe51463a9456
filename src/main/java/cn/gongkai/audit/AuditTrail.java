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
import reactor.core.publisher.Mono;

/**
 * Appends to the audit trail (审计记录). Call it inside the transaction of the action it records: the action and its
 * record then commit together. The record is written unsealed and takes no lock, so actions of every instance commit
 * side by side; {@link AuditSealing} puts it into the hash chain right after.
 */
@Service
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);

    private final DatabaseClient database;
    private final Clock clock;

    AuditTrail(DatabaseClient database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Mono<Void> record(AuditEntry entry) {
        return Mono.zip(actor(), RequestMetadata.current()).flatMap(actorAndRequest -> {
            // PostgreSQL keeps microseconds; the seal hashes exactly what is stored.
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            return insert(new UnsealedRecord(
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
                    canonicalJson(entry.details())));
        });
    }

    private Mono<Void> insert(UnsealedRecord record) {
        var spec = database.sql("""
                        insert into audit_record (occurred_at, actor, actor_role, agency_id, action, target_type,
                            target_id, outcome, request_id, client_address, details)
                        values (:occurredAt, :actor, :role, :agency, :action, :targetType, :targetId, :outcome,
                            :requestId, :client, :details)
                        """)
                .bind("occurredAt", OffsetDateTime.ofInstant(record.occurredAt(), ZoneOffset.UTC))
                .bind("actor", record.actor())
                .bind("role", record.actorRole())
                .bind("action", record.action())
                .bind("targetType", record.targetType())
                .bind("targetId", record.targetId())
                .bind("outcome", record.outcome().name())
                .bind("requestId", record.requestId())
                .bind("client", record.clientAddress())
                .bind("details", record.details());
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
}
