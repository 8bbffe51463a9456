package cn.gongkai.disclosure.web;

import cn.gongkai.disclosure.DisclosureFiles;
import cn.gongkai.platform.files.FileStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Uploading and downloading the files of disclosure requests. */
@RestController
@Tag(name = "disclosure", description = "政府信息公开申请 Disclosure requests")
class DisclosureFileController {

    private final DisclosureFiles files;

    DisclosureFileController(DisclosureFiles files) {
        this.files = files;
    }

    @PostMapping(value = "/api/disclosure/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Upload an attachment, a power of attorney or a released document: PDF, JPEG or PNG "
                    + "up to 10 MB, the type read from the content")
    Mono<ResponseEntity<DisclosureFiles.StoredFile>> upload(@RequestPart(name = "file", required = false) Part part) {
        return FileStore.upload(part)
                .flatMap(files::store)
                .map(stored -> ResponseEntity.created(URI.create("/api/disclosure/files/" + stored.id()))
                        .body(stored));
    }

    @GetMapping("/api/disclosure/files/{id}")
    @Operation(
            summary = "Download a file: its uploader, the staff of the agency handling it, or the applicant it "
                    + "was released to")
    Mono<ResponseEntity<byte[]>> download(@PathVariable UUID id) {
        return files.download(id)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.contentType()))
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(file.fileName(), StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                        .body(file.content()));
    }
}
