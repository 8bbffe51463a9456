package cn.gongkai.hotline.internal;

import cn.gongkai.hotline.HotlineBoardPage;
import cn.gongkai.hotline.HotlinePublication;
import cn.gongkai.hotline.HotlineRating;
import cn.gongkai.hotline.HotlineType;
import cn.gongkai.platform.ConflictException;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores each reply of a ticket (答复记录): when it was given against its limit, and its publication on the reply
 * board with the redacted texts and the list of removals; answers the board's pages.
 */
@Repository
public class HotlineReplyStore {

    private static final TypeReference<Map<String, List<Redaction>>> REDACTIONS = new TypeReference<>() {};

    private final DatabaseClient database;
    private final JsonMapper json = JsonMapper.builder().build();

    HotlineReplyStore(DatabaseClient database) {
        this.database = database;
    }

    /**
     * When a reply was given against its limit.
     *
     * @param dueOn the last day of the reply's limit as it stood at the reply
     * @param dueAt the exact instant of an urgent ticket's limit, else null
     * @param onTime whether the reply came within the limit
     */
    public record Timing(
            UUID departmentId,
            Instant repliedAt,
            LocalDate repliedOn,
            LocalDate dueOn,
            @Nullable Instant dueAt,
            boolean onTime) {}

    /** Writes a new reply with its publication. */
    public Mono<Void> insert(HotlinePublication publication, Timing timing) {
        var spec = database.sql("""
                        insert into hotline_reply (ticket_id, seq, centre_id, department_id, replied_at, replied_on,
                            due_on, due_at, on_time, publication, redacted_title, redacted_description, redacted_text,
                            redactions)
                        values (:ticket, :seq, :centre, :department, :repliedAt, :repliedOn, :dueOn, :dueAt, :onTime,
                            :publication, :title, :description, :text, :redactions)
                        """)
                .bind("ticket", publication.ticketId())
                .bind("centre", publication.centreId())
                .bind("seq", publication.replySeq())
                .bind("department", timing.departmentId())
                .bind("repliedAt", utc(timing.repliedAt()))
                .bind("repliedOn", timing.repliedOn())
                .bind("dueOn", timing.dueOn())
                .bind("onTime", timing.onTime())
                .bind("publication", publication.status().name());
        spec = nullable(spec, "dueAt", timing.dueAt() == null ? null : utc(timing.dueAt()), OffsetDateTime.class);
        boolean redacted = publication.text() != null;
        spec = nullable(spec, "title", redacted ? publication.title().text() : null, String.class);
        spec = nullable(
                spec, "description", redacted ? publication.description().text() : null, String.class);
        spec = nullable(spec, "text", redacted ? publication.text().text() : null, String.class);
        spec = nullable(
                spec,
                "redactions",
                redacted
                        ? Json.of(json.writeValueAsString(Map.of(
                                "title", publication.title().redactions(),
                                "description", publication.description().redactions(),
                                "text", publication.text().redactions())))
                        : null,
                Json.class);
        return spec.then();
    }

    /**
     * Writes a decision (or a superseding) if nobody decided since the publication was read in state {@code was};
     * otherwise a 409 problem.
     */
    public Mono<Void> update(HotlinePublication publication, HotlinePublication.Status was) {
        var spec = database.sql("""
                        update hotline_reply set publication = :publication, published_title = :title,
                            published_description = :description, published_text = :text, published_at = :publishedAt,
                            decided_at = :decidedAt, decided_by = :decidedBy, withheld_reason = :reason
                        where ticket_id = :ticket and seq = :seq and publication = :was
                        """)
                .bind("ticket", publication.ticketId())
                .bind("seq", publication.replySeq())
                .bind("was", was.name())
                .bind("publication", publication.status().name());
        boolean published = publication.status() == HotlinePublication.Status.PUBLISHED;
        spec = nullable(spec, "title", publication.publishedTitle(), String.class);
        spec = nullable(spec, "description", publication.publishedDescription(), String.class);
        spec = nullable(spec, "text", publication.publishedText(), String.class);
        spec = nullable(
                spec,
                "decidedAt",
                publication.decidedAt() == null ? null : utc(publication.decidedAt()),
                OffsetDateTime.class);
        spec = nullable(spec, "decidedBy", publication.decidedBy(), String.class);
        spec = nullable(spec, "reason", publication.withheldReason(), String.class);
        // published_at is the board's date: only a publication has one.
        spec = nullable(spec, "publishedAt", published ? utc(publication.decidedAt()) : null, OffsetDateTime.class);
        return spec.fetch()
                .rowsUpdated()
                .flatMap(updated -> updated == 1
                        ? Mono.<Void>empty()
                        : Mono.error(new ConflictException("hotline-publication-changed-meanwhile")));
    }

    /** The publication of the ticket's latest reply, if it has one. */
    public Mono<HotlinePublication> latest(UUID ticketId, UUID centreId) {
        return database.sql("""
                        select seq, publication, redacted_title, redacted_description, redacted_text,
                            redactions::text as redactions, published_title, published_description, published_text,
                            decided_at, decided_by, withheld_reason
                        from hotline_reply where ticket_id = :ticket order by seq desc limit 1
                        """)
                .bind("ticket", ticketId)
                .map(row -> read(row, ticketId, centreId))
                .one();
    }

    private HotlinePublication read(Readable row, UUID ticketId, UUID centreId) {
        String stored = row.get("redactions", String.class);
        Map<String, List<Redaction>> redactions = stored == null ? Map.of() : json.readValue(stored, REDACTIONS);
        OffsetDateTime decidedAt = row.get("decided_at", OffsetDateTime.class);
        return new HotlinePublication(
                ticketId,
                centreId,
                row.get("seq", Integer.class),
                HotlinePublication.Status.valueOf(row.get("publication", String.class)),
                redacted(row.get("redacted_title", String.class), redactions.get("title")),
                redacted(row.get("redacted_description", String.class), redactions.get("description")),
                redacted(row.get("redacted_text", String.class), redactions.get("text")),
                row.get("published_title", String.class),
                row.get("published_description", String.class),
                row.get("published_text", String.class),
                decidedAt == null ? null : decidedAt.toInstant(),
                row.get("decided_by", String.class),
                row.get("withheld_reason", String.class));
    }

    private static RedactedReply redacted(@Nullable String text, @Nullable List<Redaction> redactions) {
        return text == null ? null : new RedactedReply(text, redactions == null ? List.of() : redactions);
    }

    /** The published phone numbers, addresses and e-mail addresses of these agencies: they stay in a reply. */
    public Mono<PublicContacts> publicContacts(List<UUID> agencyIds) {
        return database.sql("select phone, address, email from agency where id = any(:ids)")
                .bind("ids", agencyIds.stream().distinct().toArray(UUID[]::new))
                .map(row -> new String[] {
                    row.get("phone", String.class), row.get("address", String.class), row.get("email", String.class)
                })
                .all()
                .collectList()
                .map(rows -> {
                    List<String> numbers = new ArrayList<>();
                    List<String> texts = new ArrayList<>();
                    for (String[] contact : rows) {
                        // An agency's phone field may hold several numbers: 0561-3012345、3012346.
                        for (String number : contact[0].split("[,，、;；/ ]+")) {
                            if (!number.isBlank()) {
                                numbers.add(number.strip());
                            }
                        }
                        for (String text : List.of(contact[1], contact[2])) {
                            if (!text.isBlank()) {
                                texts.add(text.strip());
                            }
                        }
                    }
                    return PublicContacts.of(numbers, texts);
                });
    }

    // --- The board ---------------------------------------------------------------------------------------

    /**
     * A page of the centre's published replies, newest publication first, filtered by {@code text} when given: every
     * search term of the text ({@code hotline_bigrams}, the rule of the stored terms) must be among the reply's, found
     * by the index; a text of one character, which has no pair, is looked for as it is.
     */
    public Mono<HotlineBoardPage> board(UUID centreId, @Nullable String text, int page, int size) {
        String filter = "";
        String search = text == null ? "" : text.strip();
        boolean singleCharacter = search.codePointCount(0, search.length()) == 1;
        if (!search.isEmpty()) {
            filter = singleCharacter
                    ? " and strpos(r.published_title || ' ' || r.published_description || ' ' || r.published_text,"
                            + " :text) > 0"
                    : " and r.search_terms @> hotline_bigrams(:text)";
        }
        var count = database.sql("select count(*) as n from hotline_reply r"
                        + " where r.publication = 'PUBLISHED' and r.centre_id = :centre" + filter)
                .bind("centre", centreId);
        String statement = "select t.number, t.type, t.category_code, m.name as category_name, r.department_id,"
                + " a.name as department_name, r.published_title, r.published_description, r.published_text,"
                + " t.received_at, r.replied_at, r.published_at,"
                + " (select e.details ->> 'rating' from hotline_event e where e.ticket_id = r.ticket_id"
                + "  and e.type = 'RATED' and e.seq > r.seq order by e.seq limit 1) as rating"
                + " from hotline_reply r join hotline_ticket t on t.id = r.ticket_id"
                + " join hotline_matter m on m.code = t.category_code join agency a on a.id = r.department_id"
                + " where r.publication = 'PUBLISHED' and r.centre_id = :centre" + filter
                + " order by r.published_at desc, r.ticket_id, r.seq limit :limit offset :offset";
        var select = database.sql(statement)
                .bind("centre", centreId)
                .bind("limit", size)
                .bind("offset", (long) page * size);
        if (!search.isEmpty()) {
            count = count.bind("text", search);
            select = select.bind("text", search);
        }
        Mono<Long> total = count.map(row -> row.get("n", Long.class)).one();
        Mono<List<HotlineBoardPage.Item>> items = select.map(row -> {
                    String rating = row.get("rating", String.class);
                    return new HotlineBoardPage.Item(
                            row.get("number", String.class),
                            HotlineType.valueOf(row.get("type", String.class)),
                            row.get("category_code", String.class),
                            row.get("category_name", String.class),
                            row.get("department_id", UUID.class),
                            row.get("department_name", String.class),
                            row.get("published_title", String.class),
                            row.get("published_description", String.class),
                            row.get("published_text", String.class),
                            row.get("received_at", OffsetDateTime.class).toInstant(),
                            row.get("replied_at", OffsetDateTime.class).toInstant(),
                            row.get("published_at", OffsetDateTime.class).toInstant(),
                            rating == null ? null : HotlineRating.valueOf(rating));
                })
                .all()
                .collectList();
        return Mono.zip(items, total).map(found -> new HotlineBoardPage(found.getT1(), found.getT2()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static <T> DatabaseClient.GenericExecuteSpec nullable(
            DatabaseClient.GenericExecuteSpec spec, String name, @Nullable T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
