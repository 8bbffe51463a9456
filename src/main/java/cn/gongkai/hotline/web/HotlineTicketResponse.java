package cn.gongkai.hotline.web;

import cn.gongkai.hotline.HotlineEventType;
import cn.gongkai.hotline.HotlineRating;
import cn.gongkai.hotline.HotlineState;
import cn.gongkai.hotline.HotlineSubmitterKind;
import cn.gongkai.hotline.HotlineType;
import cn.gongkai.platform.files.FileStore.StoredFile;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A ticket as the person who raised it sees it (工单查询结果): contact details masked, the timeline without staff
 * names; the query code only in the answer to the submission that created it.
 */
@Schema(name = "HotlineTicketResponse")
public record HotlineTicketResponse(
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
        OffsetDateTime receivedAt,
        @Nullable Named leadDepartment,
        Deadlines deadlines,
        List<TimelineEntry> timeline,
        List<Reply> replies,
        @Nullable Rating rating,
        boolean canRate,
        @Nullable String mergedInto,
        @Nullable LeadTicket leadTicket,
        @Nullable KnowledgeAnswer knowledgeAnswer,
        List<StoredFile> attachments,
        @Nullable String queryCode) {

    /** 诉求分类 */
    @Schema(name = "HotlineCategory")
    public record Category(String code, String name) {}

    /** An agency by id and name. */
    @Schema(name = "HotlineAgency")
    public record Named(UUID id, String name) {}

    /** 发生地点 */
    @Schema(name = "HotlinePlace")
    public record Place(Named region, @Nullable String address) {}

    /**
     * 办理时限 as they stand; {@code provisional} when a date is counted on a year whose holidays are not entered.
     */
    @Schema(name = "HotlineDeadlines")
    public record Deadlines(
            @Nullable LocalDate acceptanceDueOn,
            @Nullable LocalDate replyDueOn,
            @Nullable LocalDate ratingDueOn,
            boolean provisional,
            boolean overdue,
            boolean atRisk) {}

    /** 办理记录 */
    @Schema(name = "HotlineTimelineEntry")
    public record TimelineEntry(
            int seq,
            HotlineEventType type,
            OffsetDateTime occurredAt,
            @Nullable String note) {}

    /** 答复 */
    @Schema(name = "HotlineReply")
    public record Reply(OffsetDateTime repliedAt, Named department, String text, List<StoredFile> attachments) {}

    /** 评价 */
    @Schema(name = "HotlineRatingGiven")
    public record Rating(HotlineRating rating, String comment, OffsetDateTime ratedAt) {}

    /**
     * 主单办理进度: for a ticket merged into another (并单), the lead ticket its person follows: where it stands, its
     * limits, its timeline and its replies (the answer to their own ticket too), without the lead submitter's
     * personal data.
     */
    @Schema(name = "HotlineLeadTicket")
    public record LeadTicket(
            String number,
            HotlineState state,
            @Nullable Named leadDepartment,
            Deadlines deadlines,
            List<TimelineEntry> timeline,
            List<Reply> replies) {}

    /** 知识库答复 */
    @Schema(name = "HotlineKnowledgeAnswer")
    public record KnowledgeAnswer(String question, String answer, String basis) {}
}
