package cn.gongkai.hotline.open311;

import cn.gongkai.audit.AuditEntry;
import cn.gongkai.audit.AuditTrail;
import cn.gongkai.identity.CurrentUser;
import cn.gongkai.platform.NotFoundException;
import cn.gongkai.platform.crypto.BlindIndex;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The partners' API keys (开放接口密钥): issued by the system administrator, shown once, kept only as a keyed hash
 * (HMAC-SM3 with the blind-index key), and revoked when a partner leaves or a key leaks; both audited.
 */
@Service
class Open311Keys {

    /** 32 random bytes: 256 bits, far beyond guessing, in 43 URL-safe characters a partner can paste. */
    private static final int KEY_BYTES = 32;

    private static final int PREFIX_LENGTH = 8;

    private final Open311Store store;
    private final BlindIndex index;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Open311Keys(
            Open311Store store,
            BlindIndex index,
            CurrentUser currentUser,
            AuditTrail audit,
            TransactionalOperator transaction,
            Clock clock) {
        this.store = store;
        this.index = index;
        this.currentUser = currentUser;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A key just issued: the only time the key itself is known outside the partner. */
    record Issued(Open311Store.Key key, String apiKey) {}

    Mono<Issued> issue(String name) {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        String apiKey = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return currentUser.get().flatMap(admin -> {
            Open311Store.Key key = new Open311Store.Key(
                    UUID.randomUUID(),
                    name.strip(),
                    apiKey.substring(0, PREFIX_LENGTH),
                    admin.subject(),
                    Instant.now(clock),
                    null,
                    null);
            return store.insertKey(key, hash(apiKey))
                    .then(audit.record(AuditEntry.succeeded("open311.key-issued", "open311_key", key.id())
                            .as("SYSTEM_ADMINISTRATOR", null)
                            .with(Map.of("name", key.name(), "prefix", key.prefix()))))
                    .as(transaction::transactional)
                    .thenReturn(new Issued(key, apiKey));
        });
    }

    Flux<Open311Store.Key> list() {
        return store.keys();
    }

    /** Revokes the key at once: the next request with it is refused. A key revoked already is not found. */
    Mono<Open311Store.Key> revoke(UUID id) {
        return currentUser
                .get()
                .flatMap(admin -> store.revokeKey(id, admin.subject(), Instant.now(clock))
                        .flatMap(revoked -> revoked
                                ? audit.record(AuditEntry.succeeded("open311.key-revoked", "open311_key", id)
                                        .as("SYSTEM_ADMINISTRATOR", null))
                                : Mono.error(new NotFoundException("open311-key", id)))
                        .as(transaction::transactional))
                .then(Mono.defer(() -> store.key(id)));
    }

    /** The key in use that {@code apiKey} is; empty for anything else. */
    Mono<Open311Store.Key> authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
            return Mono.empty();
        }
        return store.activeKeyByHash(hash(apiKey.strip()));
    }

    private String hash(String apiKey) {
        return index.of("open311-key:" + apiKey);
    }
}
