package cn.gongkai.hotline;

import cn.gongkai.identity.Role;
import cn.gongkai.platform.ConflictException;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.platform.TimeConfiguration;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * A ticket of the 12345 hotline (政务服务便民热线工单): what it is about, who handles it, where it stands and its
 * timeline. Every transition checks, in this order, that the ticket's state allows it (409), that the actor is the
 * one the rule names (403: the centre's dispatcher, the lead department's handler, the person who raised it), that
 * the input is complete (400 naming the field), and the time rules (409); then it changes the state and appends one
 * event, which it returns. Deadlines are derived from the timeline ({@link HotlineClock}), never stored.
 */
public final class HotlineTicket {

    /** The longest extension a ticket may get in all, in working days. */
    public static final int MAX_EXTENSION = 15;

    /**
     * Who does something: their subject, the role they act in and the agency they act for (null for the person who
     * raised the ticket and for the system).
     */
    public record Actor(
            String subject, @Nullable Role role, @Nullable UUID agencyId) {

        public Actor {
            Objects.requireNonNull(subject, "subject");
        }

        /** A 12345 dispatcher of the centre {@code centreId}. */
        public static Actor dispatcher(String subject, UUID centreId) {
            return new Actor(subject, Role.HOTLINE_DISPATCHER, centreId);
        }

        /** A handler of the department {@code departmentId}. */
        public static Actor handler(String subject, UUID departmentId) {
            return new Actor(subject, Role.DEPARTMENT_HANDLER, departmentId);
        }

        /** A person (citizen or an enterprise's representative) acting for themselves. */
        public static Actor person(String subject) {
            return new Actor(subject, null, null);
        }

        /** The portal itself, for steps taken because time passed. */
        public static Actor system() {
            return new Actor("system", null, null);
        }
    }

    private final UUID id;
    private final String number;
    private final HotlineType type;
    private final String categoryCode;
    private final UUID centreId;
    private final String submitter;
    private boolean urgent;
    private UUID leadDepartmentId;
    private List<UUID> assistingDepartmentIds;
    private HotlineState state;
    private final int version;
    private final List<HotlineEvent> timeline;
    private final List<HotlineEvent> newEvents = new ArrayList<>();

    /** A ticket as stored; {@link #receive} makes a new one. */
    public HotlineTicket(
            UUID id,
            String number,
            HotlineType type,
            String categoryCode,
            UUID centreId,
            String submitter,
            boolean urgent,
            @Nullable UUID leadDepartmentId,
            List<UUID> assistingDepartmentIds,
            HotlineState state,
            int version,
            List<HotlineEvent> timeline) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.type = Objects.requireNonNull(type, "type");
        this.categoryCode = Objects.requireNonNull(categoryCode, "categoryCode");
        this.centreId = Objects.requireNonNull(centreId, "centreId");
        this.submitter = Objects.requireNonNull(submitter, "submitter");
        this.urgent = urgent;
        this.leadDepartmentId = leadDepartmentId;
        this.assistingDepartmentIds = List.copyOf(assistingDepartmentIds);
        this.state = Objects.requireNonNull(state, "state");
        this.version = version;
        this.timeline = new ArrayList<>(timeline);
    }

    /**
     * 受理: a new ticket, taken in by the centre {@code centreId} from the person {@code submitter} (the subject they
     * sign in with, who alone may rate the reply), classified by {@code categoryCode} (GB/T 39666-2020). Taken in by a
     * dispatcher on the telephone, or by the person on-line.
     */
    public static HotlineTicket receive(
            UUID id,
            String number,
            HotlineType type,
            String categoryCode,
            UUID centreId,
            String submitter,
            Actor actor,
            Instant at) {
        if (!isDispatcherOf(centreId, actor) && !isPerson(submitter, actor)) {
            throw forbidden("hotline-not-dispatcher");
        }
        if (type == null) {
            throw invalid("type", "NotNull");
        }
        if (isBlank(categoryCode)) {
            throw invalid("categoryCode", "NotBlank");
        }
        if (isBlank(submitter)) {
            throw invalid("submitter", "NotBlank");
        }
        HotlineTicket ticket = new HotlineTicket(
                id,
                number,
                type,
                categoryCode.strip(),
                centreId,
                submitter,
                false,
                null,
                List.of(),
                HotlineState.RECEIVED,
                0,
                List.of());
        ticket.append(HotlineEventType.RECEIVED, actor, at, Map.of("type", type.name(), "category", categoryCode));
        return ticket;
    }

    // --- Transitions -------------------------------------------------------------------------------

    /**
     * 派单 to a lead department and its assisting departments; after a return, 改派 (recorded as such), to any
     * department, the one that returned it included when the dispatcher finds the return unfounded.
     */
    public HotlineEvent dispatch(UUID lead, List<UUID> assisting, boolean urgent, Actor dispatcher, Instant at) {
        require(HotlineAction.DISPATCH);
        requireDispatcher(dispatcher);
        if (lead == null) {
            throw invalid("leadDepartmentId", "NotNull");
        }
        List<UUID> others = assisting == null ? List.of() : List.copyOf(assisting);
        if (others.contains(lead)) {
            throw invalid("assistingDepartmentIds", "hotline.lead-also-assisting");
        }
        if (others.stream().distinct().count() != others.size()) {
            throw invalid("assistingDepartmentIds", "hotline.department-twice");
        }
        HotlineEventType eventType =
                state == HotlineState.RETURNED ? HotlineEventType.REDISPATCHED : HotlineEventType.DISPATCHED;
        this.leadDepartmentId = lead;
        this.assistingDepartmentIds = others;
        this.urgent = urgent;
        state = HotlineState.DISPATCHED;
        Map<String, String> details = new LinkedHashMap<>();
        details.put("lead", lead.toString());
        details.put("assisting", others.stream().map(UUID::toString).collect(Collectors.joining(",")));
        details.put("urgent", Boolean.toString(urgent));
        return append(eventType, dispatcher, at, details);
    }

    /** 签收 by the lead department. */
    public HotlineEvent accept(Actor handler, Instant at) {
        require(HotlineAction.ACCEPT);
        requireLeadHandler(handler);
        state = HotlineState.IN_PROGRESS;
        return append(HotlineEventType.ACCEPTED, handler, at, Map.of());
    }

    /**
     * 退单: the lead department objects that the matter is not theirs, with a reason, before it accepts and within the
     * return window counted in working days from the day of the dispatch.
     */
    public HotlineEvent returnTicket(String reason, Actor handler, Instant at, HotlineClock clock) {
        require(HotlineAction.RETURN);
        requireLeadHandler(handler);
        if (isBlank(reason)) {
            throw invalid("reason", "NotBlank");
        }
        LocalDate today = dayOf(at);
        LocalDate lastDay = clock.returnDueOn(timeline);
        clock.calendar().requireDecidable(lastDay, today);
        if (today.isAfter(lastDay)) {
            throw new ConflictException("hotline-return-too-late", lastDay.toString());
        }
        state = HotlineState.RETURNED;
        return append(
                HotlineEventType.RETURNED,
                handler,
                at,
                Map.of("reason", reason.strip(), "department", leadDepartmentId.toString()));
    }

    /** 答复 by the lead department, with the text of the reply and the ids of its attachments. */
    public HotlineEvent reply(String text, List<String> attachmentIds, Actor handler, Instant at) {
        require(HotlineAction.REPLY);
        requireLeadHandler(handler);
        if (isBlank(text)) {
            throw invalid("text", "NotBlank");
        }
        List<String> attachments = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
        state = HotlineState.REPLIED;
        // An extension still pending when the reply goes out is moot: the reply ends it.
        return append(
                HotlineEventType.REPLIED,
                handler,
                at,
                Map.of("text", text.strip(), "attachments", String.join(",", attachments)));
    }

    /**
     * 申请延期: the lead department asks for more working days, one request at a time, with a reason; never more than
     * {@value #MAX_EXTENSION} working days in all, and never for an urgent ticket, whose limit is hours.
     */
    public HotlineEvent requestExtension(int workingDays, String reason, Actor handler, Instant at) {
        require(HotlineAction.REQUEST_EXTENSION);
        requireLeadHandler(handler);
        if (workingDays < 1 || workingDays > MAX_EXTENSION) {
            throw invalid("workingDays", "hotline.extension-days", MAX_EXTENSION);
        }
        if (isBlank(reason)) {
            throw invalid("reason", "NotBlank");
        }
        if (urgent) {
            throw new ConflictException("hotline-extension-urgent");
        }
        if (extensionPending()) {
            throw new ConflictException("hotline-extension-pending");
        }
        int granted = extensionWorkingDays();
        if (granted + workingDays > MAX_EXTENSION) {
            throw new ConflictException("hotline-extension-cap", MAX_EXTENSION, granted, MAX_EXTENSION - granted);
        }
        return append(
                HotlineEventType.EXTENSION_REQUESTED,
                handler,
                at,
                Map.of("workingDays", Integer.toString(workingDays), "reason", reason.strip()));
    }

    /** 批准延期 by the dispatcher: the reply is due that many working days later. */
    public HotlineEvent approveExtension(Actor dispatcher, Instant at) {
        HotlineEvent requested = pendingExtension(HotlineAction.APPROVE_EXTENSION, dispatcher);
        return append(
                HotlineEventType.EXTENSION_APPROVED,
                dispatcher,
                at,
                Map.of("workingDays", requested.detail("workingDays"), "reason", requested.detail("reason")));
    }

    /** 不批准延期 by the dispatcher, with a reason for the department. */
    public HotlineEvent declineExtension(String reason, Actor dispatcher, Instant at) {
        pendingExtension(HotlineAction.DECLINE_EXTENSION, dispatcher);
        if (isBlank(reason)) {
            throw invalid("reason", "NotBlank");
        }
        return append(HotlineEventType.EXTENSION_DECLINED, dispatcher, at, Map.of("reason", reason.strip()));
    }

    /**
     * 评价 by the person who raised the ticket, within the rating window. 满意 and 基本满意 close it; a first 不满意
     * reopens it (重办) to the same lead department under supervision (督办); a second 不满意 closes it.
     */
    public HotlineEvent rate(HotlineRating rating, String comment, Actor submitter, Instant at, HotlineClock clock) {
        require(HotlineAction.RATE);
        if (!isSubmitter(submitter)) {
            throw forbidden("hotline-not-submitter");
        }
        if (rating == null) {
            throw invalid("rating", "NotNull");
        }
        LocalDate lastDay = clock.ratingDueOn(timeline);
        if (dayOf(at).isAfter(lastDay)) {
            throw new ConflictException("hotline-rating-too-late", lastDay.toString());
        }
        boolean reopens = rating == HotlineRating.UNSATISFIED && !wasReopened();
        state = reopens ? HotlineState.REOPENED : HotlineState.CLOSED;
        Map<String, String> details = new LinkedHashMap<>();
        details.put("rating", rating.name());
        details.put("comment", isBlank(comment) ? "" : comment.strip());
        details.put("reopened", Boolean.toString(reopens));
        return append(HotlineEventType.RATED, submitter, at, details);
    }

    /**
     * 并单回访评价: the person whose ticket was merged into {@code lead} gets the lead's reply as their own answer and
     * rates it, once per reply, within the rating window counted from that reply, as the lead's own submitter does.
     * The rating is theirs and counts for their ticket, which stays merged: it neither closes nor reopens the lead,
     * which only its own submitter's rating can.
     */
    public HotlineEvent rateLeadReply(
            HotlineTicket lead, HotlineRating rating, String comment, Actor submitter, Instant at, HotlineClock clock) {
        if (state != HotlineState.MERGED) {
            throw new ConflictException("hotline-illegal-transition", HotlineAction.RATE.slug(), state.name());
        }
        if (!isSubmitter(submitter)) {
            throw forbidden("hotline-not-submitter");
        }
        if (rating == null) {
            throw invalid("rating", "NotNull");
        }
        HotlineEvent reply = replyToRate(lead);
        if (reply == null) {
            throw new ConflictException("hotline-illegal-transition", HotlineAction.RATE.slug(), lead.state.name());
        }
        LocalDate lastDay = reply.occurredOn().plusDays(clock.limits().ratingDays());
        if (dayOf(at).isAfter(lastDay)) {
            throw new ConflictException("hotline-rating-too-late", lastDay.toString());
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("rating", rating.name());
        details.put("comment", isBlank(comment) ? "" : comment.strip());
        details.put("reopened", "false");
        details.put("leadTicket", lead.number);
        details.put("replySeq", Integer.toString(reply.seq()));
        return append(HotlineEventType.RATED, submitter, at, details);
    }

    /**
     * Whether the person of this merged ticket may rate the lead's reply at {@code now}: the lead has a reply they
     * have not rated, and its rating window is open.
     */
    public boolean mayRateLeadReply(HotlineTicket lead, HotlineClock clock, Instant now) {
        HotlineEvent reply = state == HotlineState.MERGED ? replyToRate(lead) : null;
        return reply != null
                && !dayOf(now)
                        .isAfter(reply.occurredOn().plusDays(clock.limits().ratingDays()));
    }

    /** The lead's latest reply when this ticket was merged into it and has not rated that reply yet; else null. */
    private HotlineEvent replyToRate(HotlineTicket lead) {
        if (lead == null || !lead.number.equals(mergedInto())) {
            return null;
        }
        HotlineEvent reply = lead.lastOf(HotlineEventType.REPLIED);
        if (reply == null) {
            return null;
        }
        boolean rated = timeline.stream()
                .anyMatch(event -> event.type() == HotlineEventType.RATED
                        && Integer.toString(reply.seq()).equals(event.detail("replySeq")));
        return rated ? null : reply;
    }

    /** 逾期未评价: the system closes a reply nobody rated once the rating window is over. */
    public HotlineEvent closeUnrated(Instant at, HotlineClock clock) {
        require(HotlineAction.CLOSE_UNRATED);
        LocalDate lastDay = clock.ratingDueOn(timeline);
        if (!dayOf(at).isAfter(lastDay)) {
            throw new ConflictException("hotline-rating-still-open", lastDay.toString());
        }
        state = HotlineState.CLOSED;
        return append(HotlineEventType.CLOSED_UNRATED, Actor.system(), at, Map.of());
    }

    /**
     * 并单: a repeat of a matter already raised, merged by the dispatcher into {@code lead}, an open ticket of the same
     * centre and category that is not itself merged, before this one is dispatched.
     */
    public HotlineEvent mergeInto(HotlineTicket lead, Actor dispatcher, Instant at) {
        require(HotlineAction.MERGE);
        requireDispatcher(dispatcher);
        if (lead == null) {
            throw invalid("leadTicketNumber", "NotNull");
        }
        if (lead.number.equals(number)) {
            throw invalid("leadTicketNumber", "hotline.merge-into-itself");
        }
        if (!lead.centreId.equals(centreId)) {
            throw new ConflictException("hotline-merge-other-centre", lead.number);
        }
        if (!lead.categoryCode.equals(categoryCode)) {
            throw new ConflictException("hotline-merge-other-category", lead.number, lead.categoryCode, categoryCode);
        }
        if (lead.state.isFinal()) {
            throw new ConflictException("hotline-merge-lead-final", lead.number, lead.state.name());
        }
        state = HotlineState.MERGED;
        return append(HotlineEventType.MERGED, dispatcher, at, Map.of("leadTicket", lead.number));
    }

    /**
     * 知识库直接答复: an enquiry (咨询) answered at once with an entry of the knowledge base (GB/T 44191-2024), by the
     * dispatcher on the telephone or by the person on-line (自助), never dispatched.
     */
    public HotlineEvent answerFromKnowledgeBase(String entryId, Actor actor, Instant at) {
        require(HotlineAction.ANSWER_FROM_KNOWLEDGE_BASE);
        if (!isDispatcher(actor) && !isSubmitter(actor)) {
            throw forbidden("hotline-not-dispatcher");
        }
        if (type != HotlineType.ENQUIRY) {
            throw new ConflictException("hotline-knowledge-base-enquiries-only", type.name());
        }
        if (isBlank(entryId)) {
            throw invalid("entryId", "NotBlank");
        }
        state = HotlineState.ANSWERED_BY_KNOWLEDGE_BASE;
        return append(HotlineEventType.ANSWERED_BY_KNOWLEDGE_BASE, actor, at, Map.of("entryId", entryId.strip()));
    }

    /**
     * 期限确定: the holiday arrangement of {@code year} was entered, so the time limits counted on its estimate are
     * recomputed on the calendar as it now stands; the timeline notes the dates they came to. Nothing for a closed
     * ticket, whose limits no longer run.
     */
    public HotlineEvent confirmDeadlines(int year, HotlineClock clock, Instant at) {
        if (state.isFinal()) {
            return null;
        }
        HotlineClock.Deadlines deadlines = deadlines(clock, at);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("year", Integer.toString(year));
        if (deadlines.acceptance() != null) {
            details.put("acceptanceDueOn", deadlines.acceptance().on().toString());
        }
        if (deadlines.reply() != null) {
            details.put("replyDueOn", deadlines.reply().on().toString());
        }
        details.put("provisional", Boolean.toString(deadlines.provisionalYear() != null));
        return append(HotlineEventType.DEADLINES_CONFIRMED, new Actor("working-day-calendar", null, null), at, details);
    }

    // --- Questions ---------------------------------------------------------------------------------

    /** The deadlines as they stand at {@code now}. */
    public HotlineClock.Deadlines deadlines(HotlineClock clock, Instant now) {
        return clock.deadlines(type, timeline, now);
    }

    /** Whether a requested extension awaits the dispatcher's decision. */
    public boolean extensionPending() {
        boolean pending = false;
        for (HotlineEvent event : timeline) {
            switch (event.type()) {
                case EXTENSION_REQUESTED -> pending = true;
                case EXTENSION_APPROVED, EXTENSION_DECLINED, REPLIED -> pending = false;
                default -> {}
            }
        }
        return pending;
    }

    /** Working days of extension approved so far. */
    public int extensionWorkingDays() {
        return timeline.stream()
                .filter(event -> event.type() == HotlineEventType.EXTENSION_APPROVED)
                .mapToInt(event -> event.intDetail("workingDays"))
                .sum();
    }

    /** Whether the ticket was reopened after a first 不满意: it is then under supervision (督办). */
    public boolean wasReopened() {
        return timeline.stream()
                .anyMatch(event -> event.type() == HotlineEventType.RATED && "true".equals(event.detail("reopened")));
    }

    /** The last rating given, or null. */
    public HotlineRating rating() {
        HotlineEvent rated = lastOf(HotlineEventType.RATED);
        return rated == null ? null : HotlineRating.valueOf(rated.detail("rating"));
    }

    /** The number of the ticket this one was merged into, or null. */
    public String mergedInto() {
        HotlineEvent merged = lastOf(HotlineEventType.MERGED);
        return merged == null ? null : merged.detail("leadTicket");
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public HotlineType type() {
        return type;
    }

    public String categoryCode() {
        return categoryCode;
    }

    /** The hotline centre (12345 热线工作机构) that took the ticket in and dispatches it. */
    public UUID centreId() {
        return centreId;
    }

    public String submitter() {
        return submitter;
    }

    public boolean urgent() {
        return urgent;
    }

    /** The lead department (主办单位); null before dispatch. */
    public UUID leadDepartmentId() {
        return leadDepartmentId;
    }

    /** The assisting departments (协办单位). */
    public List<UUID> assistingDepartmentIds() {
        return assistingDepartmentIds;
    }

    public HotlineState state() {
        return state;
    }

    /** The version read from storage; saving checks nobody saved another in between. */
    public int version() {
        return version;
    }

    public List<HotlineEvent> timeline() {
        return List.copyOf(timeline);
    }

    /** Events appended since loading, to be stored with the new state. */
    public List<HotlineEvent> newEvents() {
        return List.copyOf(newEvents);
    }

    // --- Rules -------------------------------------------------------------------------------------

    /**
     * 409 unless {@code action} is allowed in the present state: checked first, before the actor, the input or any
     * date, so that an illegal step is refused as such.
     */
    public void require(HotlineAction action) {
        if (!action.isAllowedIn(state)) {
            throw new ConflictException("hotline-illegal-transition", action.slug(), state.name());
        }
    }

    private HotlineEvent pendingExtension(HotlineAction action, Actor dispatcher) {
        require(action);
        requireDispatcher(dispatcher);
        if (!extensionPending()) {
            throw new ConflictException("hotline-no-extension-pending");
        }
        return lastOf(HotlineEventType.EXTENSION_REQUESTED);
    }

    private boolean isDispatcher(Actor actor) {
        return isDispatcherOf(centreId, actor);
    }

    private boolean isSubmitter(Actor actor) {
        return isPerson(submitter, actor);
    }

    private static boolean isDispatcherOf(UUID centreId, Actor actor) {
        return actor != null && actor.role() == Role.HOTLINE_DISPATCHER && Objects.equals(centreId, actor.agencyId());
    }

    /** The person themselves, acting in no staff role: staff do not rate for them. */
    private static boolean isPerson(String submitter, Actor actor) {
        return actor != null
                && actor.role() == null
                && actor.agencyId() == null
                && actor.subject().equals(submitter);
    }

    private void requireDispatcher(Actor actor) {
        if (!isDispatcher(actor)) {
            throw forbidden("hotline-not-dispatcher");
        }
    }

    private void requireLeadHandler(Actor actor) {
        if (actor == null
                || actor.role() != Role.DEPARTMENT_HANDLER
                || leadDepartmentId == null
                || !leadDepartmentId.equals(actor.agencyId())) {
            throw forbidden("hotline-not-lead-department");
        }
    }

    private HotlineEvent lastOf(HotlineEventType eventType) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).type() == eventType) {
                return timeline.get(i);
            }
        }
        return null;
    }

    private HotlineEvent append(HotlineEventType eventType, Actor actor, Instant at, Map<String, String> details) {
        Objects.requireNonNull(at, "at");
        if (!timeline.isEmpty() && at.isBefore(timeline.get(timeline.size() - 1).occurredAt())) {
            throw invalid("at", "hotline.before-previous-step");
        }
        HotlineEvent event = new HotlineEvent(
                timeline.size() + 1,
                eventType,
                at,
                dayOf(at),
                actor.subject(),
                actor.role() == null ? null : actor.role().name(),
                actor.agencyId(),
                details);
        timeline.add(event);
        newEvents.add(event);
        return event;
    }

    /** The day in Beijing an instant falls on: the day working-day periods count from. */
    static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, TimeConfiguration.CHINA);
    }

    private static PortalException forbidden(String slug) {
        return new PortalException(HttpStatus.FORBIDDEN, slug);
    }

    private static PortalException invalid(String field, String messageKey, Object... arguments) {
        return new PortalException(
                HttpStatus.BAD_REQUEST, "validation", List.of(new FieldProblem(field, messageKey, arguments)));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
