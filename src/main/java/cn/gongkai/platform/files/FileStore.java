package cn.gongkai.platform.files;

import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.platform.web.PlainTextInput;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Uploaded files kept in a module's own table (上传文件存储): PDF, JPEG or PNG up to {@value #MAX_BYTES} bytes, the type
 * read from the content ({@link UploadedBytes}) and never from the name, with the SHA-256 of the bytes. Each module
 * says who may read a file back, since that is its own rule; the table holds the columns {@code id, uploaded_by,
 * file_name, content_type, size, sha256, content}.
 */
public final class FileStore {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final DatabaseClient database;
    private final String table;

    public FileStore(DatabaseClient database, String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.database = database;
        this.table = table;
    }

    /** A stored file as listed: no content. */
    @Schema(name = "UploadedFile")
    public record StoredFile(UUID id, String name, String contentType, int size) {}

    /** A file to send: its name, type and bytes. */
    public record FileContent(String fileName, String contentType, byte[] content) {}

    /**
     * The bytes of the multipart part {@code file}, at most {@link #MAX_BYTES} (413 above; the reading stops there),
     * or a 400 naming the part when it is missing or not a file.
     */
    public static Mono<Upload> upload(Part part) {
        if (!(part instanceof FilePart file)) {
            return Mono.error(new PortalException(
                    HttpStatus.BAD_REQUEST, "validation", List.of(new FieldProblem("file", "NotNull"))));
        }
        return DataBufferUtils.join(file.content(), MAX_BYTES)
                .map(buffer -> {
                    byte[] content = new byte[buffer.readableByteCount()];
                    buffer.read(content);
                    DataBufferUtils.release(buffer);
                    return content;
                })
                .defaultIfEmpty(new byte[0])
                .map(content -> new Upload(file.filename(), content));
    }

    /** What a client sent: the name it gave and the bytes. */
    public record Upload(String fileName, byte[] content) {}

    /** Stores the upload for {@code uploadedBy} after checking its size and reading its type from the content. */
    public Mono<StoredFile> store(String uploadedBy, Upload upload) {
        byte[] content = upload.content();
        if (content.length == 0) {
            return Mono.error(invalid(HttpStatus.BAD_REQUEST, "file.empty"));
        }
        if (content.length > MAX_BYTES) {
            return Mono.error(invalid(HttpStatus.CONTENT_TOO_LARGE, "file.too-large"));
        }
        String contentType = UploadedBytes.contentType(content);
        if (contentType == null) {
            return Mono.error(invalid(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file.type"));
        }
        StoredFile stored =
                new StoredFile(UUID.randomUUID(), cleanName(upload.fileName()), contentType, content.length);
        return database.sql("insert into " + table
                        + " (id, uploaded_by, file_name, content_type, size, sha256, content)"
                        + " values (:id, :uploadedBy, :fileName, :contentType, :size, :sha256, :content)")
                .bind("id", stored.id())
                .bind("uploadedBy", uploadedBy)
                .bind("fileName", stored.name())
                .bind("contentType", contentType)
                .bind("size", content.length)
                .bind("sha256", UploadedBytes.sha256(content))
                .bind("content", ByteBuffer.wrap(content))
                .then()
                .thenReturn(stored);
    }

    /**
     * The file {@code id} when {@code mayRead}, an SQL condition on the file {@code f} with its own parameters, holds;
     * otherwise empty.
     */
    public Mono<FileContent> read(UUID id, String mayRead, Map<String, Object> parameters) {
        var spec = database.sql("select f.file_name, f.content_type, f.content from " + table
                        + " f where f.id = :id and (" + mayRead + ")")
                .bind("id", id);
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            spec = spec.bind(parameter.getKey(), parameter.getValue());
        }
        return spec.map(row -> {
                    ByteBuffer bytes = row.get("content", ByteBuffer.class);
                    byte[] content = new byte[bytes.remaining()];
                    bytes.get(content);
                    return new FileContent(
                            row.get("file_name", String.class), row.get("content_type", String.class), content);
                })
                .one();
    }

    /** What is shown of these files (name, type, size), in the order of the ids, each once; unknown ids left out. */
    public Mono<List<StoredFile>> describe(List<UUID> ids) {
        List<UUID> wanted = ids.stream().distinct().toList();
        if (wanted.isEmpty()) {
            return Mono.just(List.of());
        }
        return database.sql("select id, file_name, content_type, size from " + table + " where id = any(:ids)")
                .bind("ids", wanted.toArray(UUID[]::new))
                .map(row -> new StoredFile(
                        row.get("id", UUID.class),
                        row.get("file_name", String.class),
                        row.get("content_type", String.class),
                        row.get("size", Integer.class)))
                .all()
                .collectMap(StoredFile::id)
                .map(found -> wanted.stream()
                        .filter(found::containsKey)
                        .map(found::get)
                        .toList());
    }

    /**
     * Every id is a UUID naming a distinct file {@code uploadedBy} uploaded; otherwise a 400 naming {@code field}.
     * Answers the ids as UUIDs.
     */
    public Mono<List<UUID>> requireUploadsOf(String uploadedBy, List<String> ids, String field) {
        if (ids.isEmpty()) {
            return Mono.just(List.of());
        }
        Set<String> distinct = new HashSet<>(ids);
        if (distinct.size() != ids.size() || !ids.stream().allMatch(FileStore::isUuid)) {
            return Mono.error(unknownFiles(field));
        }
        List<UUID> uuids = ids.stream().map(UUID::fromString).toList();
        return database.sql("select count(*) as n from " + table + " where id = any(:ids) and uploaded_by = :uploader")
                .bind("ids", uuids.toArray(UUID[]::new))
                .bind("uploader", uploadedBy)
                .map(row -> row.get("n", Long.class))
                .one()
                .flatMap(found -> found == ids.size() ? Mono.just(uuids) : Mono.error(unknownFiles(field)));
    }

    /** A 400 saying the files named in {@code field} are not the caller's uploads. */
    public static PortalException unknownFiles(String field) {
        return new PortalException(
                HttpStatus.BAD_REQUEST, "validation", List.of(new FieldProblem(field, "file.unknown")));
    }

    private static PortalException invalid(HttpStatus status, String messageKey) {
        String slug = status == HttpStatus.BAD_REQUEST
                ? "validation"
                : status == HttpStatus.CONTENT_TOO_LARGE ? "body-too-large" : "unsupported-media-type";
        return new PortalException(status, slug, List.of(new FieldProblem("file", messageKey)));
    }

    /** The name without path, control characters, bidirectional overrides or more than 200 characters; never blank. */
    public static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = PlainTextInput.withoutControls(name.substring(name.lastIndexOf('/') + 1))
                .strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "file" : name;
    }

    /** Whether the text is a UUID in its canonical 36-character form. */
    public static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return text.length() == 36;
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return false;
        }
    }
}
