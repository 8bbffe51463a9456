package cn.gongkai.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A question to an agency's queue of requests (待办列表), answered by the database, and its answer. */
public final class DisclosureQueue {

    private DisclosureQueue() {}

    /** The deadline filters of the queue. */
    public enum Due {
        /** 已逾期: the reply clock runs and its deadline has passed */
        OVERDUE,
        /** 临近期限: the reply clock runs and is due today or within the at-risk working days */
        AT_RISK
    }

    /**
     * @param state only requests in this state, or any when null
     * @param due only overdue or at-risk requests, or any when null
     * @param assignee only requests assigned to this subject, or any when null
     * @param text part of the number, title, document number, description or applicant's name, or a whole identity
     *     document or phone number (found through their blind indexes)
     * @param today the day the deadlines are judged on
     * @param atRiskLastDay the last due day that counts as at risk: today plus the at-risk working days
     * @param page from 1
     */
    public record Query(
            UUID agencyId,
            boolean includeClosed,
            DisclosureState state,
            Due due,
            String assignee,
            String text,
            LocalDate today,
            LocalDate atRiskLastDay,
            int page,
            int size) {}

    /** One page, by stored deadline (none last) then number, and how many requests match in all. */
    public record Page(List<DisclosureRequest> requests, long total) {}
}
