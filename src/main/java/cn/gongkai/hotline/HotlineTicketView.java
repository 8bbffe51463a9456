package cn.gongkai.hotline;

import cn.gongkai.platform.files.FileStore.StoredFile;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A ticket with what is needed to show it (工单详情): its facts, the deadlines as they stand, the names of the
 * departments in it, its files and, for staff, what they may do next.
 *
 * @param agencyNames the names of the region, departments and acting agencies named in the ticket
 * @param replyAttachments the files of each reply, by the reply's step
 * @param canRate whether the viewer is the person who raised it and may rate the reply now
 * @param queryCode the anonymous submitter's query code: only in the answer to the submission itself
 * @param suggestedLead the lead department the catalogue suggests for the ticket's matter (staff only)
 * @param similarOpen open tickets of the same matter and place (staff only)
 * @param allowedActions what the staff viewer may do now (staff only)
 * @param lead for the person of a merged ticket (并单), the lead ticket's progress they follow
 */
public record HotlineTicketView(
        HotlineTicket ticket,
        HotlineSubmission submission,
        Instant receivedAt,
        HotlineClock.Deadlines deadlines,
        String categoryName,
        Map<UUID, String> agencyNames,
        List<StoredFile> attachments,
        Map<Integer, List<StoredFile>> replyAttachments,
        @Nullable KnowledgeAnswer knowledgeAnswer,
        boolean canRate,
        @Nullable String queryCode,
        @Nullable UUID suggestedLead,
        List<Similar> similarOpen,
        List<HotlineAction> allowedActions,
        @Nullable Lead lead) {

    /**
     * The lead ticket as the person of a ticket merged into it sees it (主单办理进度): its state, deadlines, timeline
     * and replies, the replies' texts with personal data removed, since they may address the lead's own submitter.
     */
    public record Lead(HotlineTicketView view, Map<Integer, String> replyTexts) {}

    /** The merged ticket's view with its lead's progress, and whether its person may rate the lead's reply now. */
    public HotlineTicketView withLead(Lead lead, boolean canRate) {
        return new HotlineTicketView(
                ticket,
                submission,
                receivedAt,
                deadlines,
                categoryName,
                agencyNames,
                attachments,
                replyAttachments,
                knowledgeAnswer,
                canRate,
                queryCode,
                suggestedLead,
                similarOpen,
                allowedActions,
                lead);
    }

    /** The knowledge-base answer that ended an enquiry. */
    public record KnowledgeAnswer(String question, String answer, String basis) {}

    /** An open ticket like this one, offered for merging. */
    public record Similar(String number, String title, Instant receivedAt) {}

    public String agencyName(UUID id) {
        return id == null ? null : agencyNames.getOrDefault(id, "");
    }
}
