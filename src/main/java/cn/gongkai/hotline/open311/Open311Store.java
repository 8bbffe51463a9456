package cn.gongkai.hotline.open311;

import cn.gongkai.hotline.HotlineState;
import cn.gongkai.hotline.HotlineType;
import io.r2dbc.spi.Readable;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The store of the open interface (开放接口数据): partners' keys, the tickets they sent, and the questions GeoReport asks of tickets, each answered in SQL. */
@Repository
class Open311Store {

    private final DatabaseClient database;

    Open311Store(DatabaseClient database) {
        this.database = database;
    }

    // --- Keys ---------------------------------------------------------------------------------------------------

    /** A partner's key as the administrator sees it: never the key itself. */
    record Key(
            UUID id,
            String name,
            String prefix,
            String createdBy,
            Instant createdAt,
            @Nullable String revokedBy,
            @Nullable Instant revokedAt) {

        boolean revoked() {
            return revokedAt != null;
        }
    }

    Mono<Void> insertKey(Key key, String hash) {
        return database.sql("""
                        insert into open311_key (id, name, key_hash, key_prefix, created_by, created_at)
                        values (:id, :name, :hash, :prefix, :createdBy, :createdAt)
                        """)
                .bind("id", key.id())
                .bind("name", key.name())
                .bind("hash", hash)
                .bind("prefix", key.prefix())
                .bind("createdBy", key.createdBy())
                .bind("createdAt", OffsetDateTime.ofInstant(key.createdAt(), ZoneOffset.UTC))
                .then();
    }

    /** Revokes a key still in use; false when there is none (unknown, or revoked already). */
    Mono<Boolean> revokeKey(UUID id, String revokedBy, Instant at) {
        return database.sql("""
                        update open311_key set revoked_by = :by, revoked_at = :at
                        where id = :id and revoked_at is null
                        """)
                .bind("id", id)
                .bind("by", revokedBy)
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .fetch()
                .rowsUpdated()
                .map(updated -> updated == 1);
    }

    Flux<Key> keys() {
        return database.sql("select * from open311_key order by created_at desc, name")
                .map(Open311Store::readKey)
                .all();
    }

    Mono<Key> key(UUID id) {
        return database.sql("select * from open311_key where id = :id")
                .bind("id", id)
                .map(Open311Store::readKey)
                .one();
    }

    /** The key in use with this hash; empty for an unknown or revoked one. */
    Mono<Key> activeKeyByHash(String hash) {
        return database.sql("select * from open311_key where key_hash = :hash and revoked_at is null")
                .bind("hash", hash)
                .map(Open311Store::readKey)
                .one();
    }

    private static Key readKey(Readable row) {
        OffsetDateTime revokedAt = row.get("revoked_at", OffsetDateTime.class);
        return new Key(
                row.get("id", UUID.class),
                row.get("name", String.class),
                row.get("key_prefix", String.class),
                row.get("created_by", String.class),
                row.get("created_at", OffsetDateTime.class).toInstant(),
                row.get("revoked_by", String.class),
                revokedAt == null ? null : revokedAt.toInstant());
    }

    // --- Requests -----------------------------------------------------------------------------------------------

    /** Records that the ticket came through Open311 with this key; a retry finds it recorded already. */
    Mono<Void> recordRequest(UUID ticketId, UUID keyId, Instant at) {
        return database.sql("""
                        insert into open311_request (ticket_id, key_id, token, received_at)
                        values (:ticket, :key, :token, :at) on conflict (ticket_id) do nothing
                        """)
                .bind("ticket", ticketId)
                .bind("key", keyId)
                .bind("token", UUID.randomUUID())
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .then();
    }

    /** The number of the ticket a token stands for. */
    Mono<String> numberForToken(UUID token) {
        return database.sql("""
                        select t.number from open311_request r join hotline_ticket t on t.id = r.ticket_id
                        where r.token = :token
                        """)
                .bind("token", token)
                .map(row -> row.get("number", String.class))
                .one();
    }

    /**
     * A ticket as GeoReport shows it: nothing the person wrote or is (no description, address text, contact), only
     * the matter, the district or county, where it stands and who handles it.
     *
     * @param regionName the place of the district, county or city where it happened (相山区), as in {@link
     *     Open311Requests#placeName}
     * @param stepType the latest step with a public note (dispatch, extension granted, reply, merge), if any
     * @param stepAgencyName the department that step names: the one dispatched to, or the one that replied
     * @param stepDetail the step's other fact: the working days granted, or the ticket merged into
     */
    record Row(
            String number,
            HotlineType type,
            HotlineState state,
            String serviceCode,
            String serviceName,
            @Nullable String leadName,
            String regionName,
            Instant receivedAt,
            Instant updatedAt,
            @Nullable LocalDate replyDueOn,
            @Nullable Instant replyDueAt,
            @Nullable String stepType,
            @Nullable String stepAgencyName,
            @Nullable String stepDetail) {}

    /**
     * What one may see: the tickets with a reply the centre's dispatcher approved for the reply board (办理结果公开),
     * as the board itself, reports of wrongdoing (举报) never, to protect who reported; and, to a partner giving its
     * key, the tickets it sent itself, which it knows already. The person's consent alone is not enough: it is consent
     * to the reply being published once checked, and until the check nothing of the ticket is public, not even that a
     * complaint of this matter came from this district on this day. The lookup is the reply's key; an approved reply
     * is rare among all tickets, so the board's partial index is not needed here.
     */
    private static final String VISIBLE = "t.centre_id = :centre and ((t.type <> 'REPORT' and t.publish_reply"
            + " and exists (select 1 from hotline_reply p where p.ticket_id = t.id and p.publication = 'PUBLISHED'))"
            + " or (cast(:key as uuid) is not null and r.key_id = cast(:key as uuid)))";

    private static final String SELECT = """
            select t.number, t.type, t.state, t.category_code, m.name as service_name, lead.name as lead_name,
                   regexp_replace(coalesce(nullif(region.short_name, ''), region.name), '(人民政府|政府)$', '')
                       as region_name, t.received_at, t.reply_due_on, t.reply_due_at,
                   last.occurred_at as updated_at, step.type as step_type, step.agency_name as step_agency_name,
                   step.detail as step_detail
            from hotline_ticket t
            join hotline_matter m on m.code = t.category_code
            join agency region on region.id = t.region_id
            left join agency lead on lead.id = t.lead_department_id
            left join open311_request r on r.ticket_id = t.id
            cross join lateral (
                select e.occurred_at from hotline_event e where e.ticket_id = t.id order by e.seq desc limit 1
            ) last
            left join lateral (
                select e.type,
                       (select a.name from agency a where a.id = case when e.type in ('DISPATCHED', 'REDISPATCHED')
                           then cast(e.details ->> 'lead' as uuid) else e.actor_agency_id end) as agency_name,
                       coalesce(e.details ->> 'workingDays', e.details ->> 'leadTicket') as detail
                from hotline_event e
                where e.ticket_id = t.id
                  and e.type in ('DISPATCHED', 'REDISPATCHED', 'EXTENSION_APPROVED', 'REPLIED', 'MERGED')
                order by e.seq desc limit 1
            ) step on true
            """;

    Mono<Row> visibleByNumber(String number, UUID centreId, @Nullable UUID keyId) {
        var spec = database.sql(SELECT + " where t.number = :number and " + VISIBLE)
                .bind("number", number)
                .bind("centre", centreId);
        return bindKey(spec, keyId).map(Open311Store::readRow).one();
    }

    /** The tickets with these numbers one may see, newest first. */
    Flux<Row> visibleByNumbers(List<String> numbers, UUID centreId, @Nullable UUID keyId, int limit) {
        var spec = database.sql(SELECT + " where t.number = any(:numbers) and " + VISIBLE
                        + " order by t.received_at desc, t.number desc limit :limit")
                .bind("numbers", numbers.toArray(String[]::new))
                .bind("centre", centreId)
                .bind("limit", limit);
        return bindKey(spec, keyId).map(Open311Store::readRow).all();
    }

    /**
     * The tickets one may see received in [from, to], newest first, of these matters (all when empty) and open,
     * closed or both (null).
     */
    Flux<Row> visibleBetween(
            Instant from,
            Instant to,
            List<String> serviceCodes,
            @Nullable Boolean open,
            UUID centreId,
            @Nullable UUID keyId,
            int limit) {
        StringBuilder where =
                new StringBuilder(" where t.received_at >= :from and t.received_at <= :to and ").append(VISIBLE);
        if (!serviceCodes.isEmpty()) {
            where.append(" and t.category_code = any(:codes)");
        }
        if (open != null) {
            where.append(open ? " and t.closed_on is null" : " and t.closed_on is not null");
        }
        var spec = database.sql(SELECT + where + " order by t.received_at desc, t.number desc limit :limit")
                .bind("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .bind("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .bind("centre", centreId)
                .bind("limit", limit);
        if (!serviceCodes.isEmpty()) {
            spec = spec.bind("codes", serviceCodes.toArray(String[]::new));
        }
        return bindKey(spec, keyId).map(Open311Store::readRow).all();
    }

    /** The partner's key id, or null: the public asks. */
    private static DatabaseClient.GenericExecuteSpec bindKey(DatabaseClient.GenericExecuteSpec spec, UUID keyId) {
        return keyId == null ? spec.bindNull("key", UUID.class) : spec.bind("key", keyId);
    }

    private static Row readRow(Readable row) {
        OffsetDateTime dueAt = row.get("reply_due_at", OffsetDateTime.class);
        return new Row(
                row.get("number", String.class),
                HotlineType.valueOf(row.get("type", String.class)),
                HotlineState.valueOf(row.get("state", String.class)),
                row.get("category_code", String.class),
                row.get("service_name", String.class),
                row.get("lead_name", String.class),
                row.get("region_name", String.class),
                row.get("received_at", OffsetDateTime.class).toInstant(),
                row.get("updated_at", OffsetDateTime.class).toInstant(),
                row.get("reply_due_on", LocalDate.class),
                dueAt == null ? null : dueAt.toInstant(),
                row.get("step_type", String.class),
                row.get("step_agency_name", String.class),
                row.get("step_detail", String.class));
    }
}
