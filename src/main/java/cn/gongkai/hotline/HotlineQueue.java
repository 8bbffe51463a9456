package cn.gongkai.hotline;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A question to the staff's queue of tickets (工单待办), answered by the database, and its answer. */
public final class HotlineQueue {

    private HotlineQueue() {}

    /**
     * @param centres tickets taken in by these centres (the viewer dispatches for them)
     * @param departments tickets these departments lead or assist (the viewer handles for them)
     * @param leadDepartment only tickets this department leads, or any when null
     * @param state only tickets in this state, or open ones when null
     * @param overdue only tickets whose running limit has passed
     * @param atRisk only tickets not overdue whose running limit is near
     * @param text part of the number, title or description, or a whole phone number or credit code
     * @param publication only tickets with a reply whose publication stands so (the dispatcher's check: {@code
     *     AWAITING_CHECK}), of the centres the viewer dispatches for, open or closed when {@code state} is null
     * @param now the instant an urgent ticket's limit is judged at
     * @param today the day the deadlines are judged on
     * @param atRiskBefore the first day that is no longer near: today plus one more working day than the at-risk margin
     * @param urgentAtRiskUntil an urgent ticket due by this instant is near
     * @param page from 0
     */
    public record Query(
            List<UUID> centres,
            List<UUID> departments,
            @Nullable UUID leadDepartment,
            @Nullable HotlineState state,
            boolean overdue,
            boolean atRisk,
            @Nullable String text,
            @Nullable HotlinePublication.Status publication,
            Instant now,
            LocalDate today,
            LocalDate atRiskBefore,
            Instant urgentAtRiskUntil,
            int page,
            int size) {}

    /** One ticket in the queue, as the database answers it. */
    public record Item(
            String number,
            HotlineType type,
            String title,
            HotlineState state,
            boolean urgent,
            String categoryName,
            @Nullable UUID leadDepartmentId,
            @Nullable String leadDepartmentName,
            Instant receivedAt,
            @Nullable LocalDate acceptanceDueOn,
            @Nullable LocalDate replyDueOn,
            boolean provisional,
            boolean overdue,
            boolean atRisk,
            boolean supervised) {}

    /** One page, by the limit that runs first (none last) then number, and how many tickets match in all. */
    public record Page(List<Item> items, long total) {}
}
