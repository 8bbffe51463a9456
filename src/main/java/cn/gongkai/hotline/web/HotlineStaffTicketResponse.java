package cn.gongkai.hotline.web;

import cn.gongkai.hotline.HotlineEventType;
import cn.gongkai.hotline.HotlineState;
import cn.gongkai.hotline.HotlineSubmitterKind;
import cn.gongkai.hotline.HotlineType;
import cn.gongkai.hotline.web.HotlineTicketResponse.Category;
import cn.gongkai.hotline.web.HotlineTicketResponse.Deadlines;
import cn.gongkai.hotline.web.HotlineTicketResponse.KnowledgeAnswer;
import cn.gongkai.hotline.web.HotlineTicketResponse.Named;
import cn.gongkai.hotline.web.HotlineTicketResponse.Place;
import cn.gongkai.hotline.web.HotlineTicketResponse.Rating;
import cn.gongkai.hotline.web.HotlineTicketResponse.Reply;
import cn.gongkai.platform.files.FileStore.StoredFile;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A ticket as the staff handling it see it (工单办理视图): the contact unmasked, the timeline with who acted for which
 * agency, the department the catalogue suggests, similar open tickets to merge with, and what the viewer may do now
 * (action slugs), and the publication of the latest reply for the dispatcher's check.
 */
public record HotlineStaffTicketResponse(
        String number,
        HotlineType type,
        Category category,
        String title,
        String description,
        Place place,
        @Nullable LocalDate happenedOn,
        HotlineSubmitterKind submitterKind,
        @Nullable String contactName,
        @Nullable String contactPhone,
        @Nullable String enterpriseName,
        @Nullable String creditCode,
        boolean publishReply,
        HotlineState state,
        boolean urgent,
        boolean supervised,
        boolean extensionPending,
        OffsetDateTime receivedAt,
        @Nullable Named leadDepartment,
        List<Named> assistingDepartments,
        Deadlines deadlines,
        List<StaffTimelineEntry> timeline,
        List<Reply> replies,
        @Nullable Rating rating,
        @Nullable String mergedInto,
        @Nullable KnowledgeAnswer knowledgeAnswer,
        List<StoredFile> attachments,
        @Nullable Named suggestedLead,
        List<Similar> similarOpen,
        List<String> allowedActions,
        @Nullable HotlineBoardResponses.StaffPublication publication) {

    /** The same view with the publication of the latest reply, and its decisions when the viewer may take them. */
    HotlineStaffTicketResponse withPublication(HotlineBoardResponses.StaffPublication found, boolean mayDecide) {
        List<String> actions = new java.util.ArrayList<>(allowedActions);
        if (mayDecide) {
            actions.add("approve-publication");
            actions.add("withhold-publication");
        }
        return new HotlineStaffTicketResponse(
                number,
                type,
                category,
                title,
                description,
                place,
                happenedOn,
                submitterKind,
                contactName,
                contactPhone,
                enterpriseName,
                creditCode,
                publishReply,
                state,
                urgent,
                supervised,
                extensionPending,
                receivedAt,
                leadDepartment,
                assistingDepartments,
                deadlines,
                timeline,
                replies,
                rating,
                mergedInto,
                knowledgeAnswer,
                attachments,
                suggestedLead,
                similarOpen,
                List.copyOf(actions),
                found);
    }

    /** 办理记录, with the actor (their sign-in name), the role they acted in and the agency they acted for. */
    @Schema(name = "HotlineStaffTimelineEntry")
    public record StaffTimelineEntry(
            int seq,
            HotlineEventType type,
            OffsetDateTime occurredAt,
            @Nullable String note,
            String actor,
            @Nullable String actorRole,
            @Nullable Named agency) {}

    /** A similar open ticket (可并单工单). */
    @Schema(name = "HotlineSimilarTicket")
    public record Similar(String number, String title, OffsetDateTime receivedAt) {}
}
