package cn.gongkai.report;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report as its agency's editors and publishers see it (年度报告编辑稿): the working copy, where it stands in
 * the workflow, and what the person looking may do next.
 *
 * @param title the working copy's title, also when the list leaves its content out
 * @param revision the number of the latest saved version; null for a report only ever published by import
 * @param publishedVersion the newest public version, null before the first publication
 * @param allowedActions the slugs of the {@link ReportAction}s this person may take now
 */
public record ReportDraft(
        UUID id,
        AgencyName agency,
        int year,
        ReportKind kind,
        ReportState state,
        String title,
        @Nullable Integer revision,
        @Nullable ReportContent content,
        @Nullable String correctionNote,
        @Nullable Instant scheduledFor,
        @Nullable Integer publishedVersion,
        @Nullable Instant publishedAt,
        @Nullable Withdrawal withdrawal,
        List<String> allowedActions,
        @Nullable Instant updatedAt,
        @Nullable String updatedBy,
        @Nullable String submittedBy,
        String url) {

    /** The agency the report is of. */
    public record AgencyName(String code, String name) {}

    /** Why and when the publication was withdrawn (撤回). */
    public record Withdrawal(String reason, Instant at, String by) {}
}
