package cn.gongkai.disclosure;

import cn.gongkai.audit.AuditEntry;
import cn.gongkai.audit.AuditTrail;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.disclosure.DisclosureRequest.Actor;
import cn.gongkai.disclosure.DisclosureRequest.ReceiptChannel;
import cn.gongkai.disclosure.internal.DisclosureRequestStore;
import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.Agency;
import cn.gongkai.identity.CurrentUser;
import cn.gongkai.identity.PortalUser;
import cn.gongkai.identity.RemedyBodies;
import cn.gongkai.identity.Role;
import cn.gongkai.identity.RoleGrants;
import cn.gongkai.platform.NotFoundException;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.platform.PossibleDuplicateException;
import cn.gongkai.platform.web.IdempotencyKey;
import cn.gongkai.shared.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Filing and handling disclosure requests (依申请公开办理): every change loads the request, lets the aggregate
 * check and apply it, and stores it with its audit record in one transaction.
 */
@Service
public class DisclosureRequests {

    /** Staff roles that handle requests; only the head of the OGI office approves extensions. */
    private static final List<Role> HANDLERS = List.of(Role.DISCLOSURE_OFFICER, Role.OGI_OFFICE_HEAD);

    private final DisclosureRequestStore store;
    private final DatabaseClient database;
    private final Agencies agencies;
    private final RoleGrants grants;
    private final CurrentUser currentUser;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final DisclosureSettings settings;
    private final DisclosureFiles files;
    private final Clock clock;

    DisclosureRequests(
            DisclosureRequestStore store,
            DatabaseClient database,
            Agencies agencies,
            RoleGrants grants,
            CurrentUser currentUser,
            WorkingDays workingDays,
            AuditTrail audit,
            TransactionalOperator transaction,
            DisclosureSettings settings,
            DisclosureFiles files,
            Clock clock) {
        this.store = store;
        this.database = database;
        this.agencies = agencies;
        this.grants = grants;
        this.currentUser = currentUser;
        this.workingDays = workingDays;
        this.audit = audit;
        this.transaction = transaction;
        this.settings = settings;
        this.files = files;
        this.clock = clock;
    }

    /** A request with what the viewer needs to show it: its agency, the calendar and today's date. */
    public record Viewed(DisclosureRequest request, Agency agency, WorkingDayCalendar calendar, LocalDate today) {

        /** The deadline as it stands, or one that names the calendar year still to be entered. */
        public DisclosureClock.Deadline deadline() {
            return DisclosureClock.deadlineOrUnknown(calendar, request.timeline(), today);
        }
    }

    // --- The applicant -------------------------------------------------------------------------------

    /**
     * Files an on-line application; confirming it is receipt (Art. 31), on the next working day when confirmed
     * on a holiday or weekend. A retry with the same {@code idempotencyKey} returns the request already made;
     * the same key with a different application is refused.
     *
     * <p>An application asking the same agency for the same information as one the applicant filed within
     * {@link DisclosureSettings#repeatWindowDays()} days, or one still open, is refused with a 409 naming it
     * ({@link PossibleDuplicateException}) unless {@code fileAgain}: the applicant saw that one and means to file
     * again (after a refusal, say). Whoever calls, the rule is checked here.
     */
    public Mono<DisclosureRequest> submit(
            String agencyCode, Application application, boolean fileAgain, String idempotencyKey, String fingerprint) {
        return requireFiles(application)
                .then(Mono.zip(currentUser.get(), agencyNamed(agencyCode, "agency"), workingDays.calendar()))
                .flatMap(context -> {
                    PortalUser user = context.getT1();
                    Agency agency = context.getT2();
                    LocalDate today = today();
                    LocalDate receivedOn = context.getT3().nextWorkingDayOnOrAfter(today);
                    UUID id = UUID.randomUUID();
                    return claimKey(user.id(), idempotencyKey, fingerprint, id)
                            .flatMap(claimed -> claimed
                                    ? requireNotRepeated(user.id(), agency, application, fileAgain, today)
                                            .then(create(
                                                    id,
                                                    agency,
                                                    ReceiptChannel.ONLINE,
                                                    user.id(),
                                                    application,
                                                    receivedOn,
                                                    receivedOn.equals(today) ? null : today,
                                                    actor(user, applicantRole(user)),
                                                    context.getT3()))
                                    : existingFor(user.id(), idempotencyKey, fingerprint))
                            .as(transaction::transactional);
                });
    }

    /** The signed-in person's requests, newest first. */
    public Flux<Viewed> mine() {
        return currentUser
                .get()
                .flatMapMany(user -> workingDays
                        .calendar()
                        .flatMapMany(calendar -> store.findByApplicantUser(user.id())
                                .concatMap(request -> agencies.findById(request.agencyId())
                                        .map(agency -> new Viewed(request, agency, calendar, today())))));
    }

    /** One of the signed-in person's own requests; anyone else's is "not found". */
    public Mono<Viewed> findMine(String number) {
        return currentUser
                .get()
                .flatMap(user ->
                        store.findByNumber(number).filter(request -> user.id().equals(request.applicantUserId())))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("disclosure-request", number)))
                .flatMap(this::view);
    }

    /** The applicant files the correction asked for; received today, or on the next working day. */
    public Mono<Viewed> correct(String number, Application.RequestedInformation corrected, String note) {
        return changeAsApplicant(
                number,
                "correction",
                (request, context) -> request.receiveCorrection(
                        corrected,
                        note,
                        context.calendar().nextWorkingDayOnOrAfter(context.today()),
                        context.actor(),
                        context.today(),
                        context.now()));
    }

    public Mono<Viewed> withdraw(String number, String reason) {
        return changeAsApplicant(
                number,
                "withdraw",
                (request, context) -> request.withdraw(reason, context.actor(), context.today(), context.now()));
    }

    // --- The agency ----------------------------------------------------------------------------------

    /** A paper, in-person, posted or faxed application registered by staff with its real day of receipt. */
    public Mono<DisclosureRequest> registerPaper(
            String agencyCode, Application application, ReceiptChannel channel, LocalDate receivedOn) {
        if (channel == ReceiptChannel.ONLINE) {
            return Mono.error(invalid("channel", "disclosure.paper-channel"));
        }
        if (receivedOn.isAfter(today())) {
            return Mono.error(invalid("receivedOn", "disclosure.date-in-future"));
        }
        return agencyNamed(agencyCode, "application.agency")
                .then(Mono.zip(staffOf(agencyCode), agencies.getByCode(agencyCode), workingDays.calendar()))
                .delayUntil(staff -> requireFiles(application))
                .flatMap(staff -> create(
                        UUID.randomUUID(),
                        staff.getT2(),
                        channel,
                        null,
                        application,
                        receivedOn,
                        null,
                        staff.getT1(),
                        staff.getT3()))
                .as(transaction::transactional);
    }

    /** The agency with this code if the signed-in person handles its requests; otherwise "not found". */
    public Mono<Agency> agencyHandledBy(String agencyCode) {
        return staffOf(agencyCode).then(agencies.getByCode(agencyCode));
    }

    /** A request of an agency the signed-in officer works for; any other is "not found". */
    public Mono<Viewed> findForStaff(String number) {
        return loadForStaff(number).flatMap(loaded -> view(loaded.request()));
    }

    /** A page of the agency's queue with what the viewer needs to show each request, and how many match in all. */
    public record QueuePage(List<Viewed> items, long total) {}

    /**
     * One page of an agency's queue for its officers, answered by the database: {@code assignee} "me" is the
     * signed-in officer; "at risk" is due within the configured at-risk working days.
     */
    public Mono<QueuePage> queue(
            String agencyCode,
            boolean includeClosed,
            DisclosureState state,
            DisclosureQueue.Due due,
            String assignee,
            String text,
            int page,
            int size) {
        return Mono.zip(staffOf(agencyCode), agencies.getByCode(agencyCode), workingDays.calendar(), currentUser.get())
                .flatMap(context -> {
                    LocalDate today = today();
                    String assigned = "me".equals(assignee) ? context.getT4().subject() : assignee;
                    var query = new DisclosureQueue.Query(
                            context.getT2().id(),
                            includeClosed,
                            state,
                            due,
                            assigned,
                            text,
                            today,
                            context.getT3().plusWorkingDays(today, settings.atRiskWorkingDays()),
                            page,
                            size);
                    return store.queue(query)
                            .map(found -> new QueuePage(
                                    found.requests().stream()
                                            .map(request ->
                                                    new Viewed(request, context.getT2(), context.getT3(), today))
                                            .toList(),
                                    found.total()));
                });
    }

    /**
     * The agency's register of a year (登记台账): how many requests it lists, and the requests themselves, oldest
     * first, read from the database as they are consumed.
     */
    public record Register(long size, Flux<Viewed> requests) {}

    /**
     * The register of the requests the agency received in {@code year}. The download is audited, since the register
     * names applicants: the audit record is written when this completes, before any request is read.
     */
    public Mono<Register> register(String agencyCode, int year) {
        return Mono.zip(staffOf(agencyCode), agencies.getByCode(agencyCode), workingDays.calendar())
                .flatMap(context -> {
                    Agency agency = context.getT2();
                    LocalDate today = today();
                    return store.countReceivedIn(agency.id(), year)
                            .delayUntil(size -> audit.record(AuditEntry.succeeded(
                                            "disclosure.register-exported", "agency", agencyCode)
                                    .as(context.getT1().role(), agency.id())
                                    .with(Map.of("year", String.valueOf(year), "requests", String.valueOf(size)))))
                            .map(size -> new Register(
                                    size,
                                    store.streamReceivedIn(agency.id(), year)
                                            .map(request -> new Viewed(request, agency, context.getT3(), today))));
                });
    }

    /** Earlier requests by the same applicant to the same agency: what a 重复申请 reply points to. */
    public Flux<Viewed> earlierRequestsOf(String number) {
        return loadForStaff(number)
                .flatMapMany(loaded -> store.findEarlierBySameApplicant(loaded.request()))
                .concatMap(this::view);
    }

    /** The applicant's ordinal among their requests to the agency in the month of receipt (for 按件计收). */
    public Mono<Integer> ordinalInMonth(DisclosureRequest request) {
        return store.ordinalInMonth(request);
    }

    /**
     * Applies one staff action. The officer must work for the request's agency (else 404), approvals need the
     * head of the OGI office (else 403), and the action must be allowed now (else 409).
     */
    public Mono<Viewed> act(String number, DisclosureAction action, StaffStep step) {
        return loadForStaff(number)
                .flatMap(loaded -> {
                    if ((action == DisclosureAction.APPROVE_EXTENSION || action == DisclosureAction.DECLINE_EXTENSION)
                            && !loaded.actor().role().equals(Role.OGI_OFFICE_HEAD.name())) {
                        return loaded.user().mayActFor(loaded.request().agencyId(), Role.OGI_OFFICE_HEAD)
                                ? Mono.just(new Loaded(
                                        loaded.request(),
                                        loaded.user(),
                                        new Actor(loaded.user().subject(), Role.OGI_OFFICE_HEAD.name())))
                                : Mono.error(new PortalException(HttpStatus.FORBIDDEN, "disclosure-head-only"));
                    }
                    return Mono.just(loaded);
                })
                .doOnNext(loaded -> loaded.request().require(action))
                .flatMap(loaded -> workingDays.calendar().flatMap(calendar -> {
                    Context context = new Context(calendar, loaded.actor(), today(), Instant.now(clock));
                    return step.apply(loaded.request(), context)
                            .then(Mono.defer(() -> save(loaded.request(), calendar, action.slug())));
                }))
                .as(transaction::transactional)
                .then(Mono.defer(() -> findForStaff(number)));
    }

    /** What a staff action needs: the calendar, who acts, and when. */
    public record Context(WorkingDayCalendar calendar, Actor actor, LocalDate today, Instant now) {}

    /** One staff action applied to the loaded request; may look things up before it changes the request. */
    @FunctionalInterface
    public interface StaffStep {
        Mono<Void> apply(DisclosureRequest request, Context context);

        static StaffStep of(java.util.function.BiConsumer<DisclosureRequest, Context> change) {
            return (request, context) -> Mono.fromRunnable(() -> change.accept(request, context));
        }
    }

    /** Every id names a file the signed-in person uploaded; otherwise a 400 naming {@code field}. */
    public Mono<Void> requireOwnUploads(List<String> ids, String field) {
        return files.requireOwnUploads(ids, field);
    }

    /** Where the agency's replies tell applicants to seek remedies, as its directory entry stands now. */
    public Mono<RemedyBodies> remedyBodiesOf(UUID agencyId) {
        return agencies.remedyBodiesOf(agencyId)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("no agency " + agencyId)));
    }

    /** Whether {@code subject} handles disclosure requests for the agency (may be assigned one). */
    public Mono<Boolean> isHandlerOf(UUID agencyId, String subject) {
        return grants.staffOf(agencyId)
                .any(member -> member.subject().equals(subject) && HANDLERS.contains(member.role()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public DisclosureSettings settings() {
        return settings;
    }

    // --- Internals -----------------------------------------------------------------------------------

    private record Loaded(DisclosureRequest request, PortalUser user, Actor actor) {}

    /** The agency an application names, or a 400 naming the field: a form value, not an address. */
    private Mono<Agency> agencyNamed(String code, String field) {
        return agencies.findByCode(code).switchIfEmpty(Mono.error(() -> invalid(field, "disclosure.agency-unknown")));
    }

    private Mono<Void> requireFiles(Application application) {
        Application.Agent agent = application.applicant().agent();
        return files.requireOwnUploads(application.attachmentIds(), "attachments")
                .then(
                        agent == null
                                ? Mono.empty()
                                : files.requireOwnUploads(
                                        List.of(agent.powerOfAttorneyId()), "applicant.agent.powerOfAttorney"));
    }

    private Mono<Loaded> loadForStaff(String number) {
        return currentUser
                .get()
                .flatMap(user -> store.findByNumber(number)
                        .filter(request -> handlerRole(user, request.agencyId()) != null)
                        .map(request -> new Loaded(request, user, actor(user, handlerRole(user, request.agencyId())))))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("disclosure-request", number)));
    }

    private Mono<Actor> staffOf(String agencyCode) {
        return Mono.zip(currentUser.get(), agencies.getByCode(agencyCode)).flatMap(userAndAgency -> {
            Role role = handlerRole(userAndAgency.getT1(), userAndAgency.getT2().id());
            // Another agency's requests look exactly like an agency that does not exist.
            return role == null
                    ? Mono.error(new NotFoundException("agency", agencyCode))
                    : Mono.just(actor(userAndAgency.getT1(), role));
        });
    }

    private static Role handlerRole(PortalUser user, UUID agencyId) {
        return HANDLERS.stream()
                .filter(role -> user.mayActFor(agencyId, role))
                .findFirst()
                .orElse(null);
    }

    private Mono<Viewed> changeAsApplicant(
            String number, String auditName, java.util.function.BiConsumer<DisclosureRequest, Context> change) {
        return currentUser
                .get()
                .flatMap(user -> store.findByNumber(number)
                        .filter(request -> user.id().equals(request.applicantUserId()))
                        .switchIfEmpty(Mono.error(() -> new NotFoundException("disclosure-request", number)))
                        .flatMap(request -> workingDays.calendar().flatMap(calendar -> {
                            change.accept(
                                    request,
                                    new Context(
                                            calendar, actor(user, applicantRole(user)), today(), Instant.now(clock)));
                            return save(request, calendar, auditName);
                        })))
                .as(transaction::transactional)
                .then(Mono.defer(() -> findMine(number)));
    }

    private Mono<DisclosureRequest> create(
            UUID id,
            Agency agency,
            ReceiptChannel channel,
            UUID userId,
            Application application,
            LocalDate receivedOn,
            LocalDate confirmedOn,
            Actor actor,
            WorkingDayCalendar calendar) {
        return store.nextNumber(agency.id(), agency.code(), receivedOn.getYear())
                .map(number -> DisclosureRequest.receive(
                        id,
                        number,
                        agency.id(),
                        channel,
                        userId,
                        application,
                        receivedOn,
                        confirmedOn,
                        calendar,
                        actor,
                        Instant.now(clock)))
                .flatMap(request -> store.insert(request, calendar, today())
                        .then(audit.record(
                                AuditEntry.succeeded("disclosure.received", "disclosure_request", request.number())
                                        .as(actor.role(), agency.id())
                                        .with(Map.of("channel", channel.name(), "receivedOn", receivedOn.toString()))))
                        .thenReturn(request));
    }

    /** Stores the change with the deadline as it now stands, and audits it. */
    private Mono<Void> save(DisclosureRequest request, WorkingDayCalendar calendar, String auditName) {
        List<DisclosureEvent> recorded = request.newEvents();
        String role =
                recorded.isEmpty() ? "" : recorded.get(recorded.size() - 1).actorRole();
        return store.update(request, calendar, today())
                .then(audit.record(
                        AuditEntry.succeeded("disclosure." + auditName, "disclosure_request", request.number())
                                .as(role, request.agencyId())
                                .with(Map.of("state", request.state().name()))));
    }

    /**
     * The repeat check: an application the applicant filed to the agency for the same information, still open or filed
     * within the window, is named in a 409 unless the applicant confirmed they file again. A retry of a filed
     * application never gets here: its key finds it first.
     */
    private Mono<Void> requireNotRepeated(
            UUID userId, Agency agency, Application application, boolean fileAgain, LocalDate today) {
        return store.lockSubmissionsOf(userId)
                .then(Mono.defer(() -> fileAgain
                        ? Mono.<Void>empty()
                        : store.findSameInformationFiledBy(
                                        userId,
                                        agency.id(),
                                        application.information(),
                                        today.minusDays(settings.repeatWindowDays()))
                                .flatMap(earlier -> Mono.error(
                                        new PossibleDuplicateException(earlier.number(), earlier.filedOn())))));
    }

    private Mono<Boolean> claimKey(UUID userId, String key, String fingerprint, UUID requestId) {
        return database.sql("""
                        insert into disclosure_submission_key (user_id, key, fingerprint, request_id)
                        values (:user, :key, :fingerprint, :request) on conflict do nothing
                        """)
                .bind("user", userId)
                .bind("key", key)
                .bind("fingerprint", fingerprint)
                .bind("request", requestId)
                .fetch()
                .rowsUpdated()
                .map(inserted -> inserted == 1);
    }

    private Mono<DisclosureRequest> existingFor(UUID userId, String key, String fingerprint) {
        return database.sql("""
                        select k.fingerprint, r.number from disclosure_submission_key k
                        join disclosure_request r on r.id = k.request_id where k.user_id = :user and k.key = :key
                        """)
                .bind("user", userId)
                .bind("key", key)
                .map(row -> Map.entry(row.get("fingerprint", String.class), row.get("number", String.class)))
                .one()
                .flatMap(existing -> IdempotencyKey.retry(
                        key, existing.getKey(), fingerprint, store.findByNumber(existing.getValue())));
    }

    private Mono<Viewed> view(DisclosureRequest request) {
        return Mono.zip(agencies.findById(request.agencyId()), workingDays.calendar())
                .map(context -> new Viewed(request, context.getT1(), context.getT2(), today()));
    }

    private static Role applicantRole(PortalUser user) {
        return user.has(Role.ENTERPRISE_REPRESENTATIVE) ? Role.ENTERPRISE_REPRESENTATIVE : Role.CITIZEN;
    }

    private static Actor actor(PortalUser user, Role role) {
        return new Actor(user.subject(), role.name());
    }

    private static PortalException invalid(String field, String messageKey) {
        return new PortalException(HttpStatus.BAD_REQUEST, "validation", List.of(new FieldProblem(field, messageKey)));
    }
}
