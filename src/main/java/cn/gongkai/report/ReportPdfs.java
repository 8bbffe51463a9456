package cn.gongkai.report;

import cn.gongkai.platform.files.UploadedBytes;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The PDF of each published version (年度报告 PDF): rendered the first time anyone asks and kept in the database,
 * so every later request, on any instance, is served the same stored bytes with the same entity tag. A version's PDF
 * never changes, so each instance also keeps the ones most asked for in memory, with nothing to invalidate.
 */
@Service
public class ReportPdfs {

    /** The layout of the PDFs; raise it when the template changes so stored PDFs are rendered again. */
    static final int RENDITION = 2;

    /** The PDFs most asked for on this instance, by entity tag; a large report's PDF is a few hundred kilobytes. */
    private static final long MEMORY_BYTES = 48L * 1024 * 1024;

    private final DatabaseClient database;
    private final Cache<String, StoredPdf> recent = Caffeine.newBuilder()
            .maximumWeight(MEMORY_BYTES)
            .<String, StoredPdf>weigher((key, pdf) -> pdf.bytes().length)
            .build();

    ReportPdfs(DatabaseClient database) {
        this.database = database;
    }

    /** A stored PDF and its entity tag (the SHA-256 of its bytes). */
    public record StoredPdf(String etag, byte[] bytes) {}

    /** The version's PDF, rendered by {@code render} and stored if nobody has stored it yet. */
    public Mono<StoredPdf> of(UUID reportId, int version, Supplier<Mono<byte[]>> render) {
        return stored(reportId, version)
                .switchIfEmpty(Mono.defer(() -> render.get()
                        .flatMap(bytes -> database.sql("""
                                insert into annual_report_pdf (report_id, version, rendition, sha256, pdf)
                                values (:report, :version, :rendition, :sha256, :pdf) on conflict do nothing
                                """)
                                .bind("report", reportId)
                                .bind("version", version)
                                .bind("rendition", RENDITION)
                                .bind("sha256", UploadedBytes.sha256(bytes))
                                .bind("pdf", ByteBuffer.wrap(bytes))
                                .then())
                        // Two first readers may both render; the one stored first is the one everybody gets.
                        .then(find(reportId, version))));
    }

    /**
     * The version's PDF if it has been rendered, from memory when this instance served the same bytes lately. The
     * database still says which bytes those are, so dropping the stored PDFs renders them again everywhere.
     */
    public Mono<StoredPdf> stored(UUID reportId, int version) {
        return etagOf(reportId, version).flatMap(etag -> {
            StoredPdf remembered = recent.getIfPresent(etag);
            return remembered != null ? Mono.just(remembered) : find(reportId, version);
        });
    }

    /** The entity tag of the version's stored PDF, without reading its bytes. */
    public Mono<String> etagOf(UUID reportId, int version) {
        return database.sql("""
                        select sha256 from annual_report_pdf
                        where report_id = :report and version = :version and rendition = :rendition
                        """)
                .bind("report", reportId)
                .bind("rendition", RENDITION)
                .bind("version", version)
                .map(row -> row.get("sha256", String.class))
                .one();
    }

    private Mono<StoredPdf> find(UUID reportId, int version) {
        return database.sql("""
                        select sha256, pdf from annual_report_pdf
                        where report_id = :report and version = :version and rendition = :rendition
                        """)
                .bind("report", reportId)
                .bind("rendition", RENDITION)
                .bind("version", version)
                .map(row -> {
                    ByteBuffer buffer = row.get("pdf", ByteBuffer.class);
                    byte[] bytes = new byte[buffer.remaining()];
                    buffer.get(bytes);
                    return new StoredPdf(row.get("sha256", String.class), bytes);
                })
                .one()
                .doOnNext(pdf -> recent.put(pdf.etag(), pdf));
    }
}
