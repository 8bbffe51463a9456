package cn.gongkai.audit;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the audit trail as written with its action, before {@link AuditSealing} gives it its place in the chain. */
record UnsealedRecord(
        Instant occurredAt,
        String actor,
        String actorRole,
        UUID agencyId,
        String action,
        String targetType,
        String targetId,
        AuditOutcome outcome,
        String requestId,
        String clientAddress,
        String details) {

    /** The content of a row of {@code audit_record}, sealed or not. */
    static UnsealedRecord read(Readable row) {
        return new UnsealedRecord(
                row.get("occurred_at", OffsetDateTime.class).toInstant(),
                row.get("actor", String.class),
                row.get("actor_role", String.class),
                row.get("agency_id", UUID.class),
                row.get("action", String.class),
                row.get("target_type", String.class),
                row.get("target_id", String.class),
                AuditOutcome.valueOf(row.get("outcome", String.class)),
                row.get("request_id", String.class),
                row.get("client_address", String.class),
                row.get("details", String.class));
    }

    /** This record as the chain's row {@code seq}, after the row whose hash is {@code previousHash}. */
    AuditRecord sealedAs(long seq, String previousHash) {
        return withSeal(seq, previousHash, withSeal(seq, previousHash, null).computedHash());
    }

    /** This record with the seal it carries ({@code hash} as stored, checked or not). */
    AuditRecord withSeal(long seq, String previousHash, String hash) {
        return new AuditRecord(
                seq,
                occurredAt,
                actor,
                actorRole,
                agencyId,
                action,
                targetType,
                targetId,
                outcome,
                requestId,
                clientAddress,
                details,
                previousHash,
                hash);
    }
}
