package cn.gongkai.disclosure;

import cn.gongkai.identity.RemedyBodies;
import cn.gongkai.platform.ConflictException;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.shared.WorkingDayCalendar;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * A request for government information (政府信息公开申请): the application, where it stands and its timeline.
 * Every transition checks that the Regulations allow it now, changes the state and appends to the timeline;
 * the deadline is derived from the timeline ({@link DisclosureClock}), never stored.
 */
public final class DisclosureRequest {

    /** How the application reached the agency (Art. 31 fixes the day of receipt for each). */
    public enum ReceiptChannel {
        /** 网上申请: received the day it is confirmed, or the next working day */
        ONLINE,
        /** 当面提交 */
        IN_PERSON,
        /** 邮寄: received the day the agency signs for it */
        POST,
        /** 传真 */
        FAX
    }

    /** Who does something: their subject and the role they act in. */
    public record Actor(String subject, String role) {}

    /**
     * The reply as decided (答复), with what each kind of reply must state (Arts. 36–39): the reasons for what is
     * withheld or cannot be provided, the withheld parts of a partial disclosure, the legal basis where no single
     * article governs, the earlier request a repeated one repeats, and for information released the information
     * itself or how, where and when to obtain it. Checked here, whoever replies: the web form, a paper reply or a
     * scheduled job.
     *
     * @param legalBasis as stated; the outcome's own article when left blank
     * @param whereAlreadyPublished where information already published on the agency's own initiative is found
     *     (Art. 36(一))
     * @param accessArrangements how, where and when the applicant obtains information released but not sent with
     *     the reply (获取方式、途径和时间, Art. 36(二))
     */
    public record Reply(
            DisclosureOutcome outcome,
            @Nullable String legalBasis,
            @Nullable String explanation,
            @Nullable String withheldParts,
            @Nullable String competentAgency,
            @Nullable String whereAlreadyPublished,
            @Nullable String accessArrangements,
            @Nullable String repeatOf) {

        public Reply {
            legalBasis = trimmed(legalBasis);
            if (legalBasis == null && outcome != null) {
                legalBasis = outcome.defaultLegalBasis();
            }
            explanation = trimmed(explanation);
            withheldParts = trimmed(withheldParts);
            competentAgency = trimmed(competentAgency);
            whereAlreadyPublished = trimmed(whereAlreadyPublished);
            accessArrangements = trimmed(accessArrangements);
            repeatOf = trimmed(repeatOf);
        }

        /** What this reply lacks for its outcome, field by field; empty when it may be sent. */
        public List<FieldProblem> problems(List<String> releasedDocumentIds) {
            List<FieldProblem> problems = new ArrayList<>();
            if (outcome == null) {
                problems.add(new FieldProblem("outcome", "NotNull"));
                return problems;
            }
            if (!outcome.isReply()) {
                problems.add(new FieldProblem("outcome", "disclosure.outcome-not-a-reply"));
            }
            if (outcome.needsExplanation() && explanation == null) {
                problems.add(new FieldProblem("explanation", "disclosure.explanation-needed"));
            }
            if (outcome == DisclosureOutcome.PARTLY_DISCLOSED && withheldParts == null) {
                problems.add(new FieldProblem("withheldParts", "disclosure.withheld-parts-needed"));
            }
            if (legalBasis == null) {
                problems.add(new FieldProblem("legalBasis", "disclosure.legal-basis-needed"));
            }
            if (outcome == DisclosureOutcome.NOT_PROCESSED_REPEATED && repeatOf == null) {
                problems.add(new FieldProblem("repeatOf", "disclosure.repeat-of-needed"));
            }
            // Art. 36(二), Art. 37: what is released is provided, or the applicant is told how, where and when.
            boolean releases = outcome == DisclosureOutcome.DISCLOSED || outcome == DisclosureOutcome.PARTLY_DISCLOSED;
            if (releases
                    && releasedDocumentIds.isEmpty()
                    && accessArrangements == null
                    && whereAlreadyPublished == null) {
                problems.add(new FieldProblem("documents", "disclosure.released-information-needed"));
            }
            return problems;
        }

        private static String trimmed(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    private final UUID id;
    private final String number;
    private final UUID agencyId;
    private final ReceiptChannel receiptChannel;
    private final UUID applicantUserId;
    private final Application application;
    private DisclosureState state;
    private DisclosureOutcome outcome;
    private LocalDate closedOn;
    private String assignee;
    private boolean extensionPending;
    private final int version;
    private final List<DisclosureEvent> timeline;
    private final List<DisclosureEvent> newEvents = new ArrayList<>();

    public DisclosureRequest(
            UUID id,
            String number,
            UUID agencyId,
            ReceiptChannel receiptChannel,
            UUID applicantUserId,
            Application application,
            DisclosureState state,
            DisclosureOutcome outcome,
            LocalDate closedOn,
            String assignee,
            boolean extensionPending,
            int version,
            List<DisclosureEvent> timeline) {
        this.id = id;
        this.number = number;
        this.agencyId = agencyId;
        this.receiptChannel = receiptChannel;
        this.applicantUserId = applicantUserId;
        this.application = application;
        this.state = state;
        this.outcome = outcome;
        this.closedOn = closedOn;
        this.assignee = assignee;
        this.extensionPending = extensionPending;
        this.version = version;
        this.timeline = new ArrayList<>(timeline);
    }

    /**
     * A new request, received on {@code receivedOn}; {@code confirmedOn} is the day an on-line application was
     * confirmed when that was not a working day, else null. The receipt's deadline is kept with the receipt
     * ({@code statedDueOn}, and {@code statedProvisional} when it was counted on a year not yet entered), so that the
     * receipt (回执) states what was true when it was issued, whatever happens later.
     */
    public static DisclosureRequest receive(
            UUID id,
            String number,
            UUID agencyId,
            ReceiptChannel channel,
            UUID applicantUserId,
            Application application,
            LocalDate receivedOn,
            LocalDate confirmedOn,
            WorkingDayCalendar calendar,
            Actor actor,
            Instant now) {
        DisclosureRequest request = new DisclosureRequest(
                id,
                number,
                agencyId,
                channel,
                applicantUserId,
                application,
                DisclosureState.RECEIVED,
                null,
                null,
                null,
                false,
                0,
                List.of());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("channel", channel.name());
        if (confirmedOn != null) {
            details.put("confirmedOn", confirmedOn.toString());
        }
        LocalDate dueOn = calendar.plusWorkingDays(receivedOn, DisclosureClock.REPLY_PERIOD);
        details.put("statedDueOn", dueOn.toString());
        details.put("statedProvisional", Boolean.toString(calendar.isProvisional(dueOn)));
        request.append(DisclosureEventType.RECEIVED, receivedOn, actor, now, details);
        return request;
    }

    // --- Transitions -------------------------------------------------------------------------------

    public void accept(Actor actor, LocalDate today, Instant now) {
        require(DisclosureAction.ACCEPT);
        state = DisclosureState.IN_PROGRESS;
        append(DisclosureEventType.ACCEPTED, today, actor, now, Map.of());
    }

    public void assign(String officer, Actor actor, LocalDate today, Instant now) {
        require(DisclosureAction.ASSIGN);
        assignee = officer;
        append(DisclosureEventType.ASSIGNED, today, actor, now, Map.of("assignee", officer));
    }

    /**
     * Art. 30: one notice listing every correction, within 7 working days of receipt, with a deadline: {@code dueOn},
     * or {@code period} working days from today when null.
     */
    public void requestCorrection(
            List<String> items,
            LocalDate dueOn,
            int period,
            WorkingDayCalendar calendar,
            Actor actor,
            LocalDate today,
            Instant now) {
        require(DisclosureAction.REQUEST_CORRECTION);
        if (timeline.stream().anyMatch(event -> event.type() == DisclosureEventType.CORRECTION_REQUESTED)) {
            throw new ConflictException("disclosure-correction-once");
        }
        LocalDate lastDay = DisclosureClock.correctionNoticeDueOn(calendar, receivedOn());
        calendar.requireDecidable(lastDay, today);
        if (today.isAfter(lastDay)) {
            throw new ConflictException("disclosure-correction-too-late", lastDay.toString());
        }
        dueOn = dueOn != null ? dueOn : calendar.plusWorkingDays(today, period);
        if (!dueOn.isAfter(today)) {
            throw invalid("dueOn", "disclosure.date-not-after-today");
        }
        state = DisclosureState.AWAITING_CORRECTION;
        append(
                DisclosureEventType.CORRECTION_REQUESTED,
                today,
                actor,
                now,
                Map.of("items", String.join("\n", items), "dueOn", dueOn.toString()));
    }

    /** The corrected application arrived on {@code arrivedOn}: the 20 working days start again from it. */
    public void receiveCorrection(
            Application.RequestedInformation corrected,
            String note,
            LocalDate arrivedOn,
            Actor actor,
            LocalDate today,
            Instant now) {
        require(DisclosureAction.RECEIVE_CORRECTION);
        requirePastDay("occurredOn", arrivedOn, today);
        state = DisclosureState.IN_PROGRESS;
        Map<String, String> details = new LinkedHashMap<>();
        details.put("title", nullToEmpty(corrected.title()));
        details.put("documentNumber", nullToEmpty(corrected.documentNumber()));
        details.put("description", nullToEmpty(corrected.description()));
        details.put("note", nullToEmpty(note));
        append(DisclosureEventType.CORRECTION_RECEIVED, arrivedOn, actor, now, details);
    }

    /** Art. 30: not corrected by the deadline, the application is treated as abandoned. */
    public void lapse(WorkingDayCalendar calendar, Actor actor, LocalDate today, Instant now) {
        require(DisclosureAction.LAPSE);
        LocalDate dueOn = deadline(calendar, today).correctionDueOn();
        if (!today.isAfter(dueOn)) {
            throw new ConflictException("disclosure-correction-still-open", dueOn.toString());
        }
        close(DisclosureState.LAPSED, DisclosureOutcome.OTHER_NO_CORRECTION, today);
        append(DisclosureEventType.LAPSED, today, actor, now, Map.of());
    }

    /** Arts. 32, 34: ask a third party or another agency; the clock stops from the day after {@code sentOn}. */
    public void consult(String party, String partyName, LocalDate sentOn, Actor actor, LocalDate today, Instant now) {
        require(DisclosureAction.CONSULT);
        requirePastDay("occurredOn", sentOn, today);
        state = DisclosureState.AWAITING_OPINION;
        append(
                DisclosureEventType.CONSULTATION_SENT,
                sentOn,
                actor,
                now,
                Map.of("party", party, "partyName", partyName));
    }

    /**
     * The opinion arrived on {@code arrivedOn}; a party that said nothing ({@code silent}) can only be recorded
     * once its 15 working days are over.
     */
    public void receiveOpinion(
            String opinion,
            String summary,
            LocalDate arrivedOn,
            WorkingDayCalendar calendar,
            Actor actor,
            LocalDate today,
            Instant now) {
        require(DisclosureAction.RECEIVE_OPINION);
        requirePastDay("occurredOn", arrivedOn, today);
        boolean silent = "SILENT".equals(opinion);
        if (silent) {
            LocalDate sentOn = lastOf(DisclosureEventType.CONSULTATION_SENT).occurredOn();
            LocalDate lastDay = calendar.plusWorkingDays(sentOn, DisclosureClock.CONSULTATION_PERIOD);
            calendar.requireDecidable(lastDay, arrivedOn);
            if (!arrivedOn.isAfter(lastDay)) {
                throw new ConflictException("disclosure-consultation-still-open", lastDay.toString());
            }
        }
        state = DisclosureState.IN_PROGRESS;
        append(
                DisclosureEventType.OPINION_RECEIVED,
                arrivedOn,
                actor,
                now,
                Map.of("opinion", opinion, "summary", nullToEmpty(summary), "silent", Boolean.toString(silent)));
    }

    /** Art. 33: the officer asks for up to 20 more working days, before the first deadline. */
    public void requestExtension(
            int workingDays, String reason, WorkingDayCalendar calendar, Actor actor, LocalDate today, Instant now) {
        require(DisclosureAction.REQUEST_EXTENSION);
        if (workingDays < 1 || workingDays > DisclosureClock.MAX_EXTENSION) {
            throw invalid("workingDays", "disclosure.extension-days");
        }
        if (extensionPending || hasExtension()) {
            throw new ConflictException("disclosure-extension-once");
        }
        requireBeforeFirstDeadline(calendar, today);
        extensionPending = true;
        append(
                DisclosureEventType.EXTENSION_REQUESTED,
                today,
                actor,
                now,
                Map.of("workingDays", Integer.toString(workingDays), "reason", reason));
    }

    /** The head of the OGI office approves, before the first deadline; the applicant is told. */
    public void approveExtension(WorkingDayCalendar calendar, Actor actor, LocalDate today, Instant now) {
        DisclosureEvent requested = pendingExtension(DisclosureAction.APPROVE_EXTENSION, actor);
        requireBeforeFirstDeadline(calendar, today);
        extensionPending = false;
        append(
                DisclosureEventType.EXTENSION_APPROVED,
                today,
                actor,
                now,
                Map.of("workingDays", requested.detail("workingDays"), "reason", requested.detail("reason")));
    }

    public void declineExtension(String reason, Actor actor, LocalDate today, Instant now) {
        pendingExtension(DisclosureAction.DECLINE_EXTENSION, actor);
        extensionPending = false;
        append(DisclosureEventType.EXTENSION_DECLINED, today, actor, now, Map.of("reason", nullToEmpty(reason)));
    }

    /**
     * Art. 42: a fee notice stops the clock until paid; it is due on {@code dueOn}, or {@code period} working days
     * from today when null.
     */
    public void notifyFee(
            InformationProcessingFee.Method method,
            int quantity,
            int amount,
            String reason,
            LocalDate dueOn,
            int period,
            WorkingDayCalendar calendar,
            Actor actor,
            LocalDate today,
            Instant now) {
        require(DisclosureAction.NOTIFY_FEE);
        if (amount <= 0) {
            throw new ConflictException("disclosure-fee-nothing-to-charge", Integer.toString(quantity));
        }
        dueOn = dueOn != null ? dueOn : calendar.plusWorkingDays(today, period);
        if (!dueOn.isAfter(today)) {
            throw invalid("dueOn", "disclosure.date-not-after-today");
        }
        state = DisclosureState.AWAITING_FEE;
        append(
                DisclosureEventType.FEE_NOTIFIED,
                today,
                actor,
                now,
                Map.of(
                        "method",
                        method.name(),
                        "quantity",
                        Integer.toString(quantity),
                        "amount",
                        Integer.toString(amount),
                        "reason",
                        reason,
                        "dueOn",
                        dueOn.toString()));
    }

    public void receivePayment(LocalDate paidOn, Actor actor, LocalDate today, Instant now) {
        require(DisclosureAction.RECEIVE_PAYMENT);
        requirePastDay("occurredOn", paidOn, today);
        state = DisclosureState.IN_PROGRESS;
        append(DisclosureEventType.FEE_PAID, paidOn, actor, now, Map.of());
    }

    /** Not paid by the notice's deadline: no longer processed. */
    public void closeUnpaid(Actor actor, LocalDate today, Instant now) {
        require(DisclosureAction.CLOSE_UNPAID);
        LocalDate dueOn = lastOf(DisclosureEventType.FEE_NOTIFIED).dateDetail("dueOn");
        if (!today.isAfter(dueOn)) {
            throw new ConflictException("disclosure-fee-still-open", dueOn.toString());
        }
        close(DisclosureState.FEE_UNPAID, DisclosureOutcome.OTHER_FEE_UNPAID, today);
        append(DisclosureEventType.FEE_UNPAID, today, actor, now, Map.of());
    }

    /**
     * Arts. 36–39: the lawful reply, complete for its outcome ({@link Reply#problems}), else a 400 naming each gap.
     * The remedy bodies the reply names are kept with it, so that its letter names them as they were when it was
     * made, whatever the directory says later.
     */
    public void reply(
            Reply reply, List<String> documentIds, RemedyBodies remedies, Actor actor, LocalDate today, Instant now) {
        require(DisclosureAction.REPLY);
        List<FieldProblem> problems = reply.problems(documentIds);
        if (!problems.isEmpty()) {
            throw new PortalException(HttpStatus.BAD_REQUEST, "validation", problems);
        }
        if (extensionPending) {
            throw new ConflictException("disclosure-extension-pending");
        }
        close(DisclosureState.ANSWERED, reply.outcome(), today);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("outcome", reply.outcome().name());
        details.put("legalBasis", reply.legalBasis());
        details.put("explanation", nullToEmpty(reply.explanation()));
        details.put("withheldParts", nullToEmpty(reply.withheldParts()));
        details.put("competentAgency", nullToEmpty(reply.competentAgency()));
        details.put("whereAlreadyPublished", nullToEmpty(reply.whereAlreadyPublished()));
        details.put("accessArrangements", nullToEmpty(reply.accessArrangements()));
        details.put("repeatOf", nullToEmpty(reply.repeatOf()));
        details.put("documents", String.join(",", documentIds));
        details.put("reconsiderationBody", nullToEmpty(remedies.reconsiderationBody()));
        details.put("competentCourt", nullToEmpty(remedies.competentCourt()));
        append(DisclosureEventType.REPLIED, today, actor, now, details);
    }

    /**
     * The working-day calendar now holds {@code year}: the deadline, provisional while it counted on that year, is
     * final. Recorded on the timeline with the final dates, so officer and applicant see that it became final and
     * when; a closed request keeps the dates it was closed with.
     */
    public void confirmDeadline(int year, WorkingDayCalendar calendar, Actor actor, LocalDate today, Instant now) {
        if (state.isFinal()) {
            return;
        }
        DisclosureClock.Deadline deadline = deadline(calendar, today);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("year", Integer.toString(year));
        if (deadline.dueOn() != null) {
            details.put("dueOn", deadline.dueOn().toString());
        }
        details.put("provisional", Boolean.toString(deadline.provisionalYear() != null));
        append(DisclosureEventType.DEADLINE_CONFIRMED, today, actor, now, details);
    }

    /** The applicant withdraws before an answer; counted under （六）其他处理 3. 其他. */
    public void withdraw(String reason, Actor actor, LocalDate today, Instant now) {
        require(DisclosureAction.WITHDRAW);
        extensionPending = false;
        close(DisclosureState.WITHDRAWN, DisclosureOutcome.OTHER, today);
        append(DisclosureEventType.WITHDRAWN, today, actor, now, Map.of("reason", nullToEmpty(reason)));
    }

    // --- Questions ---------------------------------------------------------------------------------

    public DisclosureClock.Deadline deadline(WorkingDayCalendar calendar, LocalDate today) {
        return DisclosureClock.deadline(calendar, timeline, today);
    }

    public LocalDate receivedOn() {
        return timeline.get(0).occurredOn();
    }

    /** The information sought as it now stands: the latest correction replaces the original. */
    public Application.RequestedInformation information() {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            DisclosureEvent event = timeline.get(i);
            if (event.type() == DisclosureEventType.CORRECTION_RECEIVED) {
                return new Application.RequestedInformation(
                        emptyToNull(event.detail("title")),
                        emptyToNull(event.detail("documentNumber")),
                        event.detail("description"));
            }
        }
        return application.information();
    }

    /** The reply, once answered. */
    public Reply reply() {
        if (state != DisclosureState.ANSWERED) {
            return null;
        }
        DisclosureEvent replied = lastOf(DisclosureEventType.REPLIED);
        return new Reply(
                DisclosureOutcome.valueOf(replied.detail("outcome")),
                replied.detail("legalBasis"),
                emptyToNull(replied.detail("explanation")),
                emptyToNull(replied.detail("withheldParts")),
                emptyToNull(replied.detail("competentAgency")),
                emptyToNull(replied.detail("whereAlreadyPublished")),
                emptyToNull(replied.detail("accessArrangements")),
                emptyToNull(replied.detail("repeatOf")));
    }

    /**
     * The remedy bodies the reply named when it was made; null before the reply, and for replies made before they
     * were kept with it.
     */
    public RemedyBodies remedyBodies() {
        if (state != DisclosureState.ANSWERED) {
            return null;
        }
        DisclosureEvent replied = lastOf(DisclosureEventType.REPLIED);
        if (replied.detail("reconsiderationBody") == null) {
            return null;
        }
        return new RemedyBodies(
                emptyToNull(replied.detail("reconsiderationBody")), emptyToNull(replied.detail("competentCourt")));
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public ReceiptChannel receiptChannel() {
        return receiptChannel;
    }

    public UUID applicantUserId() {
        return applicantUserId;
    }

    public Application application() {
        return application;
    }

    public DisclosureState state() {
        return state;
    }

    public DisclosureOutcome outcome() {
        return outcome;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String assignee() {
        return assignee;
    }

    public boolean extensionPending() {
        return extensionPending;
    }

    /** The version read from storage; saving checks nobody saved another in between. */
    public int version() {
        return version;
    }

    public List<DisclosureEvent> timeline() {
        return List.copyOf(timeline);
    }

    /** Every file the request refers to: the attachments, the power of attorney, the documents released. */
    public List<String> fileIds() {
        List<String> ids = new ArrayList<>(application.attachmentIds());
        Application.Agent agent = application.applicant().agent();
        if (agent != null && agent.powerOfAttorneyId() != null) {
            ids.add(agent.powerOfAttorneyId());
        }
        timeline.stream()
                .map(event -> event.detail("documents"))
                .filter(documents -> documents != null && !documents.isEmpty())
                .forEach(documents -> ids.addAll(List.of(documents.split(","))));
        return ids;
    }

    /** Events appended since loading, to be stored with the new state. */
    public List<DisclosureEvent> newEvents() {
        return List.copyOf(newEvents);
    }

    // --- Rules -------------------------------------------------------------------------------------

    /**
     * 409 unless the Regulations allow {@code action} in the present state: checked first, before anything is looked
     * up or any date is computed, so an illegal action is refused as such whatever the calendar holds.
     */
    public void require(DisclosureAction action) {
        if (!action.isAllowedIn(state)) {
            throw new ConflictException("disclosure-illegal-transition", action.slug(), state.name());
        }
    }

    private DisclosureEvent pendingExtension(DisclosureAction action, Actor actor) {
        require(action);
        if (!extensionPending) {
            throw new ConflictException("disclosure-no-extension-pending");
        }
        DisclosureEvent requested = lastOf(DisclosureEventType.EXTENSION_REQUESTED);
        if (requested.actor().equals(actor.subject())) {
            throw new PortalException(HttpStatus.FORBIDDEN, "disclosure-extension-own-request");
        }
        return requested;
    }

    private void requireBeforeFirstDeadline(WorkingDayCalendar calendar, LocalDate today) {
        LocalDate firstDueOn = deadline(calendar, today).firstDueOn();
        if (firstDueOn != null) {
            calendar.requireDecidable(firstDueOn, today);
        }
        if (firstDueOn != null && today.isAfter(firstDueOn)) {
            throw new ConflictException("disclosure-extension-too-late", firstDueOn.toString());
        }
    }

    private boolean hasExtension() {
        return timeline.stream().anyMatch(event -> event.type() == DisclosureEventType.EXTENSION_APPROVED);
    }

    /** A day something happened off-line: not in the future and not before the last recorded step. */
    private void requirePastDay(String field, LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw invalid(field, "disclosure.date-in-future");
        }
        LocalDate previous = timeline.get(timeline.size() - 1).occurredOn();
        if (day.isBefore(previous)) {
            throw invalid(field, "disclosure.date-before-previous", previous.toString());
        }
    }

    private void close(DisclosureState finalState, DisclosureOutcome finalOutcome, LocalDate today) {
        state = finalState;
        outcome = finalOutcome;
        closedOn = today;
    }

    private DisclosureEvent lastOf(DisclosureEventType type) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).type() == type) {
                return timeline.get(i);
            }
        }
        throw new IllegalStateException(number + " has no " + type + " event");
    }

    private void append(DisclosureEventType type, LocalDate on, Actor actor, Instant now, Map<String, String> details) {
        DisclosureEvent event =
                new DisclosureEvent(timeline.size() + 1, type, on, now, actor.subject(), actor.role(), details);
        timeline.add(event);
        newEvents.add(event);
    }

    private static PortalException invalid(String field, String messageKey, Object... arguments) {
        return new PortalException(
                HttpStatus.BAD_REQUEST, "validation", List.of(new FieldProblem(field, messageKey, arguments)));
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
