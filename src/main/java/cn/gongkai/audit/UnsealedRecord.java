package cn.gongkai.audit;

import java.time.Instant;
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

    /** This record as the chain's row {@code seq}, after the row whose hash is {@code previousHash}. */
    AuditRecord sealedAs(long seq, String previousHash) {
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
                        null)
                .sealed();
    }
}
