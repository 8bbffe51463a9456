package cn.gongkai.audit;

import cn.gongkai.platform.crypto.Sm3;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** One sealed row of the audit trail (审计记录), as stored. */
public record AuditRecord(
        long seq,
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
        String details,
        String previousHash,
        String hash) {

    /** SM3 over every field but the hash, each prefixed by its length so no two different rows hash alike. */
    String computedHash() {
        String[] fields = {
            Long.toString(seq),
            occurredAt.toString(),
            actor,
            actorRole,
            agencyId == null ? "" : agencyId.toString(),
            action,
            targetType,
            targetId,
            outcome.name(),
            requestId,
            clientAddress,
            details,
            previousHash
        };
        byte[][] parts = new byte[fields.length * 2][];
        for (int i = 0; i < fields.length; i++) {
            byte[] bytes = fields[i].getBytes(StandardCharsets.UTF_8);
            parts[2 * i] = (bytes.length + ":").getBytes(StandardCharsets.US_ASCII);
            parts[2 * i + 1] = bytes;
        }
        return Sm3.hex(parts);
    }
}
