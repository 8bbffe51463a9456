package cn.gongkai.hotline.open311;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The system administrator issues and revokes the partners' Open311 API keys (开放接口密钥管理). */
@RestController
@Tag(name = "open311", description = Open311Controller.TAG)
class Open311KeysController {

    private final Open311Keys keys;

    Open311KeysController(Open311Keys keys) {
        this.keys = keys;
    }

    /** @param name who the key is for, e.g. 相山区12345平台 */
    @Schema(name = "Open311KeyForm")
    record KeyForm(@NotBlank @Size(max = 100) String name) {}

    /**
     * A partner's key, never the key itself but for its first characters.
     *
     * @param apiKey the key: only in the answer to issuing it, never again
     */
    @Schema(name = "Open311KeyResponse")
    record KeyResponse(
            UUID id,
            String name,
            String prefix,
            String createdBy,
            OffsetDateTime createdAt,
            boolean revoked,
            @Nullable String revokedBy,
            @Nullable OffsetDateTime revokedAt,
            @Nullable String apiKey) {}

    @PostMapping("/api/admin/open311/keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Issue a partner's Open311 API key (system administrator); the key is shown in this answer only")
    Mono<ResponseEntity<KeyResponse>> issue(@Valid @RequestBody KeyForm form) {
        return keys.issue(form.name())
                .map(issued -> ResponseEntity.created(URI.create(
                                "/api/admin/open311/keys/" + issued.key().id()))
                        .cacheControl(CacheControl.noStore())
                        .body(response(issued.key(), issued.apiKey())));
    }

    @GetMapping("/api/admin/open311/keys")
    @Operation(summary = "Every partner's key, newest first, revoked ones too (system administrator)")
    Mono<List<KeyResponse>> list() {
        return keys.list().map(key -> response(key, null)).collectList();
    }

    @PostMapping("/api/admin/open311/keys/{id}/revoke")
    @Operation(summary = "Revoke a key at once (system administrator); a key revoked already is not found")
    Mono<KeyResponse> revoke(@PathVariable UUID id) {
        return keys.revoke(id).map(key -> response(key, null));
    }

    private static KeyResponse response(Open311Store.Key key, @Nullable String apiKey) {
        return new KeyResponse(
                key.id(),
                key.name(),
                key.prefix(),
                key.createdBy(),
                time(key.createdAt()),
                key.revoked(),
                key.revokedBy(),
                key.revokedAt() == null ? null : time(key.revokedAt()),
                apiKey);
    }

    private static OffsetDateTime time(java.time.Instant instant) {
        return OffsetDateTime.ofInstant(instant, cn.gongkai.platform.TimeConfiguration.CHINA);
    }
}
