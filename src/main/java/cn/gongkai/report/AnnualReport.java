package cn.gongkai.report;

import cn.gongkai.platform.ConflictException;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.report.internal.ReportContentRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * An annual report (年度报告) of one agency, year and kind: its working copy, where that stands in review and
 * publication, and whether its publication is withdrawn. Every step checks here that the workflow allows it now
 * ({@link ReportAction#isAllowedIn}), that nobody approves their own submission, and that the text is fit for where
 * it goes; it changes the report and answers what happened, for the caller to store and audit.
 */
public final class AnnualReport {

    private final UUID id;
    private final UUID agencyId;
    private final String agencyCode;
    private final String agencyName;
    private final int year;
    private final ReportKind kind;
    private final ReportState loadedState;
    private final Integer loadedRevision;
    private ReportState storedState;
    private Integer revision;
    private ReportContent content;
    private String correctionNote;
    private Instant scheduledFor;
    private final Integer publishedVersion;
    private final Instant publishedAt;
    private ReportDraft.Withdrawal withdrawal;
    private Instant updatedAt;
    private String updatedBy;
    private String submittedBy;

    /**
     * A report as stored. {@code storedState} is PUBLISHED, and {@code revision} null, for a report that was only
     * ever published by import (it has no working copy); {@code content} is the working copy's, else the newest
     * published text.
     */
    public AnnualReport(
            UUID id,
            UUID agencyId,
            String agencyCode,
            String agencyName,
            int year,
            ReportKind kind,
            ReportState storedState,
            Integer revision,
            ReportContent content,
            String correctionNote,
            Instant scheduledFor,
            Integer publishedVersion,
            Instant publishedAt,
            ReportDraft.Withdrawal withdrawal,
            Instant updatedAt,
            String updatedBy,
            String submittedBy) {
        if (storedState == ReportState.WITHDRAWN) {
            throw new IllegalArgumentException("WITHDRAWN is read from the withdrawal, never stored");
        }
        this.id = id;
        this.agencyId = agencyId;
        this.agencyCode = agencyCode;
        this.agencyName = agencyName;
        this.year = year;
        this.kind = kind;
        this.loadedState = storedState;
        this.loadedRevision = revision;
        this.storedState = storedState;
        this.revision = revision;
        this.content = content;
        this.correctionNote = correctionNote;
        this.scheduledFor = scheduledFor;
        this.publishedVersion = publishedVersion;
        this.publishedAt = publishedAt;
        this.withdrawal = withdrawal;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.submittedBy = submittedBy;
    }

    /** A new report from a template or an imported document: a draft, version 1, if its text may be saved. */
    public static AnnualReport start(
            UUID id,
            UUID agencyId,
            String agencyCode,
            String agencyName,
            int year,
            ReportKind kind,
            ReportContent content,
            String by,
            Instant now) {
        invalidIfAny(ReportContentRules.forSaving(content, kind, null));
        return new AnnualReport(
                id,
                agencyId,
                agencyCode,
                agencyName,
                year,
                kind,
                ReportState.DRAFT,
                1,
                content,
                null,
                null,
                null,
                null,
                null,
                now,
                by,
                null);
    }

    // --- Transitions -------------------------------------------------------------------------------------------

    /**
     * Saves the editor's text as the next version. {@code startedFrom} is the version the editor began with: if
     * another was saved since, nothing is overwritten (409).
     */
    public ReportEvent.DraftSaved save(int startedFrom, ReportContent text, String note, String by, Instant now) {
        require(ReportAction.SAVE, by);
        invalidIfAny(ReportContentRules.forSaving(text, kind, note));
        if (revision == null || startedFrom != revision) {
            throw changedMeanwhile(startedFrom);
        }
        revision = revision + 1;
        content = text;
        correctionNote = note == null || note.isBlank() ? null : note.strip();
        touched(by, now);
        return new ReportEvent.DraftSaved(id, revision, content, correctionNote, by, now);
    }

    /** 提交审核: only a text fit for publication goes to the publishers. */
    public ReportEvent.Submitted submit(String by, Instant now) {
        require(ReportAction.SUBMIT, by);
        requireFitForPublication();
        storedState = ReportState.SUBMITTED;
        submittedBy = by;
        moved(by, now);
        return new ReportEvent.Submitted(id, by, now);
    }

    /** 退回修改: back to the editors, with the reason. */
    public ReportEvent.Returned returnToEditors(String reason, String by, Instant now) {
        require(ReportAction.RETURN, by);
        String why = required(reason, "reason");
        storedState = ReportState.DRAFT;
        submittedBy = null;
        moved(by, now);
        return new ReportEvent.Returned(id, why, by, now);
    }

    /** 审核通过, by a publisher other than the one who submitted it (403 otherwise). */
    public ReportEvent.Approved approve(String by, Instant now) {
        require(ReportAction.APPROVE, by);
        requireFitForPublication();
        storedState = ReportState.APPROVED;
        moved(by, now);
        return new ReportEvent.Approved(id, by, now);
    }

    /** 立即发布: a new public version; a withdrawn report is public again. */
    public ReportEvent.Published publish(String by, Instant now) {
        require(ReportAction.PUBLISH, by);
        return published(false, by, now);
    }

    /**
     * 定时发布 fallen due: published in the name of the publisher who set the time; 409 unless the report is
     * scheduled and its time has come.
     */
    public ReportEvent.Published publishAsScheduled(Instant now) {
        if (storedState != ReportState.SCHEDULED || scheduledFor == null || scheduledFor.isAfter(now)) {
            throw new ConflictException("report-illegal-transition", ReportAction.PUBLISH.slug(), state().name());
        }
        return published(true, updatedBy, now);
    }

    /** 定时发布: approved, to publish at {@code publishAt}, which must be in the future. */
    public ReportEvent.Scheduled schedule(Instant publishAt, String by, Instant now) {
        require(ReportAction.SCHEDULE, by);
        if (publishAt == null) {
            throw invalid("at", "NotNull");
        }
        if (!publishAt.isAfter(now)) {
            throw invalid("at", "report.schedule-in-future");
        }
        storedState = ReportState.SCHEDULED;
        moved(by, now);
        scheduledFor = publishAt;
        return new ReportEvent.Scheduled(id, publishAt, by, now);
    }

    /** 取消定时发布: approved again, to publish by hand or at another time. */
    public ReportEvent.Unscheduled unschedule(String by, Instant now) {
        require(ReportAction.UNSCHEDULE, by);
        storedState = ReportState.APPROVED;
        moved(by, now);
        return new ReportEvent.Unscheduled(id, by, now);
    }

    /** 发布更正: a draft holding the newest published text, with no correction note yet. */
    public ReportEvent.CorrectionStarted correct(String by, Instant now) {
        require(ReportAction.CORRECT, by);
        boolean firstDraft = revision == null;
        revision = firstDraft ? 1 : revision + 1;
        storedState = ReportState.DRAFT;
        correctionNote = null;
        submittedBy = null;
        touched(by, now);
        return new ReportEvent.CorrectionStarted(id, revision, content, firstDraft, by, now);
    }

    /** 撤回: the public no longer reads the report, and is told why; the working copy stays where it is. */
    public ReportEvent.Withdrawn withdraw(String reason, String by, Instant now) {
        require(ReportAction.WITHDRAW, by);
        String why = required(reason, "reason");
        withdrawal = new ReportDraft.Withdrawal(why, now, by);
        return new ReportEvent.Withdrawn(id, why, by, now);
    }

    // --- Questions ---------------------------------------------------------------------------------------------

    /**
     * Whether {@code subject} may take {@code action} now, as far as the report is concerned: the workflow allows
     * it in this state, and nobody approves their own submission. Whether they hold the role is asked elsewhere.
     */
    public boolean allows(ReportAction action, String subject) {
        return action.isAllowedIn(state(), isPublic())
                && !(action == ReportAction.APPROVE && subject != null && subject.equals(submittedBy));
    }

    /** Where the report stands: WITHDRAWN while a publication is withdrawn and no working copy is under way. */
    public ReportState state() {
        return storedState == ReportState.PUBLISHED && withdrawal != null ? ReportState.WITHDRAWN : storedState;
    }

    /** Whether the public can read a version now. */
    public boolean isPublic() {
        return publishedVersion != null && withdrawal == null;
    }

    /** The state read from storage; saving checks that nobody moved the report since. */
    public ReportState loadedState() {
        return loadedState;
    }

    /** The working copy's version read from storage (null when it had none); saving checks it is still that. */
    public Integer loadedRevision() {
        return loadedRevision;
    }

    /** The state as stored: PUBLISHED also while the publication is withdrawn. */
    public ReportState storedState() {
        return storedState;
    }

    public UUID id() {
        return id;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String agencyName() {
        return agencyName;
    }

    public int year() {
        return year;
    }

    public ReportKind kind() {
        return kind;
    }

    /** The number of the latest saved version; null for a report only ever published by import. */
    public Integer revision() {
        return revision;
    }

    public ReportContent content() {
        return content;
    }

    public String correctionNote() {
        return correctionNote;
    }

    public Instant scheduledFor() {
        return scheduledFor;
    }

    public Integer publishedVersion() {
        return publishedVersion;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public ReportDraft.Withdrawal withdrawal() {
        return withdrawal;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public String submittedBy() {
        return submittedBy;
    }

    // --- Rules -------------------------------------------------------------------------------------------------

    /**
     * 409 unless the workflow allows {@code action} now; 403 when it is the approval of one's own submission. Checked
     * before anything else, so an illegal step is refused as such whatever the text holds.
     */
    private void require(ReportAction action, String by) {
        if (!action.isAllowedIn(state(), isPublic())) {
            throw new ConflictException("report-illegal-transition", action.slug(), state().name());
        }
        if (action == ReportAction.APPROVE && by.equals(submittedBy)) {
            throw new PortalException(HttpStatus.FORBIDDEN, "report-own-submission");
        }
    }

    private ReportEvent.Published published(boolean asScheduled, String by, Instant now) {
        requireFitForPublication();
        storedState = ReportState.PUBLISHED;
        moved(by, now);
        withdrawal = null;
        return new ReportEvent.Published(id, content, correctionNote, null, asScheduled, by, now);
    }

    private void requireFitForPublication() {
        invalidIfAny(ReportContentRules.forPublication(content, kind, year, correctionNote, publishedVersion != null));
    }

    /** A move of the working copy clears any time to publish at; {@link #schedule} sets it afterwards. */
    private void moved(String by, Instant now) {
        scheduledFor = null;
        touched(by, now);
    }

    private void touched(String by, Instant now) {
        updatedAt = now;
        updatedBy = by;
    }

    private static ConflictException changedMeanwhile(Integer revision) {
        return new ConflictException("report-changed-meanwhile", String.valueOf(revision));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "NotBlank");
        }
        if (value.length() > ReportContentRules.MAX_NOTE) {
            throw new PortalException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    List.of(new FieldProblem(
                            field, "Size", field, Integer.toString(ReportContentRules.MAX_NOTE), "1")));
        }
        return value.strip();
    }

    private static void invalidIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new PortalException(HttpStatus.BAD_REQUEST, "validation", new ArrayList<>(problems));
        }
    }

    private static PortalException invalid(String field, String messageKey) {
        return new PortalException(HttpStatus.BAD_REQUEST, "validation", List.of(new FieldProblem(field, messageKey)));
    }
}
