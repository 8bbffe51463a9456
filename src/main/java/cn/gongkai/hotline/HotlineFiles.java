package cn.gongkai.hotline;

import cn.gongkai.hotline.internal.HotlineTicketStore;
import cn.gongkai.identity.CurrentUser;
import cn.gongkai.platform.NotFoundException;
import cn.gongkai.platform.RequestMetadata;
import cn.gongkai.platform.crypto.BlindIndex;
import cn.gongkai.platform.files.FileStore;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Files of hotline tickets (工单附件): photos and PDFs the person attaches, anonymous or signed in, and those a
 * department attaches to its reply, kept in {@code hotline_file} by the platform's {@link FileStore}. A file is read
 * back by who uploaded it while it belongs to no ticket, and then by whoever may see its ticket.
 */
@Service
public class HotlineFiles {

    private final FileStore store;
    private final HotlineTicketStore tickets;
    private final CurrentUser currentUser;
    private final BlindIndex index;

    HotlineFiles(DatabaseClient database, HotlineTicketStore tickets, CurrentUser currentUser, BlindIndex index) {
        this.store = new FileStore(database, "hotline_file");
        this.tickets = tickets;
        this.currentUser = currentUser;
        this.index = index;
    }

    /** Stores an upload for the signed-in person, or for the anonymous client it came from. */
    public Mono<FileStore.StoredFile> upload(FileStore.Upload upload) {
        return uploader().flatMap(uploader -> store.store(uploader, upload));
    }

    /**
     * Who uploads: the signed-in person's subject, or for an anonymous caller a keyed hash of their address, so that
     * they may attach what they uploaded to the ticket they submit next.
     */
    Mono<String> uploader() {
        return currentUser
                .find()
                .map(user -> user.subject())
                .switchIfEmpty(RequestMetadata.current()
                        .map(request -> "client:" + index.of("client:" + request.clientAddress())));
    }

    /**
     * Every id names a distinct file {@code uploadedBy} uploaded that no ticket holds yet; otherwise a 400 naming
     * {@code field}. Answers the ids.
     */
    Mono<List<UUID>> requireFreeUploads(List<String> ids, String uploadedBy, String field) {
        return store.requireUploadsOf(uploadedBy, ids, field)
                .flatMap(uuids -> uuids.isEmpty()
                        ? Mono.just(uuids)
                        : tickets.countFreeUploads(uuids, uploadedBy)
                                .flatMap(free -> free == uuids.size()
                                        ? Mono.just(uuids)
                                        : Mono.error(FileStore.unknownFiles(field))));
    }

    Mono<List<FileStore.StoredFile>> describe(List<UUID> ids) {
        return store.describe(ids);
    }

    /** The file's bytes, read without any access check: the caller has checked. */
    Mono<FileStore.FileContent> content(UUID id) {
        return store.read(id, "true", Map.of());
    }

    /** The file if the signed-in person uploaded it and no ticket holds it yet. */
    Mono<FileStore.FileContent> ownUnattached(UUID id) {
        return currentUser
                .find()
                .flatMap(user -> store.read(
                        id,
                        "f.uploaded_by = :subject"
                                + " and not exists (select 1 from hotline_attachment a where a.file_id = f.id)",
                        Map.of("subject", user.subject())))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("file", id)));
    }
}
