package cn.gongkai.report;

import cn.gongkai.identity.CurrentUser;
import cn.gongkai.platform.ConflictException;
import cn.gongkai.platform.NotFoundException;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.platform.files.UploadedBytes;
import cn.gongkai.report.internal.ReportHtmlPolicy;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Figures of reports (报告插图): PNG or JPEG, the type read from the bytes, uploaded by the report's editors while
 * they draft and referred to from the Markdown as {@code /reports/images/{id}}. The page links to them; the PDF
 * carries them inside itself.
 */
@Service
public class ReportImages {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The one address form a report's figure may have; the sanitiser drops any other image. */
    public static final Pattern ADDRESS = ReportHtmlPolicy.INSTANCE.figurePattern();

    private static final Pattern SOURCE = Pattern.compile("src=\"" + ADDRESS.pattern() + "\"");

    private final DatabaseClient database;
    private final ReportDrafts drafts;
    private final CurrentUser currentUser;

    ReportImages(DatabaseClient database, ReportDrafts drafts, CurrentUser currentUser) {
        this.database = database;
        this.drafts = drafts;
        this.currentUser = currentUser;
    }

    /** A figure as stored; {@code published} when a published version of a report still on show uses it. */
    public record Image(UUID id, UUID reportId, String mediaType, String sha256, byte[] bytes, boolean published) {}

    /** Where an uploaded figure is found, for the editor to put in the Markdown. */
    public record StoredImage(UUID id, String url, String mediaType, int size) {}

    /** Stores a figure for a report its editor is drafting. */
    public Mono<StoredImage> store(UUID reportId, byte[] bytes) {
        String mediaType = UploadedBytes.contentType(bytes);
        if (bytes.length == 0 || !("image/png".equals(mediaType) || "image/jpeg".equals(mediaType))) {
            return Mono.error(invalid(bytes.length == 0 ? "report.file-empty" : "report.image-type"));
        }
        if (bytes.length > MAX_BYTES) {
            return Mono.error(invalid("report.image-too-large"));
        }
        return drafts.get(reportId).flatMap(draft -> {
            if (!draft.allowedActions().contains(ReportAction.SAVE.slug())) {
                return Mono.error(
                        draft.state() == ReportState.DRAFT
                                ? new PortalException(HttpStatus.FORBIDDEN, "report-editor-only")
                                : new ConflictException(
                                        "report-illegal-transition",
                                        "image",
                                        draft.state().name()));
            }
            UUID id = UUID.randomUUID();
            return currentUser
                    .get()
                    .flatMap(user -> database.sql("""
                            insert into annual_report_image (id, report_id, media_type, sha256, bytes, uploaded_by)
                            values (:id, :report, :type, :sha, :bytes, :by)""")
                            .bind("id", id)
                            .bind("report", reportId)
                            .bind("type", mediaType)
                            .bind("sha", UploadedBytes.sha256(bytes))
                            .bind("bytes", bytes)
                            .bind("by", user.subject())
                            .then()
                            .thenReturn(new StoredImage(id, "/reports/images/" + id, mediaType, bytes.length)));
        });
    }

    /**
     * A figure for whoever asks: anyone once a published version uses it, until then only the staff of the report's
     * agency who may see its draft; a 404 problem for everyone else, as for a figure that does not exist.
     */
    public Mono<Image> findVisible(UUID id) {
        return find(id).flatMap(image -> image.published()
                ? Mono.just(image)
                : currentUser
                        .find()
                        .flatMap(user -> drafts.get(image.reportId()))
                        .map(draft -> image)
                        .onErrorMap(NotFoundException.class, hidden -> new NotFoundException("report-image", id))
                        .switchIfEmpty(Mono.error(() -> new NotFoundException("report-image", id))));
    }

    /** A figure by its id, whoever asks (the PDF renderer), or a 404 problem. */
    public Mono<Image> find(UUID id) {
        return database.sql("""
                        select i.id, i.report_id, i.media_type, i.sha256, i.bytes, exists (
                            select 1 from annual_report_publication p join annual_report r on r.id = p.report_id
                            where p.report_id = i.report_id and r.withdrawn_at is null
                              and strpos(p.content::text, i.id::text) > 0) as published
                        from annual_report_image i where i.id = :id""")
                .bind("id", id)
                .map(row -> new Image(
                        row.get("id", UUID.class),
                        row.get("report_id", UUID.class),
                        row.get("media_type", String.class),
                        row.get("sha256", String.class),
                        row.get("bytes", byte[].class),
                        Boolean.TRUE.equals(row.get("published", Boolean.class))))
                .one()
                .switchIfEmpty(Mono.error(() -> new NotFoundException("report-image", id)));
    }

    /** The page's HTML with every figure inlined as a data URI, so the PDF renderer never fetches anything. */
    public Mono<String> inline(String html) {
        List<UUID> ids = SOURCE.matcher(html)
                .results()
                .map(match -> UUID.fromString(match.group(1)))
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return Mono.just(html);
        }
        return Flux.fromIterable(ids)
                .concatMap(id -> find(id).onErrorResume(NotFoundException.class, missing -> Mono.empty()))
                .collect(Collectors.toMap(
                        Image::id,
                        image -> "data:" + image.mediaType() + ";base64,"
                                + Base64.getEncoder().encodeToString(image.bytes())))
                .map(dataUris -> replace(html, dataUris));
    }

    private static String replace(String html, Map<UUID, String> dataUris) {
        Matcher source = SOURCE.matcher(html);
        StringBuilder inlined = new StringBuilder();
        while (source.find()) {
            String data = dataUris.get(UUID.fromString(source.group(1)));
            source.appendReplacement(
                    inlined, Matcher.quoteReplacement(data == null ? source.group() : "src=\"" + data + "\""));
        }
        return source.appendTail(inlined).toString();
    }

    private static PortalException invalid(String messageKey) {
        return new PortalException(HttpStatus.BAD_REQUEST, "validation", List.of(new FieldProblem("file", messageKey)));
    }
}
