package cn.gongkai.hotline;

import cn.gongkai.audit.AuditEntry;
import cn.gongkai.audit.AuditTrail;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.hotline.HotlineTicket.Actor;
import cn.gongkai.hotline.internal.HotlineTicketStore;
import cn.gongkai.hotline.internal.HotlineTicketStore.Stored;
import cn.gongkai.hotline.internal.PublicContacts;
import cn.gongkai.hotline.internal.ReplyRecords;
import cn.gongkai.hotline.internal.ReplyRedaction;
import cn.gongkai.hotline.internal.TicketPersonalData;
import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.Agency;
import cn.gongkai.identity.CurrentUser;
import cn.gongkai.identity.PortalUser;
import cn.gongkai.identity.Role;
import cn.gongkai.platform.NotFoundException;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.platform.PossibleDuplicateException;
import cn.gongkai.platform.TimeConfiguration;
import cn.gongkai.platform.crypto.BlindIndex;
import cn.gongkai.platform.files.FileStore;
import cn.gongkai.platform.files.FileStore.StoredFile;
import cn.gongkai.platform.web.IdempotencyKey;
import jakarta.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Taking in and handling hotline tickets (工单受理与办理), the module's API: every change loads the ticket, lets the
 * {@link HotlineTicket} aggregate check and apply it, and stores it with its deadlines, its new events and its audit
 * record in one transaction. A ticket is seen by the person who raised it (signed in, or holding its query code), the
 * centre's dispatchers and the handlers of its lead and assisting departments; to anyone else it does not exist.
 */
@Service
public class HotlineTickets {

    /** The query code's alphabet: no 0/O, 1/I/L or S/5 to misread on paper or over the telephone. */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRTUVWXYZ".toCharArray();

    private static final int CODE_LENGTH = 12;

    /** Actions the dispatcher takes; the others are the lead department's. */
    private static final Set<HotlineAction> DISPATCHER_ACTIONS = EnumSet.of(
            HotlineAction.DISPATCH,
            HotlineAction.APPROVE_EXTENSION,
            HotlineAction.DECLINE_EXTENSION,
            HotlineAction.MERGE,
            HotlineAction.ANSWER_FROM_KNOWLEDGE_BASE);

    /** Actions staff take through the API: rating is the person's, closing unrated the system's. */
    public static final Set<HotlineAction> STAFF_ACTIONS =
            EnumSet.complementOf(EnumSet.of(HotlineAction.RATE, HotlineAction.CLOSE_UNRATED));

    private final HotlineTicketStore store;
    private final HotlineCatalogue catalogue;
    private final HotlineKnowledgeBase knowledgeBase;
    private final HotlineFiles files;
    private final Agencies agencies;
    private final CurrentUser currentUser;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final HotlineSettings settings;
    private final ReplyRecords replies;
    private final BlindIndex index;
    private final ReplyRedaction redaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    HotlineTickets(
            HotlineTicketStore store,
            HotlineCatalogue catalogue,
            HotlineKnowledgeBase knowledgeBase,
            HotlineFiles files,
            Agencies agencies,
            CurrentUser currentUser,
            WorkingDays workingDays,
            AuditTrail audit,
            TransactionalOperator transaction,
            HotlineSettings settings,
            ReplyRecords replies,
            BlindIndex index,
            ReplyRedaction redaction,
            Clock clock) {
        this.redaction = redaction;
        this.store = store;
        this.catalogue = catalogue;
        this.knowledgeBase = knowledgeBase;
        this.files = files;
        this.agencies = agencies;
        this.currentUser = currentUser;
        this.workingDays = workingDays;
        this.audit = audit;
        this.transaction = transaction;
        this.settings = settings;
        this.replies = replies;
        this.index = index;
        this.clock = clock;
    }

    // --- The person ------------------------------------------------------------------------------------

    /**
     * 受理: takes in a ticket from the signed-in person, or anonymously (then with a query code, answered here once).
     * A 咨询 the person says a knowledge-base answer answered ({@code answeredByEntryId}) is received and at once
     * {@link HotlineState#ANSWERED_BY_KNOWLEDGE_BASE}. A retry with the same {@code idempotencyKey} and body answers
     * the ticket already made (with its query code); the same key with another body is refused.
     *
     * <p>A ticket of the same type and matter with the same description as one the person raised within {@link
     * HotlineSettings#repeatWindowDays()} days, or one still open, is refused with a 409 naming it ({@link
     * PossibleDuplicateException}) unless {@code fileAgain}: the person saw it and raises the matter again on purpose.
     * "The person" is the signed-in citizen or enterprise; an anonymous one only by the contact phone they left (none
     * left: not checked). A question the knowledge base settles at once is never held back.
     */
    public Mono<HotlineTicketView> submit(
            HotlineSubmission submission,
            @Nullable UUID answeredByEntryId,
            List<String> attachmentIds,
            boolean fileAgain,
            String idempotencyKey,
            String fingerprint) {
        return Mono.zip(
                        centre(),
                        files.uploader(),
                        currentUser.find().map(List::of).defaultIfEmpty(List.of()))
                .flatMap(context -> {
                    Agency centre = context.getT1();
                    String uploader = context.getT2();
                    PortalUser user =
                            context.getT3().isEmpty() ? null : context.getT3().get(0);
                    boolean anonymous = submission.submitterKind() == HotlineSubmitterKind.ANONYMOUS;
                    if (!anonymous && user == null) {
                        return Mono.error(new PortalException(HttpStatus.UNAUTHORIZED, "unauthenticated"));
                    }
                    String owner = user != null ? "user:" + user.id() : uploader;
                    return checkSubmission(submission, answeredByEntryId, centre)
                            .then(retryOr(
                                    owner,
                                    idempotencyKey,
                                    fingerprint,
                                    centre,
                                    (number, now) -> files.requireFreeUploads(attachmentIds, uploader, "attachmentIds")
                                            .flatMap(attachments -> {
                                                UUID id = UUID.randomUUID();
                                                String queryCode = anonymous ? newQueryCode() : null;
                                                return store.claimKey(owner, idempotencyKey, fingerprint, id, queryCode)
                                                        .flatMap(claimed -> claimed
                                                                ? requireNotRepeated(
                                                                                submission,
                                                                                anonymous ? null : user,
                                                                                answeredByEntryId != null || fileAgain)
                                                                        .then(create(
                                                                                id,
                                                                                number,
                                                                                now,
                                                                                centre,
                                                                                submission,
                                                                                attachments,
                                                                                answeredByEntryId,
                                                                                anonymous ? null : user,
                                                                                queryCode,
                                                                                Map.of()))
                                                                : existing(owner, idempotencyKey, fingerprint));
                                            })))
                            .flatMap(this::answer);
                });
    }

    /**
     * 受理 of a ticket a partner system forwards (Open311 GeoReport v2): the same checks, numbering, deadlines, audit and
     * idempotency as on-line intake. The person is anonymous to the portal: they follow the ticket with the query code
     * answered here (the partner passes it on). The partner is the channel, named in the audit record; its retries
     * are recognised by {@code idempotencyKey} among its own submissions only.
     *
     * @param partner a stable name of the partner's key, e.g. its id
     */
    public Mono<HotlineTicketView> submitFromPartner(
            HotlineSubmission submission, String partner, String idempotencyKey, String fingerprint) {
        if (submission.submitterKind() != HotlineSubmitterKind.ANONYMOUS
                || !submission.attachmentIds().isEmpty()) {
            return Mono.error(new IllegalArgumentException("a partner's submission is anonymous and has no files"));
        }
        String owner = "partner:" + partner;
        return centre().flatMap(centre -> checkSubmission(submission, null, centre)
                .then(retryOr(owner, idempotencyKey, fingerprint, centre, (number, now) -> {
                    UUID id = UUID.randomUUID();
                    String queryCode = newQueryCode();
                    return store.claimKey(owner, idempotencyKey, fingerprint, id, queryCode)
                            .flatMap(claimed -> claimed
                                    ? create(
                                            id,
                                            number,
                                            now,
                                            centre,
                                            submission,
                                            List.of(),
                                            null,
                                            null,
                                            queryCode,
                                            Map.of("channel", "OPEN311", "partner", partner))
                                    : existing(owner, idempotencyKey, fingerprint));
                }))
                .flatMap(this::answer));
    }

    /** Files a ticket under the number it is given, received at the instant given. */
    private interface Filing {
        Mono<Filed> file(String number, Instant now);
    }

    /**
     * A retry of a key already used is answered from its ticket. Otherwise the centre's next number of the day is
     * taken on its own, before the filing's transaction: the day's row is then locked for one statement, not for the
     * whole filing, so that tickets of one centre are filed side by side. A filing refused or failed after that
     * leaves its number unused: numbers are unique and rising, not gapless.
     */
    private Mono<Filed> retryOr(String owner, String key, String fingerprint, Agency centre, Filing filing) {
        return store.claimedKey(owner, key).hasElement().flatMap(retry -> {
            if (retry) {
                return existing(owner, key, fingerprint);
            }
            Instant now = Instant.now(clock);
            return store.nextNumber(centre.id(), centre.code(), LocalDate.ofInstant(now, TimeConfiguration.CHINA))
                    .flatMap(number -> filing.file(number, now).as(transaction::transactional));
        });
    }

    /**
     * The repeat check of on-line intake: the person's earlier ticket with the same type, matter and description,
     * still open or received within the window, is named in a 409 unless the check is {@code waived}. A retry of a
     * filed ticket never gets here: its key finds it first.
     */
    private Mono<Void> requireNotRepeated(HotlineSubmission submission, @Nullable PortalUser user, boolean waived) {
        HotlineTicketStore.Submitter submitter = user != null
                ? HotlineTicketStore.Submitter.user(user.id())
                : submission.contactPhone() != null
                        ? HotlineTicketStore.Submitter.anonymousWithPhone(submission.contactPhone())
                        : null;
        if (submitter == null) {
            return Mono.empty();
        }
        LocalDate today = LocalDate.ofInstant(Instant.now(clock), TimeConfiguration.CHINA);
        return store.lockSubmissionsOf(submitter)
                .then(Mono.defer(() -> waived
                        ? Mono.<Void>empty()
                        : store.findSameTextFiledBy(submitter, submission, today.minusDays(settings.repeatWindowDays()))
                                .flatMap(earlier -> Mono.error(
                                        new PossibleDuplicateException(earlier.number(), earlier.receivedOn())))));
    }

    /** A ticket taken in (or found again by its idempotency key), with the query code to answer once. */
    private record Filed(String number, @Nullable String queryCode) {}

    /**
     * The answer to a submission, read after its transaction: the centre's number of the day stays locked only while
     * the ticket is written, not while its answer is put together.
     */
    private Mono<HotlineTicketView> answer(Filed filed) {
        return Mono.zip(store.findByNumber(filed.number()), hotlineClock())
                .flatMap(found ->
                        view(found.getT1(), found.getT2(), Instant.now(clock), false, filed.queryCode(), null));
    }

    private Mono<Void> checkSubmission(HotlineSubmission submission, @Nullable UUID answeredByEntryId, Agency centre) {
        Mono<Void> matter = catalogue
                .findMatter(submission.categoryCode())
                .switchIfEmpty(Mono.error(() -> invalid("categoryCode", "hotline.category-unknown")))
                .then();
        Mono<Void> region = catalogue
                .findRegion(submission.regionId())
                .switchIfEmpty(Mono.error(() -> invalid("place.regionId", "hotline.region-unknown")))
                .then();
        Mono<Void> entry = Mono.empty();
        if (answeredByEntryId != null) {
            entry = submission.type() != HotlineType.ENQUIRY
                    ? Mono.error(invalid("answeredByEntryId", "hotline.knowledge-base-enquiries-only"))
                    : knowledgeBase
                            .findEntry(answeredByEntryId)
                            .switchIfEmpty(Mono.error(() -> invalid("answeredByEntryId", "hotline.entry-unknown")))
                            .then();
        }
        return matter.then(region).then(entry);
    }

    private Mono<Filed> create(
            UUID id,
            String number,
            Instant now,
            Agency centre,
            HotlineSubmission submission,
            List<UUID> attachments,
            @Nullable UUID answeredByEntryId,
            @Nullable PortalUser user,
            @Nullable String queryCode,
            Map<String, String> channel) {
        String submitter = user != null ? user.subject() : "anonymous:" + id;
        Actor person = Actor.person(submitter);
        HotlineSubmission stored = new HotlineSubmission(
                submission.type(),
                submission.categoryCode(),
                submission.title(),
                submission.description(),
                submission.regionId(),
                submission.address(),
                submission.happenedOn(),
                attachments,
                submission.publishReply(),
                submission.submitterKind(),
                submission.contactName(),
                submission.contactPhone(),
                submission.enterpriseName(),
                submission.creditCode());
        return hotlineClock().flatMap(hotlineClock -> {
            HotlineTicket ticket = HotlineTicket.receive(
                    id, number, submission.type(), submission.categoryCode(), centre.id(), submitter, person, now);
            if (answeredByEntryId != null) {
                ticket.answerFromKnowledgeBase(answeredByEntryId.toString(), person, now);
            }
            String role = submission.submitterKind().name();
            Mono<Void> audited = audit.record(AuditEntry.succeeded("hotline.received", "hotline_ticket", number)
                    .as(role, centre.id())
                    .with(channel)
                    .with(Map.of(
                            "type",
                            submission.type().name(),
                            "category",
                            submission.categoryCode(),
                            "submitterKind",
                            role)));
            if (answeredByEntryId != null) {
                audited = audited.then(audit.record(
                        AuditEntry.succeeded("hotline.answered-by-knowledge-base", "hotline_ticket", number)
                                .as(role, centre.id())
                                .with(Map.of("entryId", answeredByEntryId.toString()))));
            }
            Stored record = new Stored(
                    ticket,
                    stored,
                    user == null ? null : user.id(),
                    queryCode == null ? null : queryCodeHash(number, queryCode),
                    now);
            return store.insert(record, hotlineClock, now)
                    .then(store.attach(id, attachments, null))
                    .then(audited)
                    .thenReturn(new Filed(number, queryCode));
        });
    }

    private Mono<Filed> existing(String owner, String key, String fingerprint) {
        return store.claimedKey(owner, key)
                .flatMap(claimed -> IdempotencyKey.retry(
                        key,
                        claimed.fingerprint(),
                        fingerprint,
                        Mono.just(new Filed(claimed.number(), claimed.queryCode()))));
    }

    /** A page of the signed-in person's tickets, newest first, and how many there are. */
    public record MinePage(List<HotlineTicketStore.Summary> items, long total) {}

    public Mono<MinePage> mine(int page, int size) {
        return currentUser
                .get()
                .flatMap(user -> store.findByUser(user.id(), page, size))
                .map(found -> new MinePage(found.getKey(), found.getValue()));
    }

    /**
     * The ticket for the person who raised it: signed in as its owner, or with its query code. A wrong number and a
     * wrong code answer the same 404.
     */
    public Mono<HotlineTicketView> track(String number, @Nullable String queryCode) {
        return loadForSubmitter(number, queryCode)
                .flatMap(stored -> hotlineClock().flatMap(hotlineClock -> {
                    Instant now = Instant.now(clock);
                    return view(stored, hotlineClock, now, true, null, null)
                            .flatMap(view -> withLead(view, hotlineClock, now));
                }));
    }

    /**
     * 并单: the person of a merged ticket follows the lead ticket, as a 12345 centre tells them when it merges: they
     * see its progress and get its reply as their answer, with the lead submitter's personal data removed, and rate
     * that reply for their own ticket.
     */
    private Mono<HotlineTicketView> withLead(HotlineTicketView view, HotlineClock hotlineClock, Instant now) {
        HotlineTicket ticket = view.ticket();
        if (ticket.state() != HotlineState.MERGED || ticket.mergedInto() == null) {
            return Mono.just(view);
        }
        return store.findByNumber(ticket.mergedInto())
                .flatMap(lead -> view(lead, hotlineClock, now, false, null, null)
                        .flatMap(leadView -> redactedReplies(lead)
                                .map(texts -> view.withLead(
                                        new HotlineTicketView.Lead(leadView, texts),
                                        ticket.mayRateLeadReply(lead.ticket(), hotlineClock, now)))))
                .defaultIfEmpty(view);
    }

    /** The lead's replies by step, with its own submitter's name, phone, credit code and address removed. */
    private Mono<Map<Integer, String>> redactedReplies(Stored lead) {
        TicketPersonalData known = ReplyRecords.knownFacts(lead.submission());
        return reactor.core.publisher.Flux.fromIterable(lead.ticket().timeline())
                .filter(event -> event.type() == HotlineEventType.REPLIED)
                .concatMap(event -> redaction
                        .redactLater(event.detail("text"), known, PublicContacts.serviceNumbers())
                        .map(redacted -> Map.entry(event.seq(), redacted.text())))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /**
     * 评价 by the person who raised the ticket, signed in or through its query code; staff cannot rate for them,
     * since to them the ticket is not theirs to follow here.
     */
    public Mono<HotlineTicketView> rate(
            String number, @Nullable String queryCode, HotlineRating rating, @Nullable String comment) {
        return loadForSubmitter(number, queryCode)
                .flatMap(stored -> hotlineClock().flatMap(hotlineClock -> {
                    HotlineTicket ticket = stored.ticket();
                    Instant now = Instant.now(clock);
                    Actor person = Actor.person(ticket.submitter());
                    if (ticket.state() == HotlineState.MERGED) {
                        return store.findByNumber(ticket.mergedInto()).flatMap(lead -> {
                            ticket.rateLeadReply(lead.ticket(), rating, comment, person, now, hotlineClock);
                            return save(
                                    ticket,
                                    hotlineClock,
                                    now,
                                    "rated",
                                    stored.submission().submitterKind().name(),
                                    ticket.centreId(),
                                    Map.of(
                                            "rating",
                                            rating.name(),
                                            "leadTicket",
                                            lead.ticket().number()));
                        });
                    }
                    ticket.rate(rating, comment, person, now, hotlineClock);
                    return save(
                            ticket,
                            hotlineClock,
                            now,
                            "rated",
                            stored.submission().submitterKind().name(),
                            ticket.centreId(),
                            Map.of("rating", rating.name()));
                }))
                .as(transaction::transactional)
                .then(Mono.defer(() -> track(number, queryCode)));
    }

    private Mono<Stored> loadForSubmitter(String number, @Nullable String queryCode) {
        return store.findByNumber(number)
                .filterWhen(stored -> follows(stored, queryCode))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("hotline-ticket", number)));
    }

    /** The owner signed in, or the holder of the code: the code compared in constant time. */
    Mono<Boolean> follows(Stored stored, @Nullable String queryCode) {
        if (queryCode != null && stored.queryCodeHash() != null) {
            byte[] given = queryCodeHash(stored.ticket().number(), queryCode).getBytes(StandardCharsets.US_ASCII);
            byte[] kept = stored.queryCodeHash().getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(given, kept)) {
                return Mono.just(true);
            }
        }
        return currentUser
                .find()
                .map(user -> stored.userId() != null && user.id().equals(stored.userId()))
                .defaultIfEmpty(false);
    }

    /** Whether the person asking follows the ticket holding the file, signed in or with its query code. */
    Mono<Boolean> followsTicketOf(UUID fileId, @Nullable String queryCode) {
        return store.findHolding(fileId)
                .flatMap(stored ->
                        follows(stored, queryCode).flatMap(follows -> follows ? Mono.just(true) : isStaffOf(stored)))
                .defaultIfEmpty(false);
    }

    /**
     * A file of a ticket for whoever may see the ticket (its owner, the holder of its query code, its staff), or the
     * signed-in person's own upload no ticket holds yet; to anyone else "not found".
     */
    public Mono<FileStore.FileContent> file(UUID id, @Nullable String queryCode) {
        return followsTicketOf(id, queryCode)
                .flatMap(follows -> follows ? files.content(id) : files.ownUnattached(id))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("file", id)));
    }

    private String newQueryCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    /** A keyed hash of the code bound to the number: a code is good for its own ticket only. */
    private String queryCodeHash(String number, String queryCode) {
        return index.of("hotline-query-code:" + number + ":" + queryCode.strip().toUpperCase(Locale.ROOT));
    }

    // --- Staff -----------------------------------------------------------------------------------------

    /** A page of the staff queue, and the paging asked for. */
    public record QueuePage(HotlineQueue.Page page, int number, int size) {}

    /**
     * One page of the tickets the signed-in staff member handles: a dispatcher all of the centre's, a handler those
     * their department leads or assists; {@code agencyCode} narrows to one lead department. Answered by the
     * database over the deadlines stored with each ticket. {@code publication} narrows to the tickets with a reply in
     * that publication status, which only a dispatcher is shown: the check of replies for the board is theirs.
     */
    public Mono<QueuePage> queue(
            @Nullable String agencyCode,
            @Nullable HotlineState state,
            boolean overdue,
            boolean atRisk,
            @Nullable String text,
            @Nullable HotlinePublication.Status publication,
            int page,
            int size) {
        Mono<UUID> lead = agencyCode == null || agencyCode.isBlank()
                ? Mono.just(new UUID(0, 0))
                : agencies.findByCode(agencyCode)
                        .map(Agency::id)
                        .switchIfEmpty(Mono.error(() -> invalid("agency", "hotline.department-unknown")));
        return Mono.zip(currentUser.get(), workingDays.calendar(), lead).flatMap(context -> {
            PortalUser user = context.getT1();
            Instant now = Instant.now(clock);
            LocalDate today = LocalDate.ofInstant(now, TimeConfiguration.CHINA);
            HotlineTimeLimits limits = settings.limits();
            UUID leadId = context.getT3().equals(new UUID(0, 0)) ? null : context.getT3();
            var query = new HotlineQueue.Query(
                    List.copyOf(user.agenciesWhere(Role.HOTLINE_DISPATCHER)),
                    List.copyOf(user.agenciesWhere(Role.DEPARTMENT_HANDLER)),
                    leadId,
                    state,
                    overdue,
                    atRisk,
                    text,
                    publication,
                    now,
                    today,
                    context.getT2().plusWorkingDays(today, limits.atRiskWorkingDays() + 1),
                    now.plus(Duration.ofMinutes(limits.urgentAtRiskMinutes())),
                    page,
                    size);
            return store.queue(query).map(found -> new QueuePage(found, page, size));
        });
    }

    /** A ticket the signed-in staff member handles, with what they may do next; any other is "not found". */
    public Mono<HotlineTicketView> findForStaff(String number) {
        return Mono.zip(loadForStaff(number), hotlineClock())
                .flatMap(loaded -> view(
                        loaded.getT1().stored(),
                        loaded.getT2(),
                        Instant.now(clock),
                        false,
                        null,
                        loaded.getT1().user()));
    }

    /**
     * One staff action. The ticket must be the centre's the user dispatches for, or one their department leads or
     * assists (else 404); the action must be allowed in its state (else 409) and theirs to take (else 403).
     */
    public Mono<HotlineTicketView> act(String number, HotlineAction action, HotlineStaffStep step) {
        if (!STAFF_ACTIONS.contains(action)) {
            return Mono.error(new PortalException(HttpStatus.NOT_FOUND, "unknown-action", action.slug()));
        }
        return Mono.zip(loadForStaff(number), hotlineClock())
                .flatMap(loaded -> {
                    HotlineTicket ticket = loaded.getT1().stored().ticket();
                    HotlineClock hotlineClock = loaded.getT2();
                    PortalUser user = loaded.getT1().user();
                    ticket.require(action);
                    Actor actor = actorFor(user, ticket, action);
                    requireRole(ticket, action, actor);
                    Instant now = Instant.now(clock);
                    return apply(loaded.getT1().stored(), action, step, actor, now, hotlineClock)
                            .then(Mono.defer(() -> save(
                                    ticket,
                                    hotlineClock,
                                    now,
                                    action.slug(),
                                    actor.role() == null ? "" : actor.role().name(),
                                    actor.agencyId(),
                                    Map.of())));
                })
                .as(transaction::transactional)
                .then(Mono.defer(() -> findForStaff(number)));
    }

    private Mono<Void> apply(
            Stored stored, HotlineAction action, HotlineStaffStep step, Actor actor, Instant now, HotlineClock clock) {
        HotlineTicket ticket = stored.ticket();
        return switch (action) {
            case DISPATCH ->
                requireDepartments(step, ticket.centreId())
                        .then(Mono.fromRunnable(() -> ticket.dispatch(
                                step.leadDepartmentId(),
                                step.assistingDepartmentIds() == null ? List.of() : step.assistingDepartmentIds(),
                                step.urgent(),
                                actor,
                                now)));
            case ACCEPT -> Mono.fromRunnable(() -> ticket.accept(actor, now));
            case RETURN -> Mono.fromRunnable(() -> ticket.returnTicket(step.reason(), actor, now, clock));
            case REPLY ->
                files.requireFreeUploads(
                                step.attachmentIds() == null ? List.of() : step.attachmentIds(),
                                actor.subject(),
                                "attachmentIds")
                        .flatMap(attachments -> {
                            HotlineEvent replied = ticket.reply(
                                    step.text(),
                                    attachments.stream().map(UUID::toString).toList(),
                                    actor,
                                    now);
                            return store.attach(ticket.id(), attachments, replied.seq())
                                    .then(replies.record(stored, replied, clock));
                        });
            case REQUEST_EXTENSION ->
                Mono.fromRunnable(() -> ticket.requestExtension(
                        step.workingDays() == null ? 0 : step.workingDays(), step.reason(), actor, now));
            case APPROVE_EXTENSION -> Mono.fromRunnable(() -> ticket.approveExtension(actor, now));
            case DECLINE_EXTENSION -> Mono.fromRunnable(() -> ticket.declineExtension(step.reason(), actor, now));
            case MERGE ->
                (step.leadTicketNumber() == null || step.leadTicketNumber().isBlank()
                                ? Mono.<Stored>error(invalid("leadTicketNumber", "NotBlank"))
                                : store.findByNumber(step.leadTicketNumber().strip())
                                        .switchIfEmpty(Mono.error(
                                                () -> invalid("leadTicketNumber", "hotline.ticket-unknown"))))
                        .doOnNext(lead -> ticket.mergeInto(lead.ticket(), actor, now))
                        .then();
            case ANSWER_FROM_KNOWLEDGE_BASE ->
                (step.entryId() == null
                                ? Mono.<KnowledgeEntry>error(invalid("entryId", "NotNull"))
                                : knowledgeBase
                                        .findEntry(step.entryId())
                                        .switchIfEmpty(Mono.error(() -> invalid("entryId", "hotline.entry-unknown"))))
                        .doOnNext(entry ->
                                ticket.answerFromKnowledgeBase(entry.id().toString(), actor, now))
                        .then();
            case RATE, CLOSE_UNRATED -> Mono.error(new IllegalStateException("not a staff action: " + action));
        };
    }

    /** The departments named exist under the centre; otherwise a 400 naming the field. */
    private Mono<Void> requireDepartments(HotlineStaffStep step, UUID centreId) {
        if (step.leadDepartmentId() == null) {
            return Mono.error(invalid("leadDepartmentId", "NotNull"));
        }
        List<UUID> assisting = step.assistingDepartmentIds() == null ? List.of() : step.assistingDepartmentIds();
        if (assisting.stream().anyMatch(id -> id == null)) {
            return Mono.error(invalid("assistingDepartmentIds", "hotline.department-unknown"));
        }
        return store.countAgenciesUnder(List.of(step.leadDepartmentId()), centreId)
                .flatMap(found -> found == 1
                        ? Mono.<Void>empty()
                        : Mono.error(invalid("leadDepartmentId", "hotline.department-unknown")))
                .then(Mono.defer(() -> assisting.isEmpty()
                        ? Mono.empty()
                        : store.countAgenciesUnder(assisting, centreId)
                                .flatMap(found -> found == new LinkedHashSet<>(assisting).size()
                                        ? Mono.<Void>empty()
                                        : Mono.error(
                                                invalid("assistingDepartmentIds", "hotline.department-unknown")))));
    }

    /** A ticket found for the staff member handling it. */
    record Loaded(Stored stored, PortalUser user) {}

    /** The ticket if the signed-in user dispatches for its centre or handles it for a department; else 404. */
    Mono<Loaded> loadForStaff(String number) {
        return currentUser
                .get()
                .flatMap(user -> store.findByNumber(number)
                        .filter(stored -> isStaffOf(user, stored.ticket()))
                        .map(stored -> new Loaded(stored, user)))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("hotline-ticket", number)));
    }

    private Mono<Boolean> isStaffOf(Stored stored) {
        return currentUser.find().map(user -> isStaffOf(user, stored.ticket())).defaultIfEmpty(false);
    }

    private static boolean isStaffOf(PortalUser user, HotlineTicket ticket) {
        return user.mayActFor(ticket.centreId(), Role.HOTLINE_DISPATCHER) || handledDepartment(user, ticket) != null;
    }

    /** The department of the ticket the user handles for: its lead first, else an assisting one; or null. */
    private static UUID handledDepartment(PortalUser user, HotlineTicket ticket) {
        if (ticket.leadDepartmentId() != null && user.mayActFor(ticket.leadDepartmentId(), Role.DEPARTMENT_HANDLER)) {
            return ticket.leadDepartmentId();
        }
        return ticket.assistingDepartmentIds().stream()
                .filter(id -> user.mayActFor(id, Role.DEPARTMENT_HANDLER))
                .findFirst()
                .orElse(null);
    }

    /** Who the user acts as: the role the action needs when they hold it for this ticket, else their other role. */
    private static Actor actorFor(PortalUser user, HotlineTicket ticket, HotlineAction action) {
        Actor dispatcher = user.mayActFor(ticket.centreId(), Role.HOTLINE_DISPATCHER)
                ? Actor.dispatcher(user.subject(), ticket.centreId())
                : null;
        UUID department = handledDepartment(user, ticket);
        Actor handler = department == null ? null : Actor.handler(user.subject(), department);
        if (DISPATCHER_ACTIONS.contains(action)) {
            return dispatcher != null ? dispatcher : handler;
        }
        return handler != null ? handler : dispatcher;
    }

    /** The 403 the aggregate would give, before any look-up of the action's input. */
    private static void requireRole(HotlineTicket ticket, HotlineAction action, Actor actor) {
        if (DISPATCHER_ACTIONS.contains(action)) {
            if (actor.role() != Role.HOTLINE_DISPATCHER) {
                throw new PortalException(HttpStatus.FORBIDDEN, "hotline-not-dispatcher");
            }
        } else if (actor.role() != Role.DEPARTMENT_HANDLER || !actor.agencyId().equals(ticket.leadDepartmentId())) {
            throw new PortalException(HttpStatus.FORBIDDEN, "hotline-not-lead-department");
        }
    }

    /** What the staff member may do now: the state allows it, and it is their role's for this ticket. */
    private static List<HotlineAction> allowedActions(PortalUser user, HotlineTicket ticket) {
        List<HotlineAction> allowed = new ArrayList<>();
        for (HotlineAction action : STAFF_ACTIONS) {
            if (!action.isAllowedIn(ticket.state())) {
                continue;
            }
            Actor actor = actorFor(user, ticket, action);
            try {
                requireRole(ticket, action, actor);
            } catch (PortalException notTheirs) {
                continue;
            }
            boolean fits = switch (action) {
                case APPROVE_EXTENSION, DECLINE_EXTENSION -> ticket.extensionPending();
                case REQUEST_EXTENSION ->
                    !ticket.urgent()
                            && !ticket.extensionPending()
                            && ticket.extensionWorkingDays() < HotlineTicket.MAX_EXTENSION;
                case ANSWER_FROM_KNOWLEDGE_BASE -> ticket.type() == HotlineType.ENQUIRY;
                default -> true;
            };
            if (fits) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    // --- The system ------------------------------------------------------------------------------------

    /**
     * 逾期未评价: closes every reply whose rating window ended before today, each in its own transaction; a ticket
     * changed meanwhile (rated at the last moment) is left for the next run. Answers how many were closed.
     */
    public Mono<Long> closeUnrated() {
        LocalDate today = LocalDate.now(clock);
        return store.findUnratedBefore(today, 1000)
                .concatMap(number -> hotlineClock()
                        .flatMap(hotlineClock -> store.findByNumber(number).flatMap(stored -> {
                            HotlineTicket ticket = stored.ticket();
                            Instant now = Instant.now(clock);
                            ticket.closeUnrated(now, hotlineClock);
                            return save(
                                    ticket, hotlineClock, now, "closed-unrated", "SYSTEM", ticket.centreId(), Map.of());
                        }))
                        .as(transaction::transactional)
                        .thenReturn(1L)
                        .onErrorResume(PortalException.class, changed -> Mono.just(0L)))
                .reduce(0L, Long::sum);
    }

    // --- Internals -------------------------------------------------------------------------------------

    /** The time limits of tickets: the configured limits on the calendar as it stands. */
    public Mono<HotlineClock> hotlineClock() {
        return workingDays.calendar().map(calendar -> new HotlineClock(calendar, settings.limits()));
    }

    private Mono<Agency> centre() {
        return agencies.findByCode(settings.centreCode())
                .switchIfEmpty(Mono.error(() ->
                        new IllegalStateException("the hotline centre " + settings.centreCode() + " is unknown")));
    }

    /** Stores the change with the deadlines as they now stand, and audits it. */
    private Mono<Void> save(
            HotlineTicket ticket,
            HotlineClock hotlineClock,
            Instant now,
            String auditName,
            String role,
            UUID agencyId,
            Map<String, String> details) {
        Map<String, String> audited = new HashMap<>(details);
        audited.put("state", ticket.state().name());
        return store.update(ticket, hotlineClock, now)
                .then(audit.record(AuditEntry.succeeded("hotline." + auditName, "hotline_ticket", ticket.number())
                        .as(role, agencyId)
                        .with(audited)));
    }

    private Mono<HotlineTicketView> view(
            Stored stored,
            HotlineClock hotlineClock,
            Instant now,
            boolean submitterView,
            @Nullable String queryCode,
            @Nullable PortalUser staff) {
        HotlineTicket ticket = stored.ticket();
        Set<UUID> named = new LinkedHashSet<>();
        named.add(ticket.centreId());
        named.add(stored.submission().regionId());
        if (ticket.leadDepartmentId() != null) {
            named.add(ticket.leadDepartmentId());
        }
        named.addAll(ticket.assistingDepartmentIds());
        for (HotlineEvent event : ticket.timeline()) {
            if (event.actorAgencyId() != null) {
                named.add(event.actorAgencyId());
            }
            for (String key : List.of("lead", "department")) {
                String id = event.detail(key);
                if (id != null && !id.isBlank()) {
                    named.add(UUID.fromString(id));
                }
            }
        }
        Mono<HotlineMatter> matter = catalogue.findMatterAsNamed(ticket.categoryCode());
        Mono<UUID> suggested = staff == null
                ? Mono.just(new UUID(0, 0))
                : matter.map(found -> found.leadDepartment().id()).defaultIfEmpty(new UUID(0, 0));
        Mono<List<HotlineTicketView.Similar>> similar = staff == null
                ? Mono.just(List.of())
                : store.similarOpen(ticket, stored.submission().regionId())
                        .map(found -> new HotlineTicketView.Similar(found.number(), found.title(), found.receivedAt()))
                        .collectList();
        Mono<List<HotlineTicketStore.Attachment>> attachments =
                store.attachments(ticket.id()).collectList();
        HotlineEvent answered = lastOf(ticket, HotlineEventType.ANSWERED_BY_KNOWLEDGE_BASE);
        Mono<List<HotlineTicketView.KnowledgeAnswer>> knowledge = answered == null
                ? Mono.just(List.of())
                : store.knowledgeEntry(UUID.fromString(answered.detail("entryId")))
                        .map(entry -> List.of(
                                new HotlineTicketView.KnowledgeAnswer(entry.question(), entry.answer(), entry.basis())))
                        .defaultIfEmpty(List.of());
        return Mono.zip(
                        matter.map(HotlineMatter::name).defaultIfEmpty(ticket.categoryCode()),
                        suggested,
                        similar,
                        attachments,
                        knowledge)
                .flatMap(found -> {
                    UUID suggestedLead = found.getT2().equals(new UUID(0, 0)) ? null : found.getT2();
                    if (suggestedLead != null) {
                        named.add(suggestedLead);
                    }
                    List<HotlineTicketStore.Attachment> held = found.getT4();
                    return Mono.zip(
                                    store.agencyNames(List.copyOf(named)),
                                    files.describe(held.stream()
                                            .map(HotlineTicketStore.Attachment::fileId)
                                            .toList()))
                            .map(namesAndFiles -> {
                                Map<UUID, StoredFile> described = new HashMap<>();
                                namesAndFiles.getT2().forEach(file -> described.put(file.id(), file));
                                List<StoredFile> own = new ArrayList<>();
                                Map<Integer, List<StoredFile>> replies = new HashMap<>();
                                for (HotlineTicketStore.Attachment attachment : held) {
                                    StoredFile file = described.get(attachment.fileId());
                                    if (file == null) {
                                        continue;
                                    }
                                    if (attachment.replySeq() == null) {
                                        own.add(file);
                                    } else {
                                        replies.computeIfAbsent(attachment.replySeq(), seq -> new ArrayList<>())
                                                .add(file);
                                    }
                                }
                                HotlineClock.Deadlines deadlines = ticket.deadlines(hotlineClock, now);
                                boolean canRate = submitterView
                                        && ticket.state() == HotlineState.REPLIED
                                        && deadlines.ratingDueOn() != null
                                        && !LocalDate.ofInstant(now, TimeConfiguration.CHINA)
                                                .isAfter(deadlines.ratingDueOn());
                                return new HotlineTicketView(
                                        ticket,
                                        stored.submission(),
                                        stored.receivedAt(),
                                        deadlines,
                                        found.getT1(),
                                        namesAndFiles.getT1(),
                                        own,
                                        replies,
                                        found.getT5().isEmpty()
                                                ? null
                                                : found.getT5().get(0),
                                        canRate,
                                        queryCode,
                                        suggestedLead,
                                        found.getT3(),
                                        staff == null ? List.of() : allowedActions(staff, ticket),
                                        null);
                            });
                });
    }

    private static HotlineEvent lastOf(HotlineTicket ticket, HotlineEventType type) {
        List<HotlineEvent> timeline = ticket.timeline();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).type() == type) {
                return timeline.get(i);
            }
        }
        return null;
    }

    private static PortalException invalid(String field, String messageKey) {
        return new PortalException(HttpStatus.BAD_REQUEST, "validation", List.of(new FieldProblem(field, messageKey)));
    }
}
