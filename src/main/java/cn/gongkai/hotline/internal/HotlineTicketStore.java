package cn.gongkai.hotline.internal;

import cn.gongkai.hotline.HotlineClock;
import cn.gongkai.hotline.HotlineEvent;
import cn.gongkai.hotline.HotlineEventType;
import cn.gongkai.hotline.HotlineQueue;
import cn.gongkai.hotline.HotlineState;
import cn.gongkai.hotline.HotlineSubmission;
import cn.gongkai.hotline.HotlineSubmitterKind;
import cn.gongkai.hotline.HotlineTicket;
import cn.gongkai.hotline.HotlineType;
import cn.gongkai.platform.ConflictException;
import cn.gongkai.platform.TimeConfiguration;
import cn.gongkai.platform.crypto.BlindIndex;
import cn.gongkai.platform.crypto.FieldCipher;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores hotline tickets and their timelines. Contact names, phone numbers and credit codes are encrypted on the way
 * in and decrypted on the way out, each bound to its column; the deadlines the timeline gives are written with every
 * change; saving checks the version read, so of two people acting at once exactly one wins.
 */
@Repository
public class HotlineTicketStore {

    private static final String CONTACT_NAME = "hotline_ticket.contact_name";
    private static final String CONTACT_PHONE = "hotline_ticket.contact_phone";
    private static final String CREDIT_CODE = "hotline_ticket.credit_code";
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};
    private static final DateTimeFormatter NUMBER_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** Whether the limit running now has passed: an urgent one by the instant, others after their last day. */
    private static final String OVERDUE = "(t.due_on is not null and ((t.due_at is not null and t.due_at < :now)"
            + " or (t.due_at is null and t.due_on < :today)))";
    /** Not overdue, and due within the at-risk margin. */
    private static final String AT_RISK = "(t.due_on is not null and not " + OVERDUE
            + " and ((t.due_at is not null and t.due_at <= :urgentUntil)"
            + " or (t.due_at is null and t.due_on < :atRiskBefore)))";

    private final DatabaseClient database;
    private final FieldCipher cipher;
    private final BlindIndex index;
    private final JsonMapper json = JsonMapper.builder().build();

    HotlineTicketStore(DatabaseClient database, FieldCipher cipher, BlindIndex index) {
        this.database = database;
        this.cipher = cipher;
        this.index = index;
    }

    /** A ticket as stored: the aggregate, what the person told, and who may follow it. */
    public record Stored(
            HotlineTicket ticket,
            HotlineSubmission submission,
            @Nullable UUID userId,
            @Nullable String queryCodeHash,
            Instant receivedAt) {}

    /** A knowledge-base answer (知识库条目). */
    public record KnowledgeEntry(UUID id, String question, String answer, String basis) {}

    /** A ticket as listed to the person who raised it. */
    public record Summary(
            String number,
            HotlineType type,
            String title,
            HotlineState state,
            Instant receivedAt,
            @Nullable LocalDate replyDueOn,
            String categoryName) {}

    /** A ticket like another, offered for merging. */
    public record Similar(String number, String title, Instant receivedAt) {}

    /** A file attached to a ticket, and the step of the reply it belongs to (null: the person's own). */
    public record Attachment(UUID fileId, @Nullable Integer replySeq) {}

    /** The next number in the centre's series for the day, e.g. {@code 340600-20261203-00017}. */
    public Mono<String> nextNumber(UUID centreId, String centreCode, LocalDate day) {
        return database.sql("""
                        insert into hotline_number_sequence (centre_id, day, last) values (:centre, :day, 1)
                        on conflict (centre_id, day) do update set last = hotline_number_sequence.last + 1
                        returning last
                        """)
                .bind("centre", centreId)
                .bind("day", day)
                .map(row -> row.get("last", Integer.class))
                .one()
                .map(last -> "%s-%s-%05d".formatted(centreCode, day.format(NUMBER_DAY), last));
    }

    /** The normalised key under which the same phone number is found again. */
    public String phoneIndex(String phone) {
        return index.of("phone:" + phone.replaceAll("[\\s-]", ""));
    }

    /** The normalised key under which the same credit code is found again. */
    public String creditCodeIndex(String creditCode) {
        return index.of("credit-code:" + creditCode.strip().toUpperCase(Locale.ROOT));
    }

    /** The keyed fingerprint under which the same description is found again (see V21). */
    public String descriptionIndex(HotlineSubmission submission) {
        return index.of("description:" + submission.sameText());
    }

    /** An earlier ticket a new one repeats: its number and the day it was received. */
    public record EarlierTicket(String number, LocalDate receivedOn) {}

    /**
     * Who a repeat is looked for among: the signed-in person's own tickets, or the anonymous tickets that left the same
     * contact phone. The two never mix: an anonymous caller is not told of a signed-in person's ticket.
     */
    public record Submitter(@Nullable UUID userId, @Nullable String phone) {

        public static Submitter user(UUID userId) {
            return new Submitter(userId, null);
        }

        public static Submitter anonymousWithPhone(String phone) {
            return new Submitter(null, phone);
        }
    }

    /**
     * Holds the submitter's other submissions back until this transaction ends, so that of two identical tickets sent
     * at once the second sees the first (two 32-bit keys: a key space apart from the one-key locks).
     */
    public Mono<Void> lockSubmissionsOf(Submitter submitter) {
        return database.sql("select pg_advisory_xact_lock(hashtext('hotline-submission'), hashtext(:who))")
                .bind("who", who(submitter))
                .then();
    }

    /**
     * The submitter's latest ticket of the same type and matter with the same description that is still open or was
     * received on or after {@code since}, leaving out questions a knowledge-base answer settled at once.
     */
    public Mono<EarlierTicket> findSameTextFiledBy(Submitter submitter, HotlineSubmission submission, LocalDate since) {
        boolean signedIn = submitter.userId() != null;
        String whose =
                signedIn ? "t.user_id = :who" : "t.submitter_kind = 'ANONYMOUS' and t.contact_phone_index = :who";
        return database.sql("""
                        select t.number, t.received_on from hotline_ticket t
                        where %s and t.type = :type and t.category_code = :category
                          and t.description_index = :description and t.state <> 'ANSWERED_BY_KNOWLEDGE_BASE'
                          and (t.closed_on is null or t.received_on >= :since)
                        order by t.received_on desc, t.number desc limit 1
                        """.formatted(whose))
                .bind("who", signedIn ? submitter.userId() : phoneIndex(submitter.phone()))
                .bind("type", submission.type().name())
                .bind("category", submission.categoryCode())
                .bind("description", descriptionIndex(submission))
                .bind("since", since)
                .map(row -> new EarlierTicket(row.get("number", String.class), row.get("received_on", LocalDate.class)))
                .one();
    }

    private String who(Submitter submitter) {
        return submitter.userId() != null ? "user:" + submitter.userId() : "phone:" + phoneIndex(submitter.phone());
    }

    /** Stores a new ticket with its deadlines as they stand at {@code now}. */
    public Mono<Void> insert(Stored stored, HotlineClock clock, Instant now) {
        HotlineTicket ticket = stored.ticket();
        HotlineSubmission submission = stored.submission();
        var spec = database.sql("""
                        insert into hotline_ticket (id, number, centre_id, type, category_code, title, description,
                            region_id, address, happened_on, submitter_kind, submitter, user_id, query_code_hash,
                            contact_name, contact_name_index, contact_phone, contact_phone_index, enterprise_name,
                            credit_code, credit_code_index, description_index, publish_reply, urgent, state, lead_department_id,
                            assisting_department_ids, supervised, received_at, received_on, closed_on,
                            acceptance_due_on, acceptance_due_at, reply_due_on, reply_due_at, rating_due_on, due_on,
                            due_at, provisional_year, deadline_as_of, version)
                        values (:id, :number, :centre, :type, :category, :title, :description, :region, :address,
                            :happenedOn, :kind, :submitter, :user, :queryCodeHash, :contactName, :contactNameIndex,
                            :contactPhone, :contactPhoneIndex, :enterpriseName, :creditCode, :creditCodeIndex,
                            :descriptionIndex, :publishReply, :urgent, :state, :lead, :assisting, :supervised, :receivedAt, :receivedOn,
                            :closedOn, :acceptanceDueOn, :acceptanceDueAt, :replyDueOn, :replyDueAt, :ratingDueOn,
                            :dueOn, :dueAt, :provisionalYear, :asOf, 0)
                        """)
                .bind("id", ticket.id())
                .bind("number", ticket.number())
                .bind("centre", ticket.centreId())
                .bind("type", ticket.type().name())
                .bind("category", ticket.categoryCode())
                .bind("title", submission.title())
                .bind("description", submission.description())
                .bind("descriptionIndex", descriptionIndex(submission))
                .bind("region", submission.regionId())
                .bind("kind", submission.submitterKind().name())
                .bind("submitter", ticket.submitter())
                .bind("publishReply", submission.publishReply())
                .bind("receivedAt", OffsetDateTime.ofInstant(stored.receivedAt(), ZoneOffset.UTC))
                .bind("receivedOn", LocalDate.ofInstant(stored.receivedAt(), TimeConfiguration.CHINA));
        spec = bindNullable(spec, "address", submission.address(), String.class);
        spec = bindNullable(spec, "happenedOn", submission.happenedOn(), LocalDate.class);
        spec = bindNullable(spec, "user", stored.userId(), UUID.class);
        spec = bindNullable(spec, "queryCodeHash", stored.queryCodeHash(), String.class);
        String name = submission.contactName();
        spec = bindNullable(
                spec, "contactName", name == null ? null : cipher.encrypt(name, CONTACT_NAME), String.class);
        spec = bindNullable(
                spec, "contactNameIndex", name == null ? null : index.of("name:" + name.strip()), String.class);
        String phone = submission.contactPhone();
        spec = bindNullable(
                spec, "contactPhone", phone == null ? null : cipher.encrypt(phone, CONTACT_PHONE), String.class);
        spec = bindNullable(spec, "contactPhoneIndex", phone == null ? null : phoneIndex(phone), String.class);
        spec = bindNullable(spec, "enterpriseName", submission.enterpriseName(), String.class);
        String creditCode = submission.creditCode();
        spec = bindNullable(
                spec, "creditCode", creditCode == null ? null : cipher.encrypt(creditCode, CREDIT_CODE), String.class);
        spec = bindNullable(
                spec, "creditCodeIndex", creditCode == null ? null : creditCodeIndex(creditCode), String.class);
        spec = bindChangingColumns(spec, ticket, clock, now);
        return spec.then().then(insertEvents(ticket));
    }

    /**
     * Writes the new state, the deadlines as they now stand and the appended events if nobody saved the ticket since
     * it was read; otherwise a 409 problem, and the caller's transaction rolls back.
     */
    public Mono<Void> update(HotlineTicket ticket, HotlineClock clock, Instant now) {
        var spec = database.sql("""
                        update hotline_ticket
                        set state = :state, urgent = :urgent, lead_department_id = :lead,
                            assisting_department_ids = :assisting, supervised = :supervised, closed_on = :closedOn,
                            acceptance_due_on = :acceptanceDueOn, acceptance_due_at = :acceptanceDueAt,
                            reply_due_on = :replyDueOn, reply_due_at = :replyDueAt, rating_due_on = :ratingDueOn,
                            due_on = :dueOn, due_at = :dueAt, provisional_year = :provisionalYear,
                            deadline_as_of = :asOf, version = version + 1, updated_at = now()
                        where id = :id and version = :version
                        """).bind("id", ticket.id()).bind("version", ticket.version());
        return bindChangingColumns(spec, ticket, clock, now)
                .fetch()
                .rowsUpdated()
                .flatMap(updated -> updated == 1
                        ? insertEvents(ticket)
                        : Mono.error(new ConflictException("hotline-changed-meanwhile", ticket.number())));
    }

    /** The columns every change may move: state, departments, and the deadlines as they stand at {@code now}. */
    private static DatabaseClient.GenericExecuteSpec bindChangingColumns(
            DatabaseClient.GenericExecuteSpec spec, HotlineTicket ticket, HotlineClock clock, Instant now) {
        HotlineClock.Deadlines deadlines = ticket.deadlines(clock, now);
        HotlineClock.Due running = running(ticket.state(), deadlines);
        LocalDate today = LocalDate.ofInstant(now, TimeConfiguration.CHINA);
        List<HotlineEvent> timeline = ticket.timeline();
        LocalDate closedOn = ticket.state().isFinal() ? closingDay(ticket.state(), timeline) : null;
        spec = spec.bind("state", ticket.state().name())
                .bind("urgent", ticket.urgent())
                .bind("assisting", ticket.assistingDepartmentIds().toArray(UUID[]::new))
                .bind("supervised", ticket.wasReopened())
                .bind("asOf", today);
        spec = bindNullable(spec, "lead", ticket.leadDepartmentId(), UUID.class);
        spec = bindNullable(spec, "closedOn", closedOn, LocalDate.class);
        spec = bindDue(spec, "acceptanceDue", deadlines.acceptance());
        spec = bindDue(spec, "replyDue", deadlines.reply());
        spec = bindDue(spec, "due", running);
        spec = bindNullable(spec, "ratingDueOn", deadlines.ratingDueOn(), LocalDate.class);
        return bindNullable(spec, "provisionalYear", deadlines.provisionalYear(), Integer.class);
    }

    /** The day the ticket closed: a merged ticket when it was merged, whatever its person did after. */
    private static LocalDate closingDay(HotlineState state, List<HotlineEvent> timeline) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (state != HotlineState.MERGED || timeline.get(i).type() == HotlineEventType.MERGED) {
                return timeline.get(i).occurredOn();
            }
        }
        throw new IllegalStateException("a merged ticket without its merge");
    }

    /**
     * The limit that runs first while the ticket waits for its department: acceptance or reply while dispatched, the
     * reply while handled; none while it waits for the dispatcher, the person, or nothing.
     */
    static HotlineClock.Due running(HotlineState state, HotlineClock.Deadlines deadlines) {
        return switch (state) {
            case DISPATCHED -> earlier(deadlines.acceptance(), deadlines.reply());
            case IN_PROGRESS, REOPENED -> deadlines.reply();
            default -> null;
        };
    }

    private static HotlineClock.Due earlier(HotlineClock.Due one, HotlineClock.Due other) {
        if (one == null || other == null) {
            return one == null ? other : one;
        }
        if (one.at() != null && other.at() != null) {
            return one.at().isAfter(other.at()) ? other : one;
        }
        return one.on().isAfter(other.on()) ? other : one;
    }

    private static DatabaseClient.GenericExecuteSpec bindDue(
            DatabaseClient.GenericExecuteSpec spec, String prefix, HotlineClock.Due due) {
        spec = bindNullable(spec, prefix + "On", due == null ? null : due.on(), LocalDate.class);
        return bindNullable(
                spec,
                prefix + "At",
                due == null || due.at() == null ? null : OffsetDateTime.ofInstant(due.at(), ZoneOffset.UTC),
                OffsetDateTime.class);
    }

    private Mono<Void> insertEvents(HotlineTicket ticket) {
        return Flux.fromIterable(ticket.newEvents())
                .concatMap(event -> {
                    var spec = database.sql("""
                                    insert into hotline_event (ticket_id, seq, type, occurred_at, occurred_on, actor,
                                        actor_role, actor_agency_id, details)
                                    values (:ticket, :seq, :type, :occurredAt, :occurredOn, :actor, :role, :agency,
                                        :details)
                                    """)
                            .bind("ticket", ticket.id())
                            .bind("seq", event.seq())
                            .bind("type", event.type().name())
                            .bind("occurredAt", OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC))
                            .bind("occurredOn", event.occurredOn())
                            .bind("actor", event.actor())
                            .bind("details", Json.of(json.writeValueAsString(event.details())));
                    spec = bindNullable(spec, "role", event.actorRole(), String.class);
                    spec = bindNullable(spec, "agency", event.actorAgencyId(), UUID.class);
                    return spec.then();
                })
                .then();
    }

    /** Attaches files to the ticket: the person's own ({@code replySeq} null) or those of the reply at that step. */
    public Mono<Void> attach(UUID ticketId, List<UUID> fileIds, @Nullable Integer replySeq) {
        return Flux.range(0, fileIds.size())
                .concatMap(position -> {
                    var spec = database.sql("""
                                    insert into hotline_attachment (file_id, ticket_id, reply_seq, position)
                                    values (:file, :ticket, :reply, :position)
                                    """)
                            .bind("file", fileIds.get(position))
                            .bind("ticket", ticketId)
                            .bind("position", position);
                    return bindNullable(spec, "reply", replySeq, Integer.class).then();
                })
                .then();
    }

    /** The ticket's files, the person's first, then each reply's, each in its order. */
    public Flux<Attachment> attachments(UUID ticketId) {
        return database.sql("""
                        select file_id, reply_seq from hotline_attachment where ticket_id = :ticket
                        order by reply_seq nulls first, position
                        """)
                .bind("ticket", ticketId)
                .map(row -> new Attachment(row.get("file_id", UUID.class), row.get("reply_seq", Integer.class)))
                .all();
    }

    /** How many of these files {@code uploadedBy} uploaded and no ticket holds yet. */
    public Mono<Long> countFreeUploads(List<UUID> fileIds, String uploadedBy) {
        return database.sql("""
                        select count(*) as n from hotline_file f
                        where f.id = any(:ids) and f.uploaded_by = :uploader
                          and not exists (select 1 from hotline_attachment a where a.file_id = f.id)
                        """)
                .bind("ids", fileIds.toArray(UUID[]::new))
                .bind("uploader", uploadedBy)
                .map(row -> row.get("n", Long.class))
                .one();
    }

    public Mono<Stored> findByNumber(String number) {
        return select("where t.number = :number", spec -> spec.bind("number", number))
                .next();
    }

    /** The ticket holding the file, if any. */
    public Mono<Stored> findHolding(UUID fileId) {
        return select(
                        "where t.id = (select ticket_id from hotline_attachment where file_id = :file)",
                        spec -> spec.bind("file", fileId))
                .next();
    }

    /** A page of the user's own tickets, newest first, and how many there are. */
    public Mono<Map.Entry<List<Summary>, Long>> findByUser(UUID userId, int page, int size) {
        Mono<List<Summary>> items = database.sql("""
                        select t.number, t.type, t.title, t.state, t.received_at, t.reply_due_on, m.name as category
                        from hotline_ticket t join hotline_matter m on m.code = t.category_code
                        where t.user_id = :user order by t.received_at desc, t.number desc limit :limit offset :offset
                        """)
                .bind("user", userId)
                .bind("limit", size)
                .bind("offset", (long) page * size)
                .map(row -> new Summary(
                        row.get("number", String.class),
                        HotlineType.valueOf(row.get("type", String.class)),
                        row.get("title", String.class),
                        HotlineState.valueOf(row.get("state", String.class)),
                        row.get("received_at", OffsetDateTime.class).toInstant(),
                        row.get("reply_due_on", LocalDate.class),
                        row.get("category", String.class)))
                .all()
                .collectList();
        Mono<Long> total = database.sql("select count(*) as n from hotline_ticket where user_id = :user")
                .bind("user", userId)
                .map(row -> row.get("n", Long.class))
                .one();
        return Mono.zip(items, total).map(found -> Map.entry(found.getT1(), found.getT2()));
    }

    /** The page asked for, by the limit that runs first (none last) then number: filtered, counted, paged in SQL. */
    public Mono<HotlineQueue.Page> queue(HotlineQueue.Query query) {
        List<String> conditions =
                new ArrayList<>(List.of("(t.centre_id = any(:centres) or t.lead_department_id = any(:departments)"
                        + " or t.assisting_department_ids && :departments)"));
        Map<String, Object> values = new HashMap<>();
        values.put("centres", query.centres().toArray(UUID[]::new));
        values.put("departments", query.departments().toArray(UUID[]::new));
        values.put("now", OffsetDateTime.ofInstant(query.now(), ZoneOffset.UTC));
        values.put("today", query.today());
        values.put("atRiskBefore", query.atRiskBefore());
        values.put("urgentUntil", OffsetDateTime.ofInstant(query.urgentAtRiskUntil(), ZoneOffset.UTC));
        if (query.publication() != null) {
            // The check of replies for the board is the dispatcher's: a department's queue holds none of it. A reply
            // may wait for the check after the ticket closed (rated), so closed tickets count unless a state is asked.
            conditions.set(0, "t.centre_id = any(:centres)");
            conditions.add("exists (select 1 from hotline_reply r where r.ticket_id = t.id"
                    + " and r.publication = :publication)");
            values.put("publication", query.publication().name());
        }
        if (query.state() == null) {
            if (query.publication() == null) {
                conditions.add("t.closed_on is null");
            }
        } else {
            conditions.add("t.state = :state");
            values.put("state", query.state().name());
        }
        if (query.leadDepartment() != null) {
            conditions.add("t.lead_department_id = :lead");
            values.put("lead", query.leadDepartment());
        }
        if (query.overdue()) {
            conditions.add(OVERDUE);
        }
        if (query.atRisk()) {
            conditions.add(AT_RISK);
        }
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().strip();
            conditions.add("((t.number || ' ' || t.title || ' ' || t.description) ilike :pattern"
                    + " or t.contact_phone_index = :phoneIndex or t.credit_code_index = :creditIndex)");
            values.put(
                    "pattern",
                    "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            values.put("phoneIndex", phoneIndex(text));
            values.put("creditIndex", creditCodeIndex(text));
        }
        String where = " where " + String.join(" and ", conditions);
        String count = "select count(*) as n from hotline_ticket t" + where;
        Mono<Long> total = bindAll(database.sql(count), values, count)
                .map(row -> row.get("n", Long.class))
                .one();
        String select = "select t.number, t.type, t.title, t.state, t.urgent, m.name as category,"
                + " t.lead_department_id, a.name as lead_name, t.received_at, t.acceptance_due_on,"
                + " t.reply_due_on, t.provisional_year, t.supervised, " + OVERDUE + " as overdue, "
                + AT_RISK + " as at_risk"
                + " from hotline_ticket t join hotline_matter m on m.code = t.category_code"
                + " left join agency a on a.id = t.lead_department_id" + where
                + " order by t.due_on nulls last, t.number limit :limit offset :offset";
        Mono<List<HotlineQueue.Item>> items = bindAll(database.sql(select), values, select)
                .bind("limit", query.size())
                .bind("offset", (long) query.page() * query.size())
                .map(row -> new HotlineQueue.Item(
                        row.get("number", String.class),
                        HotlineType.valueOf(row.get("type", String.class)),
                        row.get("title", String.class),
                        HotlineState.valueOf(row.get("state", String.class)),
                        Boolean.TRUE.equals(row.get("urgent", Boolean.class)),
                        row.get("category", String.class),
                        row.get("lead_department_id", UUID.class),
                        row.get("lead_name", String.class),
                        row.get("received_at", OffsetDateTime.class).toInstant(),
                        row.get("acceptance_due_on", LocalDate.class),
                        row.get("reply_due_on", LocalDate.class),
                        row.get("provisional_year", Integer.class) != null,
                        Boolean.TRUE.equals(row.get("overdue", Boolean.class)),
                        Boolean.TRUE.equals(row.get("at_risk", Boolean.class)),
                        Boolean.TRUE.equals(row.get("supervised", Boolean.class))))
                .all()
                .collectList();
        return Mono.zip(items, total).map(found -> new HotlineQueue.Page(found.getT1(), found.getT2()));
    }

    /** Open tickets of the same centre, matter and place as this one, newest first: candidates for 并单. */
    public Flux<Similar> similarOpen(HotlineTicket ticket, UUID regionId) {
        return database.sql("""
                        select number, title, received_at from hotline_ticket
                        where centre_id = :centre and category_code = :category and region_id = :region
                          and closed_on is null and id <> :id
                        order by received_at desc limit 5
                        """)
                .bind("centre", ticket.centreId())
                .bind("category", ticket.categoryCode())
                .bind("region", regionId)
                .bind("id", ticket.id())
                .map(row -> new Similar(
                        row.get("number", String.class),
                        row.get("title", String.class),
                        row.get("received_at", OffsetDateTime.class).toInstant()))
                .all();
    }

    /** An open ticket overdue or at risk, for one of the staff who are to be reminded of it. */
    public record Due(
            String email,
            String number,
            String title,
            LocalDate dueOn,
            @Nullable String department,
            boolean overdue,
            boolean supervised) {}

    /**
     * The open tickets overdue or at risk as the stored deadlines stand, each for the centre's dispatchers (all of the
     * centre's) and the lead department's handlers (their own): the daily reminders' lines, in SQL.
     */
    public Flux<Due> dueForReminders(HotlineQueue.Query asOf) {
        String sql = "select u.email, t.number, t.title, t.due_on, a.name as department, t.supervised, " + OVERDUE
                + " as overdue from hotline_ticket t"
                + " join role_grant g on (g.role = 'HOTLINE_DISPATCHER' and g.agency_id = t.centre_id)"
                + " or (g.role = 'DEPARTMENT_HANDLER' and g.agency_id = t.lead_department_id)"
                + " join portal_user u on u.id = g.user_id"
                + " left join agency a on a.id = t.lead_department_id"
                + " where t.closed_on is null and t.due_on is not null and (" + OVERDUE + " or " + AT_RISK + ")"
                + " and u.email is not null and u.email <> ''"
                + " group by u.email, t.number, t.title, t.due_on, t.due_at, a.name, t.supervised"
                + " order by u.email, t.due_on, t.number";
        Map<String, Object> values = new HashMap<>();
        values.put("now", OffsetDateTime.ofInstant(asOf.now(), ZoneOffset.UTC));
        values.put("today", asOf.today());
        values.put("atRiskBefore", asOf.atRiskBefore());
        values.put("urgentUntil", OffsetDateTime.ofInstant(asOf.urgentAtRiskUntil(), ZoneOffset.UTC));
        return bindAll(database.sql(sql), values, sql)
                .map(row -> new Due(
                        row.get("email", String.class),
                        row.get("number", String.class),
                        row.get("title", String.class),
                        row.get("due_on", LocalDate.class),
                        row.get("department", String.class),
                        Boolean.TRUE.equals(row.get("overdue", Boolean.class)),
                        Boolean.TRUE.equals(row.get("supervised", Boolean.class))))
                .all();
    }

    /** Open tickets whose stored deadlines were counted on a year up to {@code year}: to be confirmed. */
    public Flux<Stored> findProvisionalUpTo(int year) {
        return select(
                "where t.provisional_year <= :year and t.closed_on is null order by t.received_at, t.number",
                spec -> spec.bind("year", year));
    }

    /** Replies whose rating window ended before {@code today}: to be closed unrated. */
    public Flux<String> findUnratedBefore(LocalDate today, int limit) {
        return database.sql("""
                        select number from hotline_ticket where state = 'REPLIED' and rating_due_on < :today
                        order by rating_due_on, number limit :limit
                        """)
                .bind("today", today)
                .bind("limit", limit)
                .map(row -> row.get("number", String.class))
                .all();
    }

    // --- The catalogue and the directory, read as they stand ---------------------------------------------

    /** How many of these agencies sit under the centre: its departments, districts and counties, and theirs. */
    public Mono<Long> countAgenciesUnder(List<UUID> ids, UUID centreId) {
        return database.sql("""
                        select count(*) as n from agency a
                        where a.id = any(:ids)
                          and (a.parent_id = :centre
                               or a.parent_id in (select id from agency where parent_id = :centre))
                        """)
                .bind("ids", ids.toArray(UUID[]::new))
                .bind("centre", centreId)
                .map(row -> row.get("n", Long.class))
                .one();
    }

    /** The entry, active or not: an answer given stays readable. */
    public Mono<KnowledgeEntry> knowledgeEntry(UUID id) {
        return database.sql("select id, question, answer, basis from hotline_knowledge_entry where id = :id")
                .bind("id", id)
                .map(row -> new KnowledgeEntry(
                        row.get("id", UUID.class),
                        row.get("question", String.class),
                        row.get("answer", String.class),
                        row.get("basis", String.class)))
                .one();
    }

    /** The names of these agencies by id. */
    public Mono<Map<UUID, String>> agencyNames(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return database.sql("select id, name from agency where id = any(:ids)")
                .bind("ids", ids.stream().distinct().toArray(UUID[]::new))
                .map(row -> Map.entry(row.get("id", UUID.class), row.get("name", String.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    // --- Idempotency ------------------------------------------------------------------------------------

    /** Claims the key for the ticket about to be created; false when the owner used it before. */
    public Mono<Boolean> claimKey(
            String owner, String key, String fingerprint, UUID ticketId, @Nullable String queryCode) {
        var spec = database.sql("""
                        insert into hotline_submission_key (owner, key, fingerprint, ticket_id, query_code)
                        values (:owner, :key, :fingerprint, :ticket, :queryCode) on conflict do nothing
                        """)
                .bind("owner", owner)
                .bind("key", key)
                .bind("fingerprint", fingerprint)
                .bind("ticket", ticketId);
        return bindNullable(
                        spec,
                        "queryCode",
                        queryCode == null ? null : cipher.encrypt(queryCode, "hotline_submission_key.query_code"),
                        String.class)
                .fetch()
                .rowsUpdated()
                .map(inserted -> inserted == 1);
    }

    /** What a key was used for: the body's fingerprint, the ticket's number and the query code given then. */
    public record ClaimedKey(
            String fingerprint, String number, @Nullable String queryCode) {}

    public Mono<ClaimedKey> claimedKey(String owner, String key) {
        return database.sql("""
                        select k.fingerprint, k.query_code, t.number from hotline_submission_key k
                        join hotline_ticket t on t.id = k.ticket_id where k.owner = :owner and k.key = :key
                        """)
                .bind("owner", owner)
                .bind("key", key)
                .map(row -> {
                    String code = row.get("query_code", String.class);
                    return new ClaimedKey(
                            row.get("fingerprint", String.class),
                            row.get("number", String.class),
                            code == null ? null : cipher.decrypt(code, "hotline_submission_key.query_code"));
                })
                .one();
    }

    // --- Reading ----------------------------------------------------------------------------------------

    private Flux<Stored> select(
            String where, Function<DatabaseClient.GenericExecuteSpec, DatabaseClient.GenericExecuteSpec> binder) {
        return binder.apply(database.sql("select t.* from hotline_ticket t " + where))
                .map(this::readRow)
                .all()
                .collectList()
                .flatMapMany(rows -> rows.isEmpty()
                        ? Flux.empty()
                        : eventsOf(rows.stream().map(Row::id).toList())
                                .flatMapMany(events -> Flux.fromIterable(rows)
                                        .map(row -> row.toStored(events.getOrDefault(row.id(), List.of())))));
    }

    private Mono<Map<UUID, List<HotlineEvent>>> eventsOf(List<UUID> ids) {
        return database.sql("""
                        select ticket_id, seq, type, occurred_at, occurred_on, actor, actor_role, actor_agency_id,
                            details::text as details
                        from hotline_event where ticket_id = any(:ids) order by ticket_id, seq
                        """)
                .bind("ids", ids.toArray(UUID[]::new))
                .map(row -> Map.entry(
                        row.get("ticket_id", UUID.class),
                        new HotlineEvent(
                                row.get("seq", Integer.class),
                                HotlineEventType.valueOf(row.get("type", String.class)),
                                row.get("occurred_at", OffsetDateTime.class).toInstant(),
                                row.get("occurred_on", LocalDate.class),
                                row.get("actor", String.class),
                                row.get("actor_role", String.class),
                                row.get("actor_agency_id", UUID.class),
                                json.readValue(row.get("details", String.class), DETAILS))))
                .all()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private Row readRow(Readable row) {
        String name = row.get("contact_name", String.class);
        String phone = row.get("contact_phone", String.class);
        String creditCode = row.get("credit_code", String.class);
        UUID[] assisting = row.get("assisting_department_ids", UUID[].class);
        HotlineSubmission submission = new HotlineSubmission(
                HotlineType.valueOf(row.get("type", String.class)),
                row.get("category_code", String.class),
                row.get("title", String.class),
                row.get("description", String.class),
                row.get("region_id", UUID.class),
                row.get("address", String.class),
                row.get("happened_on", LocalDate.class),
                List.of(),
                Boolean.TRUE.equals(row.get("publish_reply", Boolean.class)),
                HotlineSubmitterKind.valueOf(row.get("submitter_kind", String.class)),
                name == null ? null : cipher.decrypt(name, CONTACT_NAME),
                phone == null ? null : cipher.decrypt(phone, CONTACT_PHONE),
                row.get("enterprise_name", String.class),
                creditCode == null ? null : cipher.decrypt(creditCode, CREDIT_CODE));
        return new Row(
                row.get("id", UUID.class),
                row.get("number", String.class),
                row.get("centre_id", UUID.class),
                row.get("submitter", String.class),
                Boolean.TRUE.equals(row.get("urgent", Boolean.class)),
                row.get("lead_department_id", UUID.class),
                assisting == null ? List.of() : Arrays.asList(assisting),
                HotlineState.valueOf(row.get("state", String.class)),
                row.get("version", Integer.class),
                submission,
                row.get("user_id", UUID.class),
                row.get("query_code_hash", String.class),
                row.get("received_at", OffsetDateTime.class).toInstant());
    }

    private record Row(
            UUID id,
            String number,
            UUID centreId,
            String submitter,
            boolean urgent,
            UUID leadDepartmentId,
            List<UUID> assisting,
            HotlineState state,
            int version,
            HotlineSubmission submission,
            UUID userId,
            String queryCodeHash,
            Instant receivedAt) {

        Stored toStored(List<HotlineEvent> events) {
            HotlineTicket ticket = new HotlineTicket(
                    id,
                    number,
                    submission.type(),
                    submission.categoryCode(),
                    centreId,
                    submitter,
                    urgent,
                    leadDepartmentId,
                    assisting,
                    state,
                    version,
                    events);
            return new Stored(ticket, submission, userId, queryCodeHash, receivedAt);
        }
    }

    /** Binds the values the statement names; the driver refuses a name the statement does not use. */
    private static DatabaseClient.GenericExecuteSpec bindAll(
            DatabaseClient.GenericExecuteSpec spec, Map<String, Object> values, String sql) {
        for (Map.Entry<String, Object> value : values.entrySet()) {
            if (java.util.regex.Pattern.compile(":" + value.getKey() + "\\b")
                    .matcher(sql)
                    .find()) {
                spec = spec.bind(value.getKey(), value.getValue());
            }
        }
        return spec;
    }

    private static <T> DatabaseClient.GenericExecuteSpec bindNullable(
            DatabaseClient.GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
