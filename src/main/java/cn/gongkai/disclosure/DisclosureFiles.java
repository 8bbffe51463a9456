package cn.gongkai.disclosure;

import cn.gongkai.identity.CurrentUser;
import cn.gongkai.identity.PortalUser;
import cn.gongkai.identity.Role;
import cn.gongkai.platform.NotFoundException;
import cn.gongkai.platform.files.FileStore;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Files of disclosure requests (申请材料与公开文件), kept in {@code disclosure_file} by the platform's {@link FileStore}
 * (PDF, JPEG or PNG up to 10 MB, the type read from the content). A file is seen by who uploaded it, by the staff of
 * an agency whose request refers to it, and by an applicant it was released to.
 */
@Service
public class DisclosureFiles {

    public static final int MAX_BYTES = FileStore.MAX_BYTES;

    private final FileStore store;
    private final CurrentUser currentUser;

    DisclosureFiles(DatabaseClient database, CurrentUser currentUser) {
        this.store = new FileStore(database, "disclosure_file");
        this.currentUser = currentUser;
    }

    /** A stored file as listed: no content. */
    public record StoredFile(UUID id, String fileName, String contentType, int size) {

        static StoredFile of(FileStore.StoredFile file) {
            return new StoredFile(file.id(), file.name(), file.contentType(), file.size());
        }
    }

    /** A file to send: its name, type and bytes. */
    public record FileContent(String fileName, String contentType, byte[] content) {}

    public Mono<StoredFile> store(FileStore.Upload upload) {
        return currentUser
                .get()
                .flatMap(user -> store.store(user.subject(), upload))
                .map(StoredFile::of);
    }

    /** The file if the signed-in person may see it; otherwise "not found", so ids cannot be probed. */
    public Mono<FileContent> download(UUID id) {
        return currentUser
                .get()
                .flatMap(user -> store.read(
                        id,
                        """
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
                            and :idText = any(string_to_array(e.details ->> 'documents', ',')))
                        """,
                        Map.of(
                                "idText",
                                id.toString(),
                                "subject",
                                user.subject(),
                                "user",
                                user.id(),
                                "agencies",
                                handledAgencies(user))))
                .map(file -> new FileContent(file.fileName(), file.contentType(), file.content()))
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
        return store.describe(ids.stream().map(UUID::fromString).toList())
                .map(files -> files.stream().map(StoredFile::of).toList());
    }

    /** Every id names a file the signed-in person uploaded; otherwise a 400 naming {@code field}. */
    public Mono<Void> requireOwnUploads(List<String> ids, String field) {
        if (ids.isEmpty()) {
            return Mono.empty();
        }
        return currentUser
                .get()
                .flatMap(user -> store.requireUploadsOf(user.subject(), ids, field))
                .then();
    }

    private static UUID[] handledAgencies(PortalUser user) {
        Set<UUID> agencies = new HashSet<>(user.agenciesWhere(Role.DISCLOSURE_OFFICER));
        agencies.addAll(user.agenciesWhere(Role.OGI_OFFICE_HEAD));
        return agencies.toArray(UUID[]::new);
    }
}
