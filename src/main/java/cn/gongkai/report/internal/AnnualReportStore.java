package cn.gongkai.report.internal;

import cn.gongkai.platform.ConflictException;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportContent;
import cn.gongkai.report.ReportDraft;
import cn.gongkai.report.ReportDraftVersion;
import cn.gongkai.report.ReportEvent;
import cn.gongkai.report.ReportKind;
import cn.gongkai.report.ReportState;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores annual reports: the report, its working copy (annual_report_draft), every saved version and every public
 * version. Each change is written only if the report still stands where it was read (its state and revision), so of
 * two people acting at once exactly one wins and the other gets a 409.
 */
@Repository
public class AnnualReportStore {

    private static final String LOAD = """
            select r.id, r.agency_id, a.code as agency_code, a.name as agency_name, r.year, r.kind,
                   r.withdrawn_at, r.withdrawal_reason, r.withdrawn_by,
                   d.state, d.revision, d.correction_note, d.scheduled_for, d.updated_at, d.updated_by, d.submitted_by,
                   coalesce(d.content, (select p.content from annual_report_publication p where p.report_id = r.id
                                        order by p.version desc limit 1)) as content,
                   (select max(p.version) from annual_report_publication p where p.report_id = r.id) as published_version,
                   (select max(p.published_at) from annual_report_publication p where p.report_id = r.id) as published_at
            from annual_report r
            join agency a on a.id = r.agency_id
            left join annual_report_draft d on d.report_id = r.id
            """;

    private final DatabaseClient database;
    private final JsonMapper json;

    AnnualReportStore(DatabaseClient database, JsonMapper json) {
        this.database = database;
        this.json = json;
    }

    public Mono<AnnualReport> findById(UUID id) {
        return database.sql(LOAD + "where r.id = :id")
                .bind("id", id)
                .map(this::report)
                .one();
    }

    /** The reports of an agency, newest year first. */
    public Flux<AnnualReport> findByAgency(UUID agencyId) {
        return database.sql(LOAD + "where r.agency_id = :agency order by r.year desc, r.kind")
                .bind("agency", agencyId)
                .map(this::report)
                .all();
    }

    /**
     * The reports whose scheduled time has come, locked for this transaction; rows another instance holds are
     * skipped, so that each report is published once however many instances poll.
     */
    public Flux<UUID> lockDueForPublication(Instant now) {
        return database.sql("""
                        select d.report_id from annual_report_draft d
                        where d.state = 'SCHEDULED' and d.scheduled_for <= :now
                        order by d.scheduled_for limit 20 for update skip locked""")
                .bind("now", at(now))
                .map(row -> row.get("report_id", UUID.class))
                .all();
    }

    /** Stores a new report with its first version; 409 when the agency already has one of that year and kind. */
    public Mono<Void> insert(AnnualReport report) {
        return database.sql("""
                        insert into annual_report (id, agency_id, year, kind) values (:id, :agency, :year, :kind)
                        on conflict (agency_id, year, kind) do nothing""")
                .bind("id", report.id())
                .bind("agency", report.agencyId())
                .bind("year", report.year())
                .bind("kind", report.kind().name())
                .fetch()
                .rowsUpdated()
                .flatMap(inserted -> inserted == 0
                        ? Mono.error(new ConflictException(
                                "report-exists", report.agencyName(), Integer.toString(report.year())))
                        : database.sql("""
                                        insert into annual_report_draft (report_id, state, revision, content, updated_at,
                                            updated_by)
                                        values (:id, 'DRAFT', 1, :content, :now, :by)""")
                                .bind("id", report.id())
                                .bind("content", json(report.content()))
                                .bind("now", at(report.updatedAt()))
                                .bind("by", report.updatedBy())
                                .then())
                .then(Mono.defer(() ->
                        insertVersion(report.id(), 1, report.content(), null, report.updatedAt(), report.updatedBy())));
    }

    /**
     * Writes what a step did, if nobody changed the report since it was read (else 409 and the caller's transaction
     * rolls back); answers the event as stored: a publication with its version number.
     */
    public Mono<ReportEvent> save(AnnualReport report, ReportEvent event) {
        if (event instanceof ReportEvent.DraftSaved saved) {
            return saveDraft(report, saved).thenReturn(event);
        }
        if (event instanceof ReportEvent.Published published) {
            return publish(report, published).map(published::numbered);
        }
        if (event instanceof ReportEvent.CorrectionStarted correction) {
            return startCorrection(report, correction).thenReturn(event);
        }
        if (event instanceof ReportEvent.Withdrawn withdrawn) {
            return withdraw(report, withdrawn).thenReturn(event);
        }
        // The other steps only move the working copy; submitting and returning also say who submitted it.
        String alsoSet = event instanceof ReportEvent.Submitted
                ? "submitted_by = :actor"
                : event instanceof ReportEvent.Returned ? "submitted_by = null" : null;
        return move(report, alsoSet).thenReturn(event);
    }

    /** The saved versions of a draft, newest first. */
    public Flux<ReportDraftVersion.Summary> versions(UUID id) {
        return database.sql("""
                        select revision, saved_at, saved_by from annual_report_draft_version
                        where report_id = :id order by revision desc""")
                .bind("id", id)
                .map(row -> new ReportDraftVersion.Summary(
                        row.get("revision", Integer.class),
                        instant(row, "saved_at"),
                        row.get("saved_by", String.class)))
                .all();
    }

    /** One saved version, whole; empty when the draft has no such version. */
    public Mono<ReportDraftVersion> version(UUID id, int revision) {
        return database.sql("""
                        select revision, saved_at, saved_by, content, correction_note from annual_report_draft_version
                        where report_id = :id and revision = :revision""")
                .bind("id", id)
                .bind("revision", revision)
                .map(row -> new ReportDraftVersion(
                        row.get("revision", Integer.class),
                        instant(row, "saved_at"),
                        row.get("saved_by", String.class),
                        content(row),
                        row.get("correction_note", String.class)))
                .one();
    }

    // --- Writing each step ---------------------------------------------------------------------------------------

    private Mono<Void> saveDraft(AnnualReport report, ReportEvent.DraftSaved saved) {
        return database.sql("""
                        update annual_report_draft
                        set content = :content, correction_note = :note, revision = :revision,
                            updated_at = :now, updated_by = :by
                        where report_id = :id and state = 'DRAFT' and revision = :previous""")
                .bind("content", json(saved.content()))
                .bind("note", nullable(saved.correctionNote()))
                .bind("revision", saved.revision())
                .bind("now", at(saved.at()))
                .bind("by", saved.by())
                .bind("id", report.id())
                .bind("previous", report.loadedRevision())
                .fetch()
                .rowsUpdated()
                .as(updated -> changedByNobodyElse(updated, report.loadedRevision()))
                .then(Mono.defer(() -> insertVersion(
                        report.id(),
                        saved.revision(),
                        saved.content(),
                        saved.correctionNote(),
                        saved.at(),
                        saved.by())));
    }

    /** Moves the working copy to the report's new state, provided nobody moved it meanwhile. */
    private Mono<Void> move(AnnualReport report, String alsoSet) {
        return database.sql("update annual_report_draft set state = :to, scheduled_for = :scheduledFor, "
                        + "updated_at = :now, updated_by = :actor" + (alsoSet == null ? "" : ", " + alsoSet)
                        + " where report_id = :id and state = :from and revision = :revision")
                .bind("to", report.storedState().name())
                .bind(
                        "scheduledFor",
                        report.scheduledFor() == null
                                ? Parameter.empty(OffsetDateTime.class)
                                : Parameter.from(at(report.scheduledFor())))
                .bind("now", at(report.updatedAt()))
                .bind("actor", report.updatedBy())
                .bind("id", report.id())
                .bind("from", report.loadedState().name())
                .bind("revision", report.loadedRevision())
                .fetch()
                .rowsUpdated()
                .as(updated -> changedByNobodyElse(updated, report.loadedRevision()));
    }

    /** A new public version from the working copy, its number answered; a withdrawn report is public again. */
    private Mono<Integer> publish(AnnualReport report, ReportEvent.Published published) {
        ReportContent content = published.content();
        String plainText = ReportRendering.plainText(content);
        return move(report, null)
                .then(database.sql("""
                                insert into annual_report_publication (id, report_id, version, title, content, plain_text,
                                    search_tokens, correction_note, published_at, published_by)
                                select :publication, :report, coalesce(max(version), 0) + 1, :title, :content, :plainText,
                                       setweight(to_tsvector('simple', :titleTokens), 'A')
                                           || setweight(to_tsvector('simple', :headingTokens), 'B')
                                           || to_tsvector('simple', :textTokens),
                                       case when count(*) = 0 then null else :note end, :now, :by
                                from annual_report_publication where report_id = :report
                                returning version""")
                        .bind("publication", UUID.randomUUID())
                        .bind("report", report.id())
                        .bind("title", content.title())
                        .bind("content", json(content))
                        .bind("plainText", plainText)
                        .bind("titleTokens", SearchText.tokens(content.title()))
                        .bind("headingTokens", SearchText.tokens(ReportRendering.headings(content.forReading())))
                        .bind("textTokens", SearchText.tokens(plainText))
                        .bind("note", nullable(published.correctionNote()))
                        .bind("now", at(published.at()))
                        .bind("by", published.by())
                        .map(row -> row.get("version", Integer.class))
                        .one())
                .flatMap(version ->
                        database.sql("""
                                update annual_report set withdrawn_at = null, withdrawal_reason = null, withdrawn_by = null
                                where id = :id""").bind("id", report.id()).then().thenReturn(version));
    }

    /** A report only ever published by import gets its first working copy; any other goes back to draft. */
    private Mono<Void> startCorrection(AnnualReport report, ReportEvent.CorrectionStarted correction) {
        Mono<Long> upsert = correction.firstDraft()
                ? database.sql("""
                                insert into annual_report_draft (report_id, state, revision, content, updated_at, updated_by)
                                values (:id, 'DRAFT', :revision, :content, :now, :by) on conflict do nothing""")
                        .bind("id", report.id())
                        .bind("revision", correction.revision())
                        .bind("content", json(correction.content()))
                        .bind("now", at(correction.at()))
                        .bind("by", correction.by())
                        .fetch()
                        .rowsUpdated()
                : database.sql("""
                                update annual_report_draft
                                set state = 'DRAFT', revision = :revision, correction_note = null, submitted_by = null,
                                    updated_at = :now, updated_by = :by
                                where report_id = :id and state = :from and revision = :previous""")
                        .bind("revision", correction.revision())
                        .bind("now", at(correction.at()))
                        .bind("by", correction.by())
                        .bind("id", report.id())
                        .bind("from", report.loadedState().name())
                        .bind("previous", report.loadedRevision())
                        .fetch()
                        .rowsUpdated();
        return changedByNobodyElse(upsert, report.loadedRevision())
                .then(Mono.defer(() -> insertVersion(
                        report.id(),
                        correction.revision(),
                        correction.content(),
                        null,
                        correction.at(),
                        correction.by())));
    }

    private Mono<Void> withdraw(AnnualReport report, ReportEvent.Withdrawn withdrawn) {
        return database.sql("""
                        update annual_report set withdrawn_at = :now, withdrawal_reason = :reason, withdrawn_by = :by
                        where id = :id and withdrawn_at is null""")
                .bind("now", at(withdrawn.at()))
                .bind("reason", withdrawn.reason())
                .bind("by", withdrawn.by())
                .bind("id", report.id())
                .fetch()
                .rowsUpdated()
                .as(updated -> changedByNobodyElse(updated, report.publishedVersion()));
    }

    private Mono<Void> insertVersion(UUID id, int revision, ReportContent content, String note, Instant at, String by) {
        return database.sql("""
                        insert into annual_report_draft_version (report_id, revision, content, correction_note, saved_at,
                            saved_by)
                        values (:id, :revision, :content, :note, :at, :by)""")
                .bind("id", id)
                .bind("revision", revision)
                .bind("content", json(content))
                .bind("note", nullable(note))
                .bind("at", at(at))
                .bind("by", by)
                .then();
    }

    // --- Reading and small helpers -------------------------------------------------------------------------------

    private AnnualReport report(Readable row) {
        String state = row.get("state", String.class);
        Instant withdrawnAt = instant(row, "withdrawn_at");
        return new AnnualReport(
                row.get("id", UUID.class),
                row.get("agency_id", UUID.class),
                row.get("agency_code", String.class),
                row.get("agency_name", String.class),
                row.get("year", Integer.class),
                ReportKind.valueOf(row.get("kind", String.class)),
                state == null ? ReportState.PUBLISHED : ReportState.valueOf(state),
                row.get("revision", Integer.class),
                content(row),
                row.get("correction_note", String.class),
                instant(row, "scheduled_for"),
                row.get("published_version", Integer.class),
                instant(row, "published_at"),
                withdrawnAt == null
                        ? null
                        : new ReportDraft.Withdrawal(
                                row.get("withdrawal_reason", String.class),
                                withdrawnAt,
                                row.get("withdrawn_by", String.class)),
                instant(row, "updated_at"),
                row.get("updated_by", String.class),
                row.get("submitted_by", String.class));
    }

    private ReportContent content(Readable row) {
        Json content = row.get("content", Json.class);
        return content == null
                ? new ReportContent("", "", List.of())
                : json.readValue(content.asString(), ReportContent.class);
    }

    /** A guarded write that changed nothing lost a race: someone saved or acted since {@code revision}. */
    private static Mono<Void> changedByNobodyElse(Mono<Long> rowsChanged, Integer revision) {
        return rowsChanged.flatMap(changed -> changed == 0
                ? Mono.error(new ConflictException("report-changed-meanwhile", String.valueOf(revision)))
                : Mono.empty());
    }

    private Json json(ReportContent content) {
        return Json.of(json.writeValueAsString(content));
    }

    private static Parameter nullable(String value) {
        return value == null || value.isBlank() ? Parameter.empty(String.class) : Parameter.from(value.strip());
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
