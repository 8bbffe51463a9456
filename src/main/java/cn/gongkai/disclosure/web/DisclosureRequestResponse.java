package cn.gongkai.disclosure.web;

import cn.gongkai.disclosure.ApplicantKind;
import cn.gongkai.disclosure.Application;
import cn.gongkai.disclosure.DisclosureAction;
import cn.gongkai.disclosure.DisclosureClock;
import cn.gongkai.disclosure.DisclosureEvent;
import cn.gongkai.disclosure.DisclosureEventType;
import cn.gongkai.disclosure.DisclosureFiles;
import cn.gongkai.disclosure.DisclosureOutcome;
import cn.gongkai.disclosure.DisclosureRequest;
import cn.gongkai.disclosure.DisclosureRequests.Viewed;
import cn.gongkai.disclosure.DisclosureState;
import cn.gongkai.shared.Masking;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A disclosure request as shown to its applicant or to the agency's staff. Identity numbers are always masked;
 * staff see the full phone number to call the applicant, the applicant sees internal steps never.
 *
 * @param files the name, type and size of every file the request refers to: attachments, power of attorney and
 *     the documents released with the reply
 */
public record DisclosureRequestResponse(
        String number,
        AgencySummary agency,
        DisclosureState state,
        @Nullable DisclosureOutcome outcome,
        @Nullable String outcomeLabel,
        DisclosureRequest.ReceiptChannel receiptChannel,
        LocalDate receivedOn,
        @Nullable LocalDate closedOn,
        ApplicantView applicant,
        Application.Contact contact,
        Application.RequestedInformation information,
        Application.Delivery delivery,
        List<String> attachments,
        List<DisclosureFiles.StoredFile> files,
        DeadlineView deadline,
        List<TimelineEntry> timeline,
        @Nullable DisclosureRequest.Reply reply,
        boolean extensionPending,
        @Nullable String assignee,
        List<String> allowedActions,

        @Schema(
                description = "Staff only (empty for the applicant): characters of the applicant's name or of the"
                        + " information asked that no embedded font draws, as the letters label them (U+31350); the receipt and reply"
                        + " letter print a placeholder box there")
        List<String> charactersWithoutGlyph,

        int version) {

    /** Details of the timeline the applicant does not see: who was consulted and what they said. */
    private static final Set<String> INTERNAL_DETAILS = Set.of("partyName", "summary", "assignee");

    private static final Masking MASKING = Masking.defaults();

    public record AgencySummary(
            String code,
            String name,
            @Nullable String address,
            @Nullable String phone,
            @Nullable String officeHours) {}

    public record ApplicantView(
            ApplicantKind kind,
            String name,
            @Nullable String creditCode,
            @Nullable String representative,
            @Nullable Application.IdDocumentType idType,
            @Nullable String idNumber,
            @Nullable String agentName) {}

    /**
     * The deadline with the reasons for it.
     *
     * @param workingDaysLeft after today up to the deadline; null while the clock waits for a correction
     * @param explanation the steps in words, in the request's language
     */
    public record DeadlineView(
            @Nullable LocalDate dueOn,
            @Nullable LocalDate firstDueOn,
            boolean paused,
            @Nullable Integer workingDaysLeft,
            boolean overdue,
            boolean atRisk,
            @Nullable LocalDate correctionNoticeDueOn,
            @Nullable LocalDate correctionDueOn,
            @Nullable Integer provisionalYear,
            boolean dueOnProvisional,
            boolean correctionNoticeDueOnProvisional,
            List<String> explanation) {}

    public record TimelineEntry(
            int seq,
            DisclosureEventType type,
            LocalDate occurredOn,
            Instant recordedAt,
            @Nullable String actorRole,
            @Nullable String actor,
            Map<String, String> details) {}

    /** Who is looking. */
    public enum Audience {
        APPLICANT,
        STAFF
    }

    static DisclosureRequestResponse of(
            Viewed viewed,
            Audience audience,
            int atRiskDays,
            List<String> explanation,
            List<DisclosureFiles.StoredFile> files,
            List<String> charactersWithoutGlyph) {
        DisclosureRequest request = viewed.request();
        DisclosureClock.Deadline deadline = viewed.deadline();
        boolean staff = audience == Audience.STAFF;
        Application application = request.application();
        Application.Applicant applicant = application.applicant();
        Application.Contact contact = application.contact();
        Integer left = deadline.dueOn() == null ? null : deadline.workingDaysLeft(viewed.calendar(), viewed.today());
        boolean open = !request.state().isFinal();
        return new DisclosureRequestResponse(
                request.number(),
                new AgencySummary(
                        viewed.agency().code(),
                        viewed.agency().name(),
                        viewed.agency().address(),
                        viewed.agency().phone(),
                        viewed.agency().officeHours()),
                request.state(),
                request.outcome(),
                request.outcome() == null ? null : request.outcome().label(),
                request.receiptChannel(),
                request.receivedOn(),
                request.closedOn(),
                new ApplicantView(
                        applicant.kind(),
                        applicant.name(),
                        applicant.creditCode(),
                        applicant.representative(),
                        applicant.idType(),
                        MASKING.maskIdNumber(applicant.idNumber()),
                        applicant.agent() == null ? null : applicant.agent().name()),
                new Application.Contact(
                        staff ? contact.phone() : MASKING.maskPhone(contact.phone()),
                        contact.email(),
                        contact.postalAddress(),
                        contact.postalCode()),
                request.information(),
                application.delivery(),
                application.attachmentIds(),
                files,
                new DeadlineView(
                        deadline.dueOn(),
                        deadline.firstDueOn(),
                        deadline.paused(),
                        open ? left : null,
                        open && deadline.isOverdue(viewed.today()),
                        open && left != null && left >= 0 && left <= atRiskDays,
                        staff ? deadline.correctionNoticeDueOn() : null,
                        deadline.correctionDueOn(),
                        deadline.provisionalYear(),
                        deadline.isProvisional(deadline.dueOn()),
                        staff && deadline.isProvisional(deadline.correctionNoticeDueOn()),
                        explanation),
                request.timeline().stream()
                        .filter(event -> staff || event.type().isShownToApplicant())
                        .map(event -> entry(event, staff))
                        .toList(),
                request.reply(),
                staff && request.extensionPending(),
                staff ? request.assignee() : null,
                staff ? allowedActions(request.state()) : List.of(),
                staff ? charactersWithoutGlyph : List.of(),
                request.version());
    }

    private static TimelineEntry entry(DisclosureEvent event, boolean staff) {
        Map<String, String> details = staff
                ? event.details()
                : event.details().entrySet().stream()
                        .filter(detail -> !INTERNAL_DETAILS.contains(detail.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new TimelineEntry(
                event.seq(),
                event.type(),
                event.occurredOn(),
                event.recordedAt(),
                event.actorRole(),
                staff ? event.actor() : null,
                details);
    }

    private static List<String> allowedActions(DisclosureState state) {
        return Arrays.stream(DisclosureAction.values())
                .filter(action -> action != DisclosureAction.WITHDRAW && action.isAllowedIn(state))
                .map(DisclosureAction::slug)
                .toList();
    }
}
