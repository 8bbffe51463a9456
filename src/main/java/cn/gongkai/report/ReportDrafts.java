package cn.gongkai.report;

import cn.gongkai.audit.AuditEntry;
import cn.gongkai.audit.AuditTrail;
import cn.gongkai.disclosure.DisclosureStatistics;
import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.Agency;
import cn.gongkai.identity.CurrentUser;
import cn.gongkai.identity.PortalUser;
import cn.gongkai.identity.Role;
import cn.gongkai.platform.ConflictException;
import cn.gongkai.platform.NotFoundException;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing and publishing annual reports (年度报告编辑、审核与发布): an agency's editors draft, every save a
 * version; its publishers approve and publish now or at a set time; a correction after publication is a new
 * public version with its 更正说明; a withdrawal needs a reason. Every step is audited, in the transaction that
 * takes it. Only the agency's own editors and publishers see its drafts: to anyone else they do not exist.
 */
@Service
public class ReportDrafts {

    private static final Set<Role> STAFF = Set.of(Role.REPORT_EDITOR, Role.REPORT_PUBLISHER);
    /** Who appears in the audit trail when a scheduled publication falls due. */
    static final String SCHEDULER = "system:scheduled-publication";

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
    private final CurrentUser currentUser;
    private final Agencies agencies;
    private final DisclosureStatistics statistics;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final ReportPages pages;
    private final Clock clock;

    ReportDrafts(DatabaseClient database, JsonMapper json, CurrentUser currentUser, Agencies agencies,
            DisclosureStatistics statistics, AuditTrail audit, TransactionalOperator transaction, ReportPages pages,
            Clock clock) {
        this.database = database;
        this.json = json;
        this.currentUser = currentUser;
        this.agencies = agencies;
        this.statistics = statistics;
        this.audit = audit;
        this.transaction = transaction;
        this.pages = pages;
        this.clock = clock;
    }

    /** The reports of an agency the signed-in person edits or publishes for, newest year first. */
    public Mono<AgencyReports> list(String agencyCode) {
        return currentUser.get().flatMap(user -> staffAgency(user, agencyCode).flatMap(agency -> database
                .sql(LOAD + "where r.agency_id = :agency order by r.year desc, r.kind")
                .bind("agency", agency.id())
                .map(this::stored)
                .all()
                .map(stored -> view(stored, user, false))
                .collectList()
                .map(items -> new AgencyReports(new ReportDraft.AgencyName(agency.code(), agency.name()), items))));
    }

    /** A report with its working copy, for the agency's editors and publishers; 404 for anyone else. */
    public Mono<ReportDraft> get(UUID id) {
        return currentUser.get().flatMap(user -> load(id, user).map(stored -> view(stored, user, true)));
    }

    /**
     * Starts the report of an agency, year and kind from the template of its kind; an open-government-information
     * report starts with table 三 as counted from the agency's disclosure requests.
     */
    public Mono<ReportDraft> create(String agencyCode, int year, ReportKind kind) {
        return currentUser.get().flatMap(user -> editorAgency(user, agencyCode).flatMap(agency -> template(agency, year,
                        kind).flatMap(content -> start(user, agency, year, kind, content, "report.created"))));
    }

    /** Starts a report from an existing document (plain text or .docx), its numbered parts recognised. */
    public Mono<ReportDraft> importDocument(String agencyCode, int year, ReportKind kind, String title, byte[] document) {
        return currentUser.get().flatMap(user -> editorAgency(user, agencyCode).flatMap(agency -> ReportDocuments
                .text(document)
                .map(text -> ReportTextImport.read(text, title))
                .flatMap(imported -> kind == ReportKind.OPEN_GOVERNMENT_INFORMATION
                        ? tableThree(agency, year).map(ogi -> new ReportContent(imported.title(), imported.preamble(),
                                imported.sections(), ogi))
                        : Mono.just(imported))
                .flatMap(content -> start(user, agency, year, kind, content, "report.imported"))));
    }

    /**
     * Saves the draft as a new version. {@code revision} is the version the editor started from: if someone saved
     * since, nothing is overwritten and the answer is 409.
     */
    public Mono<ReportDraft> save(UUID id, int revision, ReportContent content, String correctionNote) {
        return currentUser.get().flatMap(user -> load(id, user).flatMap(stored -> {
            requireRole(user, stored, ReportAction.SAVE);
            requireAllowed(stored, ReportAction.SAVE);
            invalidIfAny(ReportContentRules.forSaving(content, stored.kind(), correctionNote));
            Instant now = now();
            return database.sql("""
                            update annual_report_draft
                            set content = :content, correction_note = :note, revision = revision + 1,
                                updated_at = :now, updated_by = :by
                            where report_id = :id and state = 'DRAFT' and revision = :revision""")
                    .bind("content", json(content))
                    .bind("note", nullable(correctionNote))
                    .bind("now", at(now))
                    .bind("by", user.subject())
                    .bind("id", id)
                    .bind("revision", revision)
                    .fetch()
                    .rowsUpdated()
                    .as(updated -> changedByNobodyElse(updated, revision))
                    .then(Mono.defer(() -> saveVersion(id, revision + 1, content, correctionNote, now, user.subject())))
                    .as(transaction::transactional);
        })).then(Mono.defer(() -> get(id)));
    }

    /** Takes one step of the workflow; {@code reason} for return and withdrawal, {@code at} for scheduling. */
    public Mono<ReportDraft> act(UUID id, ReportAction action, String reason, Instant at) {
        if (action == ReportAction.SAVE) {
            return Mono.error(new PortalException(HttpStatus.BAD_REQUEST, "unknown-action", action.slug()));
        }
        return currentUser.get()
                .flatMap(user -> load(id, user).flatMap(stored -> {
                    requireRole(user, stored, action);
                    requireAllowed(stored, action);
                    return step(stored, action, user.subject(), reason, at).as(transaction::transactional)
                            .then(Mono.defer(() -> afterStep(stored, action)));
                }))
                .then(Mono.defer(() -> get(id)));
    }

    /**
     * Publishes every scheduled report whose time has come; safe with several instances polling at once. The time
     * is read on each subscription: a scheduler subscribes to the same Mono again and again.
     */
    public Mono<Integer> publishDue() {
        return Mono.defer(() -> database.sql("""
                        select d.report_id from annual_report_draft d
                        where d.state = 'SCHEDULED' and d.scheduled_for <= :now
                        order by d.scheduled_for limit 20 for update skip locked""")
                .bind("now", at(now()))
                .map(row -> row.get("report_id", UUID.class))
                .all()
                .concatMap(id -> loadAny(id).flatMap(stored -> publish(stored, stored.updatedBy())
                        .flatMap(version -> audit.record(AuditEntry.succeeded("report.published-as-scheduled",
                                        "annual-report", id).as("", stored.agencyId())
                                .with(Map.of("year", Integer.toString(stored.year()), "kind", stored.kind().slug(),
                                        "version", version.toString(), "scheduledBy", stored.updatedBy()))))
                        .thenReturn(stored)))
                .collectList()
                .as(transaction::transactional)
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(SCHEDULER, null, List.of())))
                .flatMap(published -> Flux.fromIterable(published)
                        .concatMap(stored -> pages.published(stored.agencyCode(), stored.year(), stored.kind()))
                        .then(Mono.just(published.size()))));
    }

    /** The saved versions of a draft, newest first. */
    public Flux<ReportDraftVersion.Summary> versions(UUID id) {
        return currentUser.get().flatMapMany(user -> load(id, user).flatMapMany(stored -> database.sql("""
                        select revision, saved_at, saved_by from annual_report_draft_version
                        where report_id = :id order by revision desc""")
                .bind("id", id)
                .map(row -> new ReportDraftVersion.Summary(row.get("revision", Integer.class), instant(row, "saved_at"),
                        row.get("saved_by", String.class)))
                .all()));
    }

    /** One saved version, whole. */
    public Mono<ReportDraftVersion> version(UUID id, int revision) {
        return currentUser.get().flatMap(user -> load(id, user).flatMap(stored -> database.sql("""
                        select revision, saved_at, saved_by, content, correction_note from annual_report_draft_version
                        where report_id = :id and revision = :revision""")
                .bind("id", id)
                .bind("revision", revision)
                .map(row -> new ReportDraftVersion(row.get("revision", Integer.class), instant(row, "saved_at"),
                        row.get("saved_by", String.class), content(row),
                        row.get("correction_note", String.class)))
                .one()
                .switchIfEmpty(Mono.error(() -> new NotFoundException("report-version", id + "/" + revision)))));
    }

    /** What changed from one saved version to another. */
    public Mono<ReportDraftVersion.Diff> diff(UUID id, int from, int to) {
        return Mono.zip(version(id, from), version(id, to)).map(both -> ReportDiff.between(both.getT1(), both.getT2()));
    }

    /** The reports of one agency, as its staff list them. */
    public record AgencyReports(ReportDraft.AgencyName agency, List<ReportDraft> items) {}

    // --- The steps -----------------------------------------------------------------------------------------------

    private Mono<Void> step(Stored stored, ReportAction action, String actor, String reason, Instant at) {
        Map<String, String> details = new LinkedHashMap<>();
        Mono<Void> change = switch (action) {
            case SUBMIT -> {
                invalidIfAny(ReportContentRules.forPublication(stored.content(), stored.kind(), stored.year(),
                        stored.correctionNote(), stored.publishedVersion() != null));
                yield move(stored, ReportState.SUBMITTED, "submitted_by = :actor", actor, null);
            }
            case RETURN -> {
                details.put("reason", required(reason, "reason"));
                yield move(stored, ReportState.DRAFT, "submitted_by = null", actor, null);
            }
            case APPROVE -> {
                if (actor.equals(stored.submittedBy())) {
                    throw new PortalException(HttpStatus.FORBIDDEN, "report-own-submission");
                }
                invalidIfAny(ReportContentRules.forPublication(stored.content(), stored.kind(), stored.year(),
                        stored.correctionNote(), stored.publishedVersion() != null));
                yield move(stored, ReportState.APPROVED, null, actor, null);
            }
            case PUBLISH -> publish(stored, actor).doOnNext(version -> details.put("version", version.toString()))
                    .then();
            case SCHEDULE -> {
                if (at == null) {
                    throw invalid("at", "NotNull");
                }
                if (!at.isAfter(now())) {
                    throw invalid("at", "report.schedule-in-future");
                }
                details.put("at", at.toString());
                yield move(stored, ReportState.SCHEDULED, null, actor, at);
            }
            case UNSCHEDULE -> move(stored, ReportState.APPROVED, null, actor, null);
            case CORRECT -> startCorrection(stored, actor);
            case WITHDRAW -> {
                details.put("reason", required(reason, "reason"));
                yield withdraw(stored, actor, details.get("reason"));
            }
            case SAVE -> Mono.error(new IllegalStateException("saving is not a step"));
        };
        details.put("year", Integer.toString(stored.year()));
        details.put("kind", stored.kind().slug());
        return change.then(Mono.defer(() -> audit.record(AuditEntry.succeeded("report." + action.slug(), "annual-report",
                stored.id()).as(action.role().name(), stored.agencyId()).with(details))));
    }

    /** The public page must show what was just published or withdrawn from the next request on. */
    private Mono<Void> afterStep(Stored stored, ReportAction action) {
        return action == ReportAction.PUBLISH || action == ReportAction.WITHDRAW
                ? pages.published(stored.agencyCode(), stored.year(), stored.kind())
                : Mono.empty();
    }

    /** Moves the working copy on, provided nobody moved it meanwhile. */
    private Mono<Void> move(Stored stored, ReportState to, String alsoSet, String actor, Instant scheduledFor) {
        return database.sql("update annual_report_draft set state = :to, scheduled_for = :scheduledFor, "
                        + "updated_at = :now, updated_by = :actor" + (alsoSet == null ? "" : ", " + alsoSet)
                        + " where report_id = :id and state = :from and revision = :revision")
                .bind("to", to.name())
                .bind("scheduledFor", scheduledFor == null ? org.springframework.r2dbc.core.Parameter.empty(
                        OffsetDateTime.class) : org.springframework.r2dbc.core.Parameter.from(at(scheduledFor)))
                .bind("now", at(now()))
                .bind("actor", actor)
                .bind("id", stored.id())
                .bind("from", stored.storedState().name())
                .bind("revision", stored.revision())
                .fetch()
                .rowsUpdated()
                .as(updated -> changedByNobodyElse(updated, stored.revision()));
    }

    /** A new public version from the approved working copy, its number returned; a withdrawn report is public again. */
    private Mono<Integer> publish(Stored stored, String actor) {
        invalidIfAny(ReportContentRules.forPublication(stored.content(), stored.kind(), stored.year(),
                stored.correctionNote(), stored.publishedVersion() != null));
        ReportContent content = stored.content();
        String plainText = ReportRendering.plainText(content);
        return move(stored, ReportState.PUBLISHED, null, actor, null)
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
                        .bind("report", stored.id())
                        .bind("title", content.title())
                        .bind("content", json(content))
                        .bind("plainText", plainText)
                        .bind("titleTokens", SearchText.tokens(content.title()))
                        .bind("headingTokens", SearchText.tokens(ReportRendering.headings(content.forReading())))
                        .bind("textTokens", SearchText.tokens(plainText))
                        .bind("note", nullable(stored.correctionNote()))
                        .bind("now", at(now()))
                        .bind("by", actor)
                        .map(row -> row.get("version", Integer.class))
                        .one())
                .flatMap(version -> database.sql("""
                                update annual_report set withdrawn_at = null, withdrawal_reason = null, withdrawn_by = null
                                where id = :id""")
                        .bind("id", stored.id())
                        .then()
                        .thenReturn(version));
    }

    /** A correction starts as a draft holding the newest published text, with no correction note yet. */
    private Mono<Void> startCorrection(Stored stored, String actor) {
        Instant now = now();
        int revision = stored.revision() == null ? 1 : stored.revision() + 1;
        ReportContent published = stored.content();
        Mono<Long> upsert = stored.revision() == null
                ? database.sql("""
                                insert into annual_report_draft (report_id, state, revision, content, updated_at, updated_by)
                                values (:id, 'DRAFT', :revision, :content, :now, :by) on conflict do nothing""")
                        .bind("id", stored.id())
                        .bind("revision", revision)
                        .bind("content", json(published))
                        .bind("now", at(now))
                        .bind("by", actor)
                        .fetch()
                        .rowsUpdated()
                : database.sql("""
                                update annual_report_draft
                                set state = 'DRAFT', revision = :revision, correction_note = null, submitted_by = null,
                                    updated_at = :now, updated_by = :by
                                where report_id = :id and state = 'PUBLISHED' and revision = :previous""")
                        .bind("revision", revision)
                        .bind("now", at(now))
                        .bind("by", actor)
                        .bind("id", stored.id())
                        .bind("previous", stored.revision())
                        .fetch()
                        .rowsUpdated();
        return changedByNobodyElse(upsert, stored.revision())
                .then(Mono.defer(() -> saveVersion(stored.id(), revision, published, null, now, actor)));
    }

    private Mono<Void> withdraw(Stored stored, String actor, String reason) {
        return database.sql("""
                        update annual_report set withdrawn_at = :now, withdrawal_reason = :reason, withdrawn_by = :by
                        where id = :id and withdrawn_at is null""")
                .bind("now", at(now()))
                .bind("reason", reason)
                .bind("by", actor)
                .bind("id", stored.id())
                .fetch()
                .rowsUpdated()
                .as(updated -> changedByNobodyElse(updated, stored.publishedVersion()));
    }

    // --- Loading and starting ------------------------------------------------------------------------------------

    private Mono<ReportDraft> start(PortalUser user, Agency agency, int year, ReportKind kind, ReportContent content,
            String auditAction) {
        invalidIfAny(ReportContentRules.forSaving(content, kind, null));
        UUID id = UUID.randomUUID();
        Instant now = now();
        return database.sql("""
                        insert into annual_report (id, agency_id, year, kind) values (:id, :agency, :year, :kind)
                        on conflict (agency_id, year, kind) do nothing""")
                .bind("id", id)
                .bind("agency", agency.id())
                .bind("year", year)
                .bind("kind", kind.name())
                .fetch()
                .rowsUpdated()
                .flatMap(inserted -> inserted == 0
                        ? Mono.error(new ConflictException("report-exists", agency.name(), Integer.toString(year)))
                        : database.sql("""
                                        insert into annual_report_draft (report_id, state, revision, content, updated_at,
                                            updated_by)
                                        values (:id, 'DRAFT', 1, :content, :now, :by)""")
                                .bind("id", id)
                                .bind("content", json(content))
                                .bind("now", at(now))
                                .bind("by", user.subject())
                                .then())
                .then(Mono.defer(() -> saveVersion(id, 1, content, null, now, user.subject())))
                .then(Mono.defer(() -> audit.record(AuditEntry.succeeded(auditAction, "annual-report", id)
                        .as(Role.REPORT_EDITOR.name(), agency.id())
                        .with(Map.of("year", Integer.toString(year), "kind", kind.slug())))))
                .as(transaction::transactional)
                .then(Mono.defer(() -> get(id)));
    }

    private Mono<Void> saveVersion(UUID id, int revision, ReportContent content, String note, Instant at,
            String by) {
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

    /** The template of a kind: the parts the law requires, in order (DOMAIN.md §2); a plan's usual three. */
    private Mono<ReportContent> template(Agency agency, int year, ReportKind kind) {
        if (kind == ReportKind.RULE_OF_LAW_PLAN) {
            return Mono.just(new ReportContent(agency.name() + year + "年度法治政府建设工作方案", "", List.of(
                    part("一、", "总体要求"),
                    part("二、", "主要任务"),
                    part("三、", "组织保障")), null));
        }
        if (kind == ReportKind.RULE_OF_LAW) {
            return Mono.just(new ReportContent(agency.name() + year + "年法治政府建设年度报告", "", List.of(
                    part("一、", year + "年推进法治政府建设的主要举措和成效"),
                    part("二、", "存在的不足和原因"),
                    part("三、", "党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"),
                    part("四、", (year + 1) + "年推进法治政府建设的主要安排"),
                    part("五、", "其他需要报告的事项")), null));
        }
        return tableThree(agency, year).map(ogi -> new ReportContent(agency.name() + year + "年政府信息公开工作年度报告",
                "", List.of(
                        part("一、", "总体情况"),
                        part("二、", "主动公开政府信息情况"),
                        part("三、", "收到和处理政府信息公开申请情况"),
                        part("四、", "政府信息公开行政复议、行政诉讼情况"),
                        part("五、", "存在的主要问题及改进情况"),
                        part("六、", "其他需要报告的事项")), ogi));
    }

    private Mono<OgiTables> tableThree(Agency agency, int year) {
        return statistics.tableThree(agency.code(), year).map(counted -> OgiTables.startingFrom(counted.table()));
    }

    private static ReportSection part(String label, String heading) {
        return new ReportSection(label, heading, false, "", List.of());
    }

    private Mono<Stored> load(UUID id, PortalUser user) {
        return loadAny(id)
                .filter(stored -> STAFF.stream().anyMatch(role -> user.mayActFor(stored.agencyId(), role)))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("report", id)));
    }

    private Mono<Stored> loadAny(UUID id) {
        return database.sql(LOAD + "where r.id = :id").bind("id", id).map(this::stored).one();
    }

    private Mono<Agency> staffAgency(PortalUser user, String agencyCode) {
        List<UUID> mine = STAFF.stream().flatMap(role -> user.agenciesWhere(role).stream()).distinct().sorted().toList();
        if (mine.isEmpty()) {
            return Mono.error(new PortalException(HttpStatus.FORBIDDEN, "forbidden"));
        }
        Mono<Agency> agency = agencyCode == null ? agencies.findById(mine.get(0)) : agencies.findByCode(agencyCode);
        return agency.filter(found -> mine.contains(found.id()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("agency", agencyCode)));
    }

    private Mono<Agency> editorAgency(PortalUser user, String agencyCode) {
        return agencies.findByCode(agencyCode)
                .switchIfEmpty(Mono.error(() -> invalid("agency", "disclosure.agency-unknown")))
                .flatMap(agency -> user.mayActFor(agency.id(), Role.REPORT_EDITOR) ? Mono.just(agency)
                        : Mono.error(new PortalException(HttpStatus.FORBIDDEN, "report-editor-only")));
    }

    private ReportDraft view(Stored stored, PortalUser user, boolean withContent) {
        List<String> allowed = Arrays.stream(ReportAction.values())
                .filter(action -> user.mayActFor(stored.agencyId(), action.role()))
                .filter(action -> action.isAllowedIn(stored.state(), stored.isPublic()))
                .filter(action -> action != ReportAction.APPROVE || !user.subject().equals(stored.submittedBy()))
                .map(ReportAction::slug)
                .toList();
        return new ReportDraft(stored.id(), new ReportDraft.AgencyName(stored.agencyCode(), stored.agencyName()),
                stored.year(), stored.kind(), stored.state(), stored.content().title(), stored.revision(),
                withContent ? stored.content() : null,
                stored.correctionNote(), stored.scheduledFor(), stored.publishedVersion(), stored.publishedAt(),
                stored.withdrawal(), allowed, stored.updatedAt(), stored.updatedBy(), stored.submittedBy(),
                "/reports/" + stored.agencyCode() + "/" + stored.year() + "/" + stored.kind().slug());
    }

    private Stored stored(Readable row) {
        String state = row.get("state", String.class);
        Instant withdrawnAt = instant(row, "withdrawn_at");
        return new Stored(row.get("id", UUID.class), row.get("agency_id", UUID.class), row.get("agency_code", String.class),
                row.get("agency_name", String.class), row.get("year", Integer.class),
                ReportKind.valueOf(row.get("kind", String.class)),
                state == null ? ReportState.PUBLISHED : ReportState.valueOf(state), row.get("revision", Integer.class),
                content(row), row.get("correction_note", String.class), instant(row, "scheduled_for"),
                row.get("published_version", Integer.class), instant(row, "published_at"),
                withdrawnAt == null ? null : new ReportDraft.Withdrawal(row.get("withdrawal_reason", String.class),
                        withdrawnAt, row.get("withdrawn_by", String.class)),
                instant(row, "updated_at"), row.get("updated_by", String.class), row.get("submitted_by", String.class));
    }

    private ReportContent content(Readable row) {
        Json content = row.get("content", Json.class);
        return content == null ? new ReportContent("", "", List.of()) : json.readValue(content.asString(),
                ReportContent.class);
    }

    /** A report as stored; {@code storedState} is PUBLISHED for a report that was only ever imported as published. */
    private record Stored(UUID id, UUID agencyId, String agencyCode, String agencyName, int year, ReportKind kind,
            ReportState storedState, Integer revision, ReportContent content, String correctionNote,
            Instant scheduledFor, Integer publishedVersion, Instant publishedAt, ReportDraft.Withdrawal withdrawal,
            Instant updatedAt, String updatedBy, String submittedBy) {

        /** Whether the public can read a version now. */
        boolean isPublic() {
            return publishedVersion != null && withdrawal == null;
        }

        ReportState state() {
            return storedState == ReportState.PUBLISHED && withdrawal != null ? ReportState.WITHDRAWN : storedState;
        }
    }

    // --- Small helpers -------------------------------------------------------------------------------------------

    /** A guarded update that changed nothing lost a race: someone saved or acted since {@code revision}. */
    private static Mono<Void> changedByNobodyElse(Mono<Long> rowsChanged, Integer revision) {
        return rowsChanged.flatMap(changed -> changed == 0
                ? Mono.error(new ConflictException("report-changed-meanwhile", String.valueOf(revision)))
                : Mono.empty());
    }

    private static void requireRole(PortalUser user, Stored stored, ReportAction action) {
        if (!user.mayActFor(stored.agencyId(), action.role())) {
            throw new PortalException(HttpStatus.FORBIDDEN,
                    action.role() == Role.REPORT_EDITOR ? "report-editor-only" : "report-publisher-only");
        }
    }

    private static void requireAllowed(Stored stored, ReportAction action) {
        if (!action.isAllowedIn(stored.state(), stored.isPublic())) {
            throw new ConflictException("report-illegal-transition", action.slug(), stored.state().name());
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "NotBlank");
        }
        if (value.length() > ReportContentRules.MAX_NOTE) {
            throw new PortalException(HttpStatus.BAD_REQUEST, "validation",
                    List.of(new FieldProblem(field, "Size", field, Integer.toString(ReportContentRules.MAX_NOTE), "1")));
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

    private Json json(ReportContent content) {
        return Json.of(json.writeValueAsString(content));
    }

    private static org.springframework.r2dbc.core.Parameter nullable(String value) {
        return value == null || value.isBlank() ? org.springframework.r2dbc.core.Parameter.empty(String.class)
                : org.springframework.r2dbc.core.Parameter.from(value.strip());
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
