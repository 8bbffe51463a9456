package cn.gongkai.disclosure;

import cn.gongkai.identity.CurrentUser;
import cn.gongkai.identity.PortalUser;
import cn.gongkai.identity.Role;
import cn.gongkai.platform.NotFoundException;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.platform.files.UploadedBytes;
import cn.gongkai.platform.web.PlainTextInput;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Files of disclosure requests (申请材料与公开文件): PDF, JPEG or PNG up to 10 MB, the type read from the
 * content, never from the name. A file is seen by who uploaded it, by the staff of an agency whose request
 * refers to it, and by an applicant it was released to.
 */
@Service
public class DisclosureFiles {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final DatabaseClient database;
    private final CurrentUser currentUser;

    DisclosureFiles(DatabaseClient database, CurrentUser currentUser) {
        this.database = database;
        this.currentUser = currentUser;
    }

    /** A stored file as listed: no content. */
    public record StoredFile(UUID id, String fileName, String contentType, int size) {}

    /** A file to send: its name, type and bytes. */
    public record FileContent(String fileName, String contentType, byte[] content) {}

    public Mono<StoredFile> store(String fileName, byte[] content) {
        if (content.length == 0) {
            return Mono.error(invalid(HttpStatus.BAD_REQUEST, "disclosure.file-empty"));
        }
        if (content.length > MAX_BYTES) {
            return Mono.error(invalid(HttpStatus.CONTENT_TOO_LARGE, "disclosure.file-too-large"));
        }
        String contentType = UploadedBytes.contentType(content);
        if (contentType == null) {
            return Mono.error(invalid(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "disclosure.file-type"));
        }
        StoredFile stored = new StoredFile(UUID.randomUUID(), cleanName(fileName), contentType, content.length);
        return currentUser
                .get()
                .flatMap(user -> database.sql("""
                        insert into disclosure_file (id, uploaded_by, file_name, content_type, size, sha256, content)
                        values (:id, :uploadedBy, :fileName, :contentType, :size, :sha256, :content)
                        """)
                        .bind("id", stored.id())
                        .bind("uploadedBy", user.subject())
                        .bind("fileName", stored.fileName())
                        .bind("contentType", contentType)
                        .bind("size", content.length)
                        .bind("sha256", UploadedBytes.sha256(content))
                        .bind("content", ByteBuffer.wrap(content))
                        .then()
                        .thenReturn(stored));
    }

    /** The file if the signed-in person may see it; otherwise "not found", so ids cannot be probed. */
    public Mono<FileContent> download(UUID id) {
        return currentUser
                .get()
                .flatMap(user -> database.sql("""
                        select f.file_name, f.content_type, f.content from disclosure_file f
                        where f.id = :id and (
                          f.uploaded_by = :subject
                          or exists (
                            select 1 from disclosure_request r
                            where r.agency_id = any(:agencies)
                              and (:idText = any(string_to_array(r.attachment_ids, ','))
                                   or r.power_of_attorney_id = :idText
                                   or exists (select 1 from disclosure_event e
                                              where e.request_id = r.id and e.type = 'REPLIED'
                                                and :idText = any(string_to_array(e.details ->> 'documents', ',')))))
                          or exists (
                            select 1 from disclosure_request r join disclosure_event e on e.request_id = r.id
                            where r.applicant_user_id = :user and e.type = 'REPLIED'
                              and :idText = any(string_to_array(e.details ->> 'documents', ','))))
                        """)
                        .bind("id", id)
                        .bind("idText", id.toString())
                        .bind("subject", user.subject())
                        .bind("user", user.id())
                        .bind("agencies", handledAgencies(user))
                        .map(row -> {
                            ByteBuffer bytes = row.get("content", ByteBuffer.class);
                            byte[] content = new byte[bytes.remaining()];
                            bytes.get(content);
                            return new FileContent(
                                    row.get("file_name", String.class), row.get("content_type", String.class), content);
                        })
                        .one())
                .switchIfEmpty(Mono.error(() -> new NotFoundException("file", id)));
    }

    /** The names of these files, in the order of the ids. */
    public Mono<List<String>> names(List<String> ids) {
        return describe(ids).map(files -> {
            Map<String, String> names =
                    files.stream().collect(Collectors.toMap(file -> file.id().toString(), StoredFile::fileName));
            return ids.stream().map(id -> names.getOrDefault(id, id)).toList();
        });
    }

    /** What is shown of these files (name, type, size), in the order of the ids, each once. */
    public Mono<List<StoredFile>> describe(List<String> ids) {
        List<UUID> wanted = ids.stream().distinct().map(UUID::fromString).toList();
        if (wanted.isEmpty()) {
            return Mono.just(List.of());
        }
        return database.sql("select id, file_name, content_type, size from disclosure_file where id = any(:ids)")
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

    /** Every id names a file the signed-in person uploaded; otherwise a 400 naming {@code field}. */
    public Mono<Void> requireOwnUploads(List<String> ids, String field) {
        if (ids.isEmpty()) {
            return Mono.empty();
        }
        Set<String> distinct = new HashSet<>(ids);
        if (distinct.size() != ids.size() || !ids.stream().allMatch(DisclosureFiles::isUuid)) {
            return Mono.error(unknownFiles(field));
        }
        return currentUser
                .get()
                .flatMap(user -> database.sql(
                                "select count(*) as n from disclosure_file where id = any(:ids) and uploaded_by = :subject")
                        .bind("ids", ids.stream().map(UUID::fromString).toArray(UUID[]::new))
                        .bind("subject", user.subject())
                        .map(row -> row.get("n", Long.class))
                        .one()
                        .flatMap(found -> found == ids.size() ? Mono.<Void>empty() : Mono.error(unknownFiles(field))));
    }

    private static UUID[] handledAgencies(PortalUser user) {
        Set<UUID> agencies = new HashSet<>(user.agenciesWhere(Role.DISCLOSURE_OFFICER));
        agencies.addAll(user.agenciesWhere(Role.OGI_OFFICE_HEAD));
        return agencies.toArray(UUID[]::new);
    }

    private static PortalException unknownFiles(String field) {
        return new PortalException(
                HttpStatus.BAD_REQUEST, "validation", List.of(new FieldProblem(field, "disclosure.file-unknown")));
    }

    private static PortalException invalid(HttpStatus status, String messageKey) {
        String slug = status == HttpStatus.BAD_REQUEST
                ? "validation"
                : status == HttpStatus.CONTENT_TOO_LARGE ? "body-too-large" : "unsupported-media-type";
        return new PortalException(status, slug, List.of(new FieldProblem("file", messageKey)));
    }

    /** The name without path, control characters, bidirectional overrides or more than 200 characters; never blank. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = PlainTextInput.withoutControls(name.substring(name.lastIndexOf('/') + 1))
                .strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "file" : name;
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return text.length() == 36;
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }
}
