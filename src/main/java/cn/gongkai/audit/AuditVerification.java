package cn.gongkai.audit;

import io.r2dbc.spi.Readable;
import jakarta.annotation.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Walks the audit chain from its first row and names the first row that no longer fits. The records written until
 * then are sealed first, so that the auditor reads the trail up to the moment they asked.
 */
@Service
public class AuditVerification {

    private final DatabaseClient database;
    private final AuditSealing sealing;

    AuditVerification(DatabaseClient database, AuditSealing sealing) {
        this.database = database;
        this.sealing = sealing;
    }

    /** The verdict on the whole chain (审计链校验结果). */
    public record Verdict(
            boolean intact,
            long recordsChecked,
            @Nullable Long firstBrokenSeq,
            @Nullable String reason) {}

    public Mono<Verdict> verify() {
        return sealing.sealPending()
                .thenMany(Flux.defer(this::records))
                .scan(Walk.START, Walk::next)
                .takeUntil(walk -> walk.brokenAt() != null)
                .last(Walk.START)
                .map(walk -> new Verdict(walk.brokenAt() == null, walk.checked(), walk.brokenAt(), walk.reason()));
    }

    /** The trail in order, newest first when asked for a page. */
    public Flux<AuditRecord> page(int page, int size) {
        return sealing.sealPending()
                .thenMany(Flux.defer(() -> database.sql(
                                "select * from audit_record where seq is not null order by seq desc limit :limit offset :offset")
                        .bind("limit", size)
                        .bind("offset", (long) page * size)
                        .map(AuditVerification::record)
                        .all()));
    }

    private Flux<AuditRecord> records() {
        return database.sql("select * from audit_record where seq is not null order by seq")
                .map(AuditVerification::record)
                .all();
    }

    private record Walk(long checked, long lastSeq, String lastHash, Long brokenAt, String reason) {
        static final Walk START = new Walk(0, 0, AuditTrail.GENESIS, null, null);

        Walk next(AuditRecord record) {
            if (record.seq() != lastSeq + 1) {
                return broken(record, "sequence gap or reordering");
            }
            if (!record.previousHash().equals(lastHash)) {
                return broken(record, "previous hash does not match the row before");
            }
            if (!record.computedHash().equals(record.hash())) {
                return broken(record, "content does not match its hash");
            }
            return new Walk(checked + 1, record.seq(), record.hash(), null, null);
        }

        private Walk broken(AuditRecord record, String why) {
            return new Walk(checked + 1, record.seq(), record.hash(), record.seq(), why);
        }
    }

    private static AuditRecord record(Readable row) {
        return UnsealedRecord.read(row)
                .withSeal(
                        row.get("seq", Long.class),
                        row.get("previous_hash", String.class),
                        row.get("hash", String.class));
    }
}
