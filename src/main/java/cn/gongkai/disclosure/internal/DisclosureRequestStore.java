package cn.gongkai.disclosure.internal;

import cn.gongkai.disclosure.ApplicantKind;
import cn.gongkai.disclosure.Application;
import cn.gongkai.disclosure.Application.Agent;
import cn.gongkai.disclosure.Application.Applicant;
import cn.gongkai.disclosure.Application.Contact;
import cn.gongkai.disclosure.Application.Delivery;
import cn.gongkai.disclosure.Application.DeliveryChannel;
import cn.gongkai.disclosure.Application.IdDocumentType;
import cn.gongkai.disclosure.Application.Medium;
import cn.gongkai.disclosure.Application.RequestedInformation;
import cn.gongkai.disclosure.DisclosureClock;
import cn.gongkai.disclosure.DisclosureEvent;
import cn.gongkai.disclosure.DisclosureEventType;
import cn.gongkai.disclosure.DisclosureOutcome;
import cn.gongkai.disclosure.DisclosureQueue;
import cn.gongkai.disclosure.DisclosureRequest;
import cn.gongkai.disclosure.DisclosureState;
import cn.gongkai.disclosure.TableThree;
import cn.gongkai.platform.ConflictException;
import cn.gongkai.platform.crypto.BlindIndex;
import cn.gongkai.platform.crypto.FieldCipher;
import cn.gongkai.shared.WorkingDayCalendar;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
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
 * Stores disclosure requests and their timelines. Personal identifiers are encrypted on the way in and
 * decrypted on the way out, each bound to its column; saving checks the version read, so of two officers
 * acting at once exactly one wins.
 */
@Repository
public class DisclosureRequestStore {

    private static final String ID_NUMBER = "disclosure_request.id_number";
    private static final String AGENT_ID_NUMBER = "disclosure_request.agent_id_number";
    private static final String PHONE = "disclosure_request.phone";
    private static final String POSTAL_ADDRESS = "disclosure_request.postal_address";
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};
    private static final int STREAMED_CHUNK = 500;

    private final DatabaseClient database;
    private final FieldCipher cipher;
    private final BlindIndex index;
    private final JsonMapper json = JsonMapper.builder().build();

    DisclosureRequestStore(DatabaseClient database, FieldCipher cipher, BlindIndex index) {
        this.database = database;
        this.cipher = cipher;
        this.index = index;
    }

    /** The next number in the agency's series for the year, e.g. {@code 340600-2026-00012}. */
    public Mono<String> nextNumber(UUID agencyId, String agencyCode, int year) {
        return database.sql("""
                        insert into disclosure_number_sequence (agency_id, year, last) values (:agency, :year, 1)
                        on conflict (agency_id, year) do update set last = disclosure_number_sequence.last + 1
                        returning last
                        """)
                .bind("agency", agencyId)
                .bind("year", year)
                .map(row -> row.get("last", Integer.class))
                .one()
                .map(last -> "%s-%d-%05d".formatted(agencyCode, year, last));
    }

    /** The normalised key under which the same identity document is found again. */
    public String applicantIndex(IdDocumentType type, String idNumber) {
        return index.of(type.name() + ":" + idNumber.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The keyed fingerprint under which the same information sought is found again (see V21). */
    public String informationIndex(RequestedInformation information) {
        return index.of("information:" + information.sameText());
    }

    /**
     * Holds the applicant's other submissions back until this transaction ends, so that of two identical applications
     * sent at once the second sees the first (two 32-bit keys: a key space apart from the one-key locks).
     */
    public Mono<Void> lockSubmissionsOf(UUID userId) {
        return database.sql("select pg_advisory_xact_lock(hashtext('disclosure-submission'), hashtext(:user))")
                .bind("user", userId.toString())
                .then();
    }

    /** An earlier application a new one repeats: its number and the day the applicant filed it. */
    public record EarlierFiling(String number, LocalDate filedOn) {}

    /**
     * The applicant's latest on-line application to the agency asking for the same information that is still open or
     * was received on or after {@code since}, if any.
     */
    public Mono<EarlierFiling> findSameInformationFiledBy(
            UUID userId, UUID agencyId, RequestedInformation information, LocalDate since) {
        return database.sql("""
                        select r.number, r.received_on,
                            (select e.details ->> 'confirmedOn' from disclosure_event e
                             where e.request_id = r.id and e.seq = 1) as confirmed_on
                        from disclosure_request r
                        where r.applicant_user_id = :user and r.agency_id = :agency
                          and r.information_index = :information
                          and (r.outcome is null or r.received_on >= :since)
                        order by r.received_on desc, r.number desc limit 1
                        """)
                .bind("user", userId)
                .bind("agency", agencyId)
                .bind("information", informationIndex(information))
                .bind("since", since)
                .map(row -> {
                    String confirmedOn = row.get("confirmed_on", String.class);
                    // Confirmed on a holiday, received the next working day: the person filed it the day they
                    // confirmed.
                    return new EarlierFiling(
                            row.get("number", String.class),
                            confirmedOn == null
                                    ? row.get("received_on", LocalDate.class)
                                    : LocalDate.parse(confirmedOn));
                })
                .one();
    }

    /** Stores a new request with its deadline as it stands {@code today}. */
    public Mono<Void> insert(DisclosureRequest request, WorkingDayCalendar calendar, LocalDate today) {
        DisclosureClock.Deadline deadline = DisclosureClock.deadlineOrUnknown(calendar, request.timeline(), today);
        Application application = request.application();
        Applicant applicant = application.applicant();
        Agent agent = applicant.agent();
        Contact contact = application.contact();
        RequestedInformation information = application.information();
        var spec = database.sql("""
                        insert into disclosure_request (id, number, agency_id, receipt_channel, applicant_user_id,
                            applicant_kind, applicant_name, credit_code, representative, id_type, id_number,
                            id_number_index, agent_name, agent_id_type, agent_id_number, power_of_attorney_id, phone,
                            phone_index, email, postal_address, postal_code, info_title, info_document_number,
                            info_description, information_index, medium, delivery_channel, attachment_ids,
                            received_on, state, outcome, closed_on, assignee, extension_pending, due_on,
                            provisional_year, deadline_as_of, version)
                        values (:id, :number, :agency, :channel, :user, :kind, :name, :creditCode, :representative,
                            :idType, :idNumber, :idIndex, :agentName, :agentIdType, :agentIdNumber, :powerOfAttorney,
                            :phone, :phoneIndex, :email, :address, :postalCode, :title, :documentNumber, :description,
                            :informationIndex, :medium, :deliveryChannel, :attachments, :receivedOn, :state, :outcome, :closedOn, :assignee,
                            :extensionPending, :dueOn, :provisionalYear, :asOf, 0)
                        """)
                .bind("id", request.id())
                .bind("number", request.number())
                .bind("agency", request.agencyId())
                .bind("channel", request.receiptChannel().name())
                .bind("kind", applicant.kind().name())
                .bind("name", applicant.name())
                .bind("idType", applicant.idType().name())
                .bind("idNumber", cipher.encrypt(applicant.idNumber(), ID_NUMBER))
                .bind("idIndex", applicantIndex(applicant.idType(), applicant.idNumber()))
                .bind("phone", cipher.encrypt(contact.phone(), PHONE))
                .bind("phoneIndex", index.of(contact.phone().replaceAll("[\\s-]", "")))
                .bind("description", information.description())
                .bind("informationIndex", informationIndex(information))
                .bind("medium", application.delivery().medium().name())
                .bind("deliveryChannel", application.delivery().channel().name())
                .bind("attachments", String.join(",", application.attachmentIds()))
                .bind("receivedOn", request.receivedOn())
                .bind("state", request.state().name())
                .bind("extensionPending", request.extensionPending());
        spec = bindNullable(
                spec,
                "outcome",
                request.outcome() == null ? null : request.outcome().name(),
                String.class);
        spec = bindNullable(spec, "closedOn", request.closedOn(), LocalDate.class);
        spec = bindNullable(spec, "assignee", request.assignee(), String.class);
        spec = bindNullable(spec, "user", request.applicantUserId(), UUID.class);
        spec = bindNullable(spec, "creditCode", applicant.creditCode(), String.class);
        spec = bindNullable(spec, "representative", applicant.representative(), String.class);
        spec = bindNullable(spec, "agentName", agent == null ? null : agent.name(), String.class);
        spec = bindNullable(
                spec, "agentIdType", agent == null ? null : agent.idType().name(), String.class);
        spec = bindNullable(
                spec,
                "agentIdNumber",
                agent == null ? null : cipher.encrypt(agent.idNumber(), AGENT_ID_NUMBER),
                String.class);
        spec = bindNullable(spec, "powerOfAttorney", agent == null ? null : agent.powerOfAttorneyId(), String.class);
        spec = bindNullable(spec, "email", contact.email(), String.class);
        spec = bindNullable(spec, "address", cipher.encrypt(contact.postalAddress(), POSTAL_ADDRESS), String.class);
        spec = bindNullable(spec, "postalCode", contact.postalCode(), String.class);
        spec = bindNullable(spec, "title", information.title(), String.class);
        spec = bindNullable(spec, "documentNumber", information.documentNumber(), String.class);
        spec = bindDeadline(spec, deadline).bind("asOf", today);
        return spec.then().then(insertEvents(request));
    }

    /**
     * Writes the new state, the deadline as it now stands and the appended events if nobody saved the request since
     * it was read; otherwise a 409 problem, and the caller's transaction rolls back.
     */
    public Mono<Void> update(DisclosureRequest request, WorkingDayCalendar calendar, LocalDate today) {
        DisclosureClock.Deadline deadline = DisclosureClock.deadlineOrUnknown(calendar, request.timeline(), today);
        var spec = database.sql("""
                        update disclosure_request
                        set state = :state, outcome = :outcome, closed_on = :closedOn, assignee = :assignee,
                            extension_pending = :extensionPending, due_on = :dueOn,
                            provisional_year = :provisionalYear, deadline_as_of = :asOf, version = version + 1,
                            updated_at = now()
                        where id = :id and version = :version
                        """)
                .bind("id", request.id())
                .bind("version", request.version())
                .bind("state", request.state().name())
                .bind("extensionPending", request.extensionPending());
        spec = bindNullable(
                spec,
                "outcome",
                request.outcome() == null ? null : request.outcome().name(),
                String.class);
        spec = bindNullable(spec, "closedOn", request.closedOn(), LocalDate.class);
        spec = bindNullable(spec, "assignee", request.assignee(), String.class);
        spec = bindDeadline(spec, deadline).bind("asOf", today);
        return spec.fetch()
                .rowsUpdated()
                .flatMap(updated -> updated == 1
                        ? insertEvents(request)
                        : Mono.error(new ConflictException("disclosure-changed-meanwhile", request.number())));
    }

    /** Open requests whose deadline had a date in {@code year} or later while that year was not entered. */
    public Flux<DisclosureRequest> findProvisionalUpTo(int year) {
        return select(
                "where r.provisional_year <= :year and r.closed_on is null order by r.received_on, r.number",
                spec -> spec.bind("year", year));
    }

    /** States whose reply clock runs: the only ones that can be overdue or at risk. */
    private static final String RUNNING = "('RECEIVED', 'IN_PROGRESS')";

    private static DatabaseClient.GenericExecuteSpec bindAll(
            DatabaseClient.GenericExecuteSpec spec, Map<String, Object> values) {
        for (Map.Entry<String, Object> value : values.entrySet()) {
            spec = spec.bind(value.getKey(), value.getValue());
        }
        return spec;
    }

    private static DatabaseClient.GenericExecuteSpec bindDeadline(
            DatabaseClient.GenericExecuteSpec spec, DisclosureClock.Deadline deadline) {
        spec = bindNullable(spec, "dueOn", deadline.dueOn(), LocalDate.class);
        return bindNullable(spec, "provisionalYear", deadline.provisionalYear(), Integer.class);
    }

    private Mono<Void> insertEvents(DisclosureRequest request) {
        return Flux.fromIterable(request.newEvents())
                .concatMap(event -> database.sql("""
                                insert into disclosure_event (request_id, seq, type, occurred_on, recorded_at, actor,
                                    actor_role, details)
                                values (:request, :seq, :type, :occurredOn, :recordedAt, :actor, :role, :details)
                                """)
                        .bind("request", request.id())
                        .bind("seq", event.seq())
                        .bind("type", event.type().name())
                        .bind("occurredOn", event.occurredOn())
                        .bind("recordedAt", OffsetDateTime.ofInstant(event.recordedAt(), ZoneOffset.UTC))
                        .bind("actor", event.actor())
                        .bind("role", event.actorRole())
                        .bind("details", Json.of(json.writeValueAsString(event.details())))
                        .then())
                .then();
    }

    public Mono<DisclosureRequest> findByNumber(String number) {
        return select("where r.number = :number", spec -> spec.bind("number", number))
                .next();
    }

    /** Every request filed by this user, newest first. */
    public Flux<DisclosureRequest> findByApplicantUser(UUID userId) {
        return select(
                "where r.applicant_user_id = :user order by r.received_on desc, r.number desc",
                spec -> spec.bind("user", userId));
    }

    /** The page asked for, by stored deadline (none last) then number: filtered, counted and paged in SQL. */
    public Mono<DisclosureQueue.Page> queue(DisclosureQueue.Query query) {
        List<String> conditions = new ArrayList<>(List.of("r.agency_id = :agency"));
        Map<String, Object> values = new java.util.HashMap<>(Map.of("agency", query.agencyId()));
        if (!query.includeClosed()) {
            conditions.add("r.outcome is null");
        }
        if (query.state() != null) {
            conditions.add("r.state = :state");
            values.put("state", query.state().name());
        }
        if (query.due() == DisclosureQueue.Due.OVERDUE) {
            conditions.add("r.state in " + RUNNING + " and r.due_on < :today");
            values.put("today", query.today());
        } else if (query.due() == DisclosureQueue.Due.AT_RISK) {
            conditions.add("r.state in " + RUNNING + " and r.due_on between :today and :atRiskLastDay");
            values.put("today", query.today());
            values.put("atRiskLastDay", query.atRiskLastDay());
        }
        if (query.assignee() != null) {
            conditions.add("r.assignee = :assignee");
            values.put("assignee", query.assignee());
        }
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().strip();
            conditions.add("""
                    (r.number ilike :pattern or r.info_title ilike :pattern or r.info_document_number ilike :pattern
                     or r.info_description ilike :pattern or r.applicant_name ilike :pattern
                     or r.id_number_index = any(:idIndexes) or r.phone_index = :phoneIndex)""");
            values.put(
                    "pattern",
                    "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            values.put(
                    "idIndexes",
                    java.util.Arrays.stream(IdDocumentType.values())
                            .map(type -> applicantIndex(type, text))
                            .toArray(String[]::new));
            values.put("phoneIndex", index.of(text.replaceAll("[\\s-]", "")));
        }
        String where = "where " + String.join(" and ", conditions);
        Mono<Long> total = bindAll(database.sql("select count(*) as n from disclosure_request r " + where), values)
                .map(row -> row.get("n", Long.class))
                .one();
        Mono<List<DisclosureRequest>> page = select(
                        where + " order by r.due_on nulls last, r.number limit :limit" + " offset :offset",
                        spec -> bindAll(spec, values)
                                .bind("limit", query.size())
                                .bind("offset", (long) (query.page() - 1) * query.size()))
                .collectList();
        return Mono.zip(page, total).map(found -> new DisclosureQueue.Page(found.getT1(), found.getT2()));
    }

    /** How many requests the agency received in {@code year}. */
    public Mono<Long> countReceivedIn(UUID agencyId, int year) {
        return database.sql("""
                        select count(*) as n from disclosure_request
                        where agency_id = :agency and received_on between :firstDay and :lastDay
                        """)
                .bind("agency", agencyId)
                .bind("firstDay", LocalDate.of(year, 1, 1))
                .bind("lastDay", LocalDate.of(year, 12, 31))
                .map(row -> row.get("n", Long.class))
                .one();
    }

    /**
     * The requests the agency received in {@code year}, oldest first: its register (登记台账), however long. Read as
     * the consumer asks for them, {@value #STREAMED_CHUNK} at a time from a cursor, each chunk's timelines in one
     * query; never the whole year in memory.
     */
    public Flux<DisclosureRequest> streamReceivedIn(UUID agencyId, int year) {
        return database.sql("""
                        select r.* from disclosure_request r
                        where r.agency_id = :agency and r.received_on between :firstDay and :lastDay
                        order by r.received_on, r.number
                        """)
                .bind("agency", agencyId)
                .bind("firstDay", LocalDate.of(year, 1, 1))
                .bind("lastDay", LocalDate.of(year, 12, 31))
                .filter(statement -> statement.fetchSize(STREAMED_CHUNK))
                .map(this::readRow)
                .all()
                .buffer(STREAMED_CHUNK)
                .concatMap(
                        rows -> eventsOf(rows.stream().map(Row::id).toList())
                                .flatMapIterable(events -> rows.stream()
                                        .map(row -> row.toRequest(events.getOrDefault(row.id(), List.of())))
                                        .toList()),
                        1);
    }

    /** Open requests stored before their deadline was kept with them, oldest first. */
    public Flux<DisclosureRequest> findWithoutStoredDeadline(int limit) {
        return select(
                "where r.outcome is null and r.deadline_as_of is null order by r.received_on limit :limit",
                spec -> spec.bind("limit", limit));
    }

    /** Writes the deadline as it stands {@code today} beside a request's timeline, changing nothing else. */
    public Mono<Void> writeDeadline(DisclosureRequest request, WorkingDayCalendar calendar, LocalDate today) {
        DisclosureClock.Deadline deadline = DisclosureClock.deadlineOrUnknown(calendar, request.timeline(), today);
        var spec = database.sql("""
                        update disclosure_request set due_on = :dueOn, provisional_year = :provisionalYear,
                            deadline_as_of = :asOf
                        where id = :id
                        """).bind("id", request.id());
        return bindDeadline(spec, deadline).bind("asOf", today).then();
    }

    /** Every open request of every agency. */
    public Flux<DisclosureRequest> findOpen() {
        return select("where r.outcome is null order by r.agency_id, r.received_on", spec -> spec);
    }

    /** Requests the same applicant (same identity document) made earlier to the same agency. */
    public Flux<DisclosureRequest> findEarlierBySameApplicant(DisclosureRequest request) {
        return database.sql("select id_number_index from disclosure_request where id = :id")
                .bind("id", request.id())
                .map(row -> row.get("id_number_index", String.class))
                .one()
                .flatMapMany(applicant -> select(
                        """
                                where r.agency_id = :agency and r.id_number_index = :applicant and r.id <> :id
                                  and r.received_on <= :receivedOn
                                order by r.received_on desc
                                """,
                        spec -> spec.bind("agency", request.agencyId())
                                .bind("applicant", applicant)
                                .bind("id", request.id())
                                .bind("receivedOn", request.receivedOn())));
    }

    /** How many requests this applicant made to the agency in the calendar month of {@code request}, up to it. */
    public Mono<Integer> ordinalInMonth(DisclosureRequest request) {
        LocalDate first = request.receivedOn().withDayOfMonth(1);
        return database.sql("""
                        select count(*) as n from disclosure_request r
                        where r.agency_id = :agency
                          and r.id_number_index = (select id_number_index from disclosure_request where id = :id)
                          and r.received_on >= :first and r.received_on < :next
                          and (r.received_on, r.number) <= (:receivedOn, :number)
                        """)
                .bind("agency", request.agencyId())
                .bind("id", request.id())
                .bind("first", first)
                .bind("next", first.plusMonths(1))
                .bind("receivedOn", request.receivedOn())
                .bind("number", request.number())
                .map(row -> row.get("n", Long.class).intValue())
                .one();
    }

    /**
     * The year's requests as table 三 counts them, grouped in the database: requests alike for the table (the same
     * applicant kind, received before or in the year, closed in the year with the same outcome or not) come as one
     * entry with their number, the dates standing for their group, so that counting reads a few dozen rows whatever
     * the agency's volume. The counting rule itself stays in {@link TableThree#count}.
     */
    public Flux<TableThree.Entry> tableThreeEntries(UUID agencyId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return database.sql("""
                        select applicant_kind,
                               case when received_on < :firstDay then :beforeFirstDay else :firstDay end as received_on,
                               case when closed_on <= :lastDay then outcome end as outcome,
                               case when closed_on <= :lastDay then :firstDay end as closed_on,
                               count(*) as n
                        from disclosure_request
                        where agency_id = :agency and received_on <= :lastDay
                          and (closed_on is null or closed_on >= :firstDay)
                        group by 1, 2, 3, 4
                        """)
                .bind("agency", agencyId)
                .bind("firstDay", first)
                .bind("beforeFirstDay", first.minusDays(1))
                .bind("lastDay", last)
                .map(row -> new TableThree.Entry(
                        ApplicantKind.valueOf(row.get("applicant_kind", String.class)),
                        row.get("received_on", LocalDate.class),
                        enumOrNull(DisclosureOutcome.class, row.get("outcome", String.class)),
                        row.get("closed_on", LocalDate.class),
                        row.get("n", Long.class).intValue()))
                .all();
    }

    // --- Reading -----------------------------------------------------------------------------------

    private Flux<DisclosureRequest> select(
            String where, Function<DatabaseClient.GenericExecuteSpec, DatabaseClient.GenericExecuteSpec> binder) {
        return binder.apply(database.sql("select r.* from disclosure_request r " + where))
                .map(this::readRow)
                .all()
                .collectList()
                .flatMapMany(rows -> rows.isEmpty()
                        ? Flux.empty()
                        : eventsOf(rows.stream().map(Row::id).toList())
                                .flatMapMany(events -> Flux.fromIterable(rows)
                                        .map(row -> row.toRequest(events.getOrDefault(row.id(), List.of())))));
    }

    private Mono<Map<UUID, List<DisclosureEvent>>> eventsOf(Collection<UUID> ids) {
        return database.sql("""
                        select request_id, seq, type, occurred_on, recorded_at, actor, actor_role, details::text as details
                        from disclosure_event where request_id = any(:ids) order by request_id, seq
                        """)
                .bind("ids", ids.toArray(UUID[]::new))
                .map(row -> Map.entry(
                        row.get("request_id", UUID.class),
                        new DisclosureEvent(
                                row.get("seq", Integer.class),
                                DisclosureEventType.valueOf(row.get("type", String.class)),
                                row.get("occurred_on", LocalDate.class),
                                row.get("recorded_at", OffsetDateTime.class).toInstant(),
                                row.get("actor", String.class),
                                row.get("actor_role", String.class),
                                json.readValue(row.get("details", String.class), DETAILS))))
                .all()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private Row readRow(Readable row) {
        String agentName = row.get("agent_name", String.class);
        Agent agent = agentName == null
                ? null
                : new Agent(
                        agentName,
                        IdDocumentType.valueOf(row.get("agent_id_type", String.class)),
                        cipher.decrypt(row.get("agent_id_number", String.class), AGENT_ID_NUMBER),
                        row.get("power_of_attorney_id", String.class));
        Applicant applicant = new Applicant(
                ApplicantKind.valueOf(row.get("applicant_kind", String.class)),
                row.get("applicant_name", String.class),
                row.get("credit_code", String.class),
                row.get("representative", String.class),
                IdDocumentType.valueOf(row.get("id_type", String.class)),
                cipher.decrypt(row.get("id_number", String.class), ID_NUMBER),
                agent);
        Contact contact = new Contact(
                cipher.decrypt(row.get("phone", String.class), PHONE),
                row.get("email", String.class),
                cipher.decrypt(row.get("postal_address", String.class), POSTAL_ADDRESS),
                row.get("postal_code", String.class));
        RequestedInformation information = new RequestedInformation(
                row.get("info_title", String.class),
                row.get("info_document_number", String.class),
                row.get("info_description", String.class));
        Delivery delivery = new Delivery(
                Medium.valueOf(row.get("medium", String.class)),
                DeliveryChannel.valueOf(row.get("delivery_channel", String.class)));
        String attachments = row.get("attachment_ids", String.class);
        Application application = new Application(
                applicant,
                contact,
                information,
                delivery,
                attachments.isEmpty() ? List.of() : Arrays.asList(attachments.split(",")));
        return new Row(
                row.get("id", UUID.class),
                row.get("number", String.class),
                row.get("agency_id", UUID.class),
                DisclosureRequest.ReceiptChannel.valueOf(row.get("receipt_channel", String.class)),
                row.get("applicant_user_id", UUID.class),
                application,
                DisclosureState.valueOf(row.get("state", String.class)),
                enumOrNull(DisclosureOutcome.class, row.get("outcome", String.class)),
                row.get("closed_on", LocalDate.class),
                row.get("assignee", String.class),
                Boolean.TRUE.equals(row.get("extension_pending", Boolean.class)),
                row.get("version", Integer.class));
    }

    private record Row(
            UUID id,
            String number,
            UUID agencyId,
            DisclosureRequest.ReceiptChannel channel,
            UUID userId,
            Application application,
            DisclosureState state,
            DisclosureOutcome outcome,
            LocalDate closedOn,
            String assignee,
            boolean extensionPending,
            int version) {

        DisclosureRequest toRequest(List<DisclosureEvent> events) {
            return new DisclosureRequest(
                    id,
                    number,
                    agencyId,
                    channel,
                    userId,
                    application,
                    state,
                    outcome,
                    closedOn,
                    assignee,
                    extensionPending,
                    version,
                    new ArrayList<>(events));
        }
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static <T> DatabaseClient.GenericExecuteSpec bindNullable(
            DatabaseClient.GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
