package cn.gongkai.disclosure.internal;

import cn.gongkai.disclosure.Application;
import cn.gongkai.disclosure.Application.Agent;
import cn.gongkai.disclosure.Application.Applicant;
import cn.gongkai.disclosure.Application.Contact;
import cn.gongkai.disclosure.Application.Delivery;
import cn.gongkai.disclosure.Application.DeliveryChannel;
import cn.gongkai.disclosure.Application.IdDocumentType;
import cn.gongkai.disclosure.Application.Medium;
import cn.gongkai.disclosure.Application.RequestedInformation;
import cn.gongkai.disclosure.ApplicantKind;
import cn.gongkai.disclosure.DisclosureClock;
import cn.gongkai.disclosure.DisclosureEvent;
import cn.gongkai.disclosure.DisclosureEventType;
import cn.gongkai.disclosure.DisclosureOutcome;
import cn.gongkai.disclosure.DisclosureRequest;
import cn.gongkai.disclosure.DisclosureState;
import cn.gongkai.platform.ConflictException;
import cn.gongkai.platform.crypto.BlindIndex;
import cn.gongkai.platform.crypto.FieldCipher;
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

    /** Stores a new request with its deadline as it stands. */
    public Mono<Void> insert(DisclosureRequest request, DisclosureClock.Deadline deadline) {
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
                            info_description, medium, delivery_channel, attachment_ids, received_on, state, outcome,
                            closed_on, assignee, extension_pending, due_on, provisional_year, version)
                        values (:id, :number, :agency, :channel, :user, :kind, :name, :creditCode, :representative,
                            :idType, :idNumber, :idIndex, :agentName, :agentIdType, :agentIdNumber, :powerOfAttorney,
                            :phone, :phoneIndex, :email, :address, :postalCode, :title, :documentNumber, :description,
                            :medium, :deliveryChannel, :attachments, :receivedOn, :state, :outcome, :closedOn, :assignee,
                            :extensionPending, :dueOn, :provisionalYear, 0)
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
                .bind("medium", application.delivery().medium().name())
                .bind("deliveryChannel", application.delivery().channel().name())
                .bind("attachments", String.join(",", application.attachmentIds()))
                .bind("receivedOn", request.receivedOn())
                .bind("state", request.state().name())
                .bind("extensionPending", request.extensionPending());
        spec = bindNullable(spec, "outcome", request.outcome() == null ? null : request.outcome().name(), String.class);
        spec = bindNullable(spec, "closedOn", request.closedOn(), LocalDate.class);
        spec = bindNullable(spec, "assignee", request.assignee(), String.class);
        spec = bindNullable(spec, "user", request.applicantUserId(), UUID.class);
        spec = bindNullable(spec, "creditCode", applicant.creditCode(), String.class);
        spec = bindNullable(spec, "representative", applicant.representative(), String.class);
        spec = bindNullable(spec, "agentName", agent == null ? null : agent.name(), String.class);
        spec = bindNullable(spec, "agentIdType", agent == null ? null : agent.idType().name(), String.class);
        spec = bindNullable(spec, "agentIdNumber",
                agent == null ? null : cipher.encrypt(agent.idNumber(), AGENT_ID_NUMBER), String.class);
        spec = bindNullable(spec, "powerOfAttorney", agent == null ? null : agent.powerOfAttorneyId(), String.class);
        spec = bindNullable(spec, "email", contact.email(), String.class);
        spec = bindNullable(spec, "address", cipher.encrypt(contact.postalAddress(), POSTAL_ADDRESS), String.class);
        spec = bindNullable(spec, "postalCode", contact.postalCode(), String.class);
        spec = bindNullable(spec, "title", information.title(), String.class);
        spec = bindNullable(spec, "documentNumber", information.documentNumber(), String.class);
        spec = bindDeadline(spec, deadline);
        return spec.then().then(insertEvents(request));
    }

    /**
     * Writes the new state, the deadline as it now stands and the appended events if nobody saved the request since
     * it was read; otherwise a 409 problem, and the caller's transaction rolls back.
     */
    public Mono<Void> update(DisclosureRequest request, DisclosureClock.Deadline deadline) {
        var spec = database.sql("""
                        update disclosure_request
                        set state = :state, outcome = :outcome, closed_on = :closedOn, assignee = :assignee,
                            extension_pending = :extensionPending, due_on = :dueOn,
                            provisional_year = :provisionalYear, version = version + 1, updated_at = now()
                        where id = :id and version = :version
                        """)
                .bind("id", request.id())
                .bind("version", request.version())
                .bind("state", request.state().name())
                .bind("extensionPending", request.extensionPending());
        spec = bindNullable(spec, "outcome", request.outcome() == null ? null : request.outcome().name(), String.class);
        spec = bindNullable(spec, "closedOn", request.closedOn(), LocalDate.class);
        spec = bindNullable(spec, "assignee", request.assignee(), String.class);
        spec = bindDeadline(spec, deadline);
        return spec.fetch().rowsUpdated()
                .flatMap(updated -> updated == 1
                        ? insertEvents(request)
                        : Mono.error(new ConflictException("disclosure-changed-meanwhile", request.number())));
    }

    /** Open requests whose deadline had a date in {@code year} or later while that year was not entered. */
    public Flux<DisclosureRequest> findProvisionalUpTo(int year) {
        return select("where r.provisional_year <= :year and r.closed_on is null order by r.received_on, r.number",
                spec -> spec.bind("year", year));
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
        return select("where r.number = :number", spec -> spec.bind("number", number)).next();
    }

    /** Every request filed by this user, newest first. */
    public Flux<DisclosureRequest> findByApplicantUser(UUID userId) {
        return select("where r.applicant_user_id = :user order by r.received_on desc, r.number desc",
                spec -> spec.bind("user", userId));
    }

    /** The agency's requests: the open ones, or all. */
    public Flux<DisclosureRequest> findByAgency(UUID agencyId, boolean openOnly) {
        String open = openOnly ? " and r.outcome is null" : "";
        return select("where r.agency_id = :agency" + open + " order by r.received_on, r.number",
                spec -> spec.bind("agency", agencyId));
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
                .flatMapMany(applicant -> select("""
                                where r.agency_id = :agency and r.id_number_index = :applicant and r.id <> :id
                                  and r.received_on <= :receivedOn
                                order by r.received_on desc
                                """,
                        spec -> spec.bind("agency", request.agencyId()).bind("applicant", applicant)
                                .bind("id", request.id()).bind("receivedOn", request.receivedOn())));
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
     * Rows of the year's table 三 before counting: for each request received up to the end of {@code year} and
     * not closed before it began, its applicant kind, receipt day and, when closed, its outcome and day.
     */
    public Flux<StatisticsRow> statisticsRows(UUID agencyId, int year) {
        return database.sql("""
                        select applicant_kind, received_on, outcome, closed_on from disclosure_request
                        where agency_id = :agency and received_on <= :lastDay
                          and (closed_on is null or closed_on >= :firstDay)
                        """)
                .bind("agency", agencyId)
                .bind("firstDay", LocalDate.of(year, 1, 1))
                .bind("lastDay", LocalDate.of(year, 12, 31))
                .map(row -> new StatisticsRow(ApplicantKind.valueOf(row.get("applicant_kind", String.class)),
                        row.get("received_on", LocalDate.class),
                        enumOrNull(DisclosureOutcome.class, row.get("outcome", String.class)),
                        row.get("closed_on", LocalDate.class)))
                .all();
    }

    /** One request as the statistics see it. */
    public record StatisticsRow(ApplicantKind kind, LocalDate receivedOn, DisclosureOutcome outcome, LocalDate closedOn) {}

    // --- Reading -----------------------------------------------------------------------------------

    private Flux<DisclosureRequest> select(String where, Function<DatabaseClient.GenericExecuteSpec,
            DatabaseClient.GenericExecuteSpec> binder) {
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
                .map(row -> Map.entry(row.get("request_id", UUID.class), new DisclosureEvent(
                        row.get("seq", Integer.class),
                        DisclosureEventType.valueOf(row.get("type", String.class)),
                        row.get("occurred_on", LocalDate.class),
                        row.get("recorded_at", OffsetDateTime.class).toInstant(),
                        row.get("actor", String.class),
                        row.get("actor_role", String.class),
                        json.readValue(row.get("details", String.class), DETAILS))))
                .all()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private Row readRow(Readable row) {
        String agentName = row.get("agent_name", String.class);
        Agent agent = agentName == null ? null : new Agent(agentName,
                IdDocumentType.valueOf(row.get("agent_id_type", String.class)),
                cipher.decrypt(row.get("agent_id_number", String.class), AGENT_ID_NUMBER),
                row.get("power_of_attorney_id", String.class));
        Applicant applicant = new Applicant(ApplicantKind.valueOf(row.get("applicant_kind", String.class)),
                row.get("applicant_name", String.class), row.get("credit_code", String.class),
                row.get("representative", String.class), IdDocumentType.valueOf(row.get("id_type", String.class)),
                cipher.decrypt(row.get("id_number", String.class), ID_NUMBER), agent);
        Contact contact = new Contact(cipher.decrypt(row.get("phone", String.class), PHONE),
                row.get("email", String.class),
                cipher.decrypt(row.get("postal_address", String.class), POSTAL_ADDRESS),
                row.get("postal_code", String.class));
        RequestedInformation information = new RequestedInformation(row.get("info_title", String.class),
                row.get("info_document_number", String.class), row.get("info_description", String.class));
        Delivery delivery = new Delivery(Medium.valueOf(row.get("medium", String.class)),
                DeliveryChannel.valueOf(row.get("delivery_channel", String.class)));
        String attachments = row.get("attachment_ids", String.class);
        Application application = new Application(applicant, contact, information, delivery,
                attachments.isEmpty() ? List.of() : Arrays.asList(attachments.split(",")));
        return new Row(row.get("id", UUID.class), row.get("number", String.class), row.get("agency_id", UUID.class),
                DisclosureRequest.ReceiptChannel.valueOf(row.get("receipt_channel", String.class)),
                row.get("applicant_user_id", UUID.class), application,
                DisclosureState.valueOf(row.get("state", String.class)),
                enumOrNull(DisclosureOutcome.class, row.get("outcome", String.class)),
                row.get("closed_on", LocalDate.class), row.get("assignee", String.class),
                Boolean.TRUE.equals(row.get("extension_pending", Boolean.class)), row.get("version", Integer.class));
    }

    private record Row(
            UUID id, String number, UUID agencyId, DisclosureRequest.ReceiptChannel channel, UUID userId,
            Application application, DisclosureState state, DisclosureOutcome outcome, LocalDate closedOn,
            String assignee, boolean extensionPending, int version) {

        DisclosureRequest toRequest(List<DisclosureEvent> events) {
            return new DisclosureRequest(id, number, agencyId, channel, userId, application, state, outcome, closedOn,
                    assignee, extensionPending, version, new ArrayList<>(events));
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
