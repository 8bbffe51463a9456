package cn.gongkai.report;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What a step of the report workflow did (年度报告办理记录), as {@link AnnualReport} answers it: the store writes it
 * and the audit trail records it. Each names its report, who took the step and when.
 */
public sealed interface ReportEvent {

    UUID reportId();

    /** The step taken. */
    ReportAction action();

    String by();

    Instant at();

    /** What the audit trail records of this step besides the report's year and kind. */
    default Map<String, String> details() {
        return Map.of();
    }

    /** 保存草稿: the working copy's new text, saved as version {@code revision}. */
    record DraftSaved(UUID reportId, int revision, ReportContent content, String correctionNote, String by, Instant at)
            implements ReportEvent {
        @Override
        public ReportAction action() {
            return ReportAction.SAVE;
        }
    }

    /** 提交审核 */
    record Submitted(UUID reportId, String by, Instant at) implements ReportEvent {
        @Override
        public ReportAction action() {
            return ReportAction.SUBMIT;
        }
    }

    /** 退回修改, with the reason the editors are given. */
    record Returned(UUID reportId, String reason, String by, Instant at) implements ReportEvent {
        @Override
        public ReportAction action() {
            return ReportAction.RETURN;
        }

        @Override
        public Map<String, String> details() {
            return Map.of("reason", reason);
        }
    }

    /** 审核通过 */
    record Approved(UUID reportId, String by, Instant at) implements ReportEvent {
        @Override
        public ReportAction action() {
            return ReportAction.APPROVE;
        }
    }

    /**
     * 发布: a new public version of {@code content}; {@code version} is null until stored, since the store numbers
     * the versions. {@code asScheduled} when the time a publisher set came, rather than a publisher acting now.
     */
    record Published(
            UUID reportId,
            ReportContent content,
            String correctionNote,
            Integer version,
            boolean asScheduled,
            String by,
            Instant at)
            implements ReportEvent {
        @Override
        public ReportAction action() {
            return ReportAction.PUBLISH;
        }

        public Published numbered(int version) {
            return new Published(reportId, content, correctionNote, version, asScheduled, by, at);
        }

        @Override
        public Map<String, String> details() {
            return version == null ? Map.of() : Map.of("version", version.toString());
        }
    }

    /** 定时发布 at {@code publishAt}. */
    record Scheduled(UUID reportId, Instant publishAt, String by, Instant at) implements ReportEvent {
        @Override
        public ReportAction action() {
            return ReportAction.SCHEDULE;
        }

        @Override
        public Map<String, String> details() {
            return Map.of("at", publishAt.toString());
        }
    }

    /** 取消定时发布 */
    record Unscheduled(UUID reportId, String by, Instant at) implements ReportEvent {
        @Override
        public ReportAction action() {
            return ReportAction.UNSCHEDULE;
        }
    }

    /** 发布更正: a new draft, version {@code revision}, holding the newest published text. */
    record CorrectionStarted(
            UUID reportId, int revision, ReportContent content, boolean firstDraft, String by, Instant at)
            implements ReportEvent {
        @Override
        public ReportAction action() {
            return ReportAction.CORRECT;
        }
    }

    /** 撤回, with the reason the public is given. */
    record Withdrawn(UUID reportId, String reason, String by, Instant at) implements ReportEvent {
        @Override
        public ReportAction action() {
            return ReportAction.WITHDRAW;
        }

        @Override
        public Map<String, String> details() {
            return Map.of("reason", reason);
        }
    }
}
