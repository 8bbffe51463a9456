package cn.gongkai.report;

import cn.gongkai.audit.AuditEntry;
import cn.gongkai.audit.AuditTrail;
import cn.gongkai.disclosure.DisclosureStatistics;
import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.Agency;
import cn.gongkai.identity.CurrentUser;
import cn.gongkai.identity.PortalUser;
import cn.gongkai.identity.Role;
import cn.gongkai.platform.NotFoundException;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.report.internal.AnnualReportStore;
import cn.gongkai.report.internal.ReportDiff;
import cn.gongkai.report.internal.ReportDocuments;
import cn.gongkai.report.internal.ReportPages;
import cn.gongkai.report.internal.ReportTextImport;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writing and publishing annual reports (年度报告编辑、审核与发布): an agency's editors draft, every save a
 * version; its publishers approve and publish now or at a set time; a correction after publication is a new
 * public version with its 更正说明; a withdrawal needs a reason. The rules of each step are {@link AnnualReport}'s;
 * this service finds the report, checks the role, stores and audits what the step did in one transaction, and
 * evicts the public page the step changed. Only the agency's own editors and publishers see its drafts: to anyone
 * else they do not exist.
 */
@Service
public class ReportDrafts {

    private static final Set<Role> STAFF = Set.of(Role.REPORT_EDITOR, Role.REPORT_PUBLISHER);
    /** Who appears in the audit trail when a scheduled publication falls due. */
    static final String SCHEDULER = "system:scheduled-publication";

    private final AnnualReportStore store;
    private final CurrentUser currentUser;
    private final Agencies agencies;
    private final DisclosureStatistics statistics;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final ReportPages pages;
    private final Clock clock;

    ReportDrafts(
            AnnualReportStore store,
            CurrentUser currentUser,
            Agencies agencies,
            DisclosureStatistics statistics,
            AuditTrail audit,
            TransactionalOperator transaction,
            ReportPages pages,
            Clock clock) {
        this.store = store;
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
        return currentUser
                .get()
                .flatMap(user -> staffAgency(user, agencyCode)
                        .flatMap(agency -> store.findByAgency(agency.id())
                                .map(report -> view(report, user, false))
                                .collectList()
                                .map(items -> new AgencyReports(
                                        new ReportDraft.AgencyName(agency.code(), agency.name()), items))));
    }

    /** A report with its working copy, for the agency's editors and publishers; 404 for anyone else. */
    public Mono<ReportDraft> get(UUID id) {
        return currentUser.get().flatMap(user -> load(id, user).map(report -> view(report, user, true)));
    }

    /**
     * Starts the report of an agency, year and kind from the template of its kind; an open-government-information
     * report starts with table 三 as counted from the agency's disclosure requests.
     */
    public Mono<ReportDraft> create(String agencyCode, int year, ReportKind kind) {
        return currentUser
                .get()
                .flatMap(user -> editorAgency(user, agencyCode)
                        .flatMap(agency -> template(agency, year, kind)
                                .flatMap(content -> start(user, agency, year, kind, content, "report.created"))));
    }

    /** Starts a report from an existing document (plain text or .docx), its numbered parts recognised. */
    public Mono<ReportDraft> importDocument(
            String agencyCode, int year, ReportKind kind, String title, byte[] document) {
        return currentUser
                .get()
                .flatMap(user -> editorAgency(user, agencyCode)
                        .flatMap(agency -> ReportDocuments.text(document)
                                .map(text -> ReportTextImport.read(text, title))
                                .flatMap(imported -> kind == ReportKind.OPEN_GOVERNMENT_INFORMATION
                                        ? tableThree(agency, year)
                                                .map(ogi -> new ReportContent(
                                                        imported.title(),
                                                        imported.preamble(),
                                                        imported.sections(),
                                                        ogi))
                                        : Mono.just(imported))
                                .flatMap(content -> start(user, agency, year, kind, content, "report.imported"))));
    }

    /**
     * Saves the draft as a new version. {@code revision} is the version the editor started from: if someone saved
     * since, nothing is overwritten and the answer is 409. Saving is not audited: the versions are its record.
     */
    public Mono<ReportDraft> save(UUID id, int revision, ReportContent content, String correctionNote) {
        return currentUser
                .get()
                .flatMap(user -> load(id, user).flatMap(report -> {
                    requireRole(user, report, ReportAction.SAVE);
                    return store.save(report, report.save(revision, content, correctionNote, user.subject(), now()));
                }))
                .as(transaction::transactional)
                .then(Mono.defer(() -> get(id)));
    }

    /** Takes one step of the workflow; {@code reason} for return and withdrawal, {@code at} for scheduling. */
    public Mono<ReportDraft> act(UUID id, ReportAction action, String reason, Instant at) {
        BiFunction<AnnualReport, String, ReportEvent> step = switch (action) {
            case SUBMIT -> (report, by) -> report.submit(by, now());
            case RETURN -> (report, by) -> report.returnToEditors(reason, by, now());
            case APPROVE -> (report, by) -> report.approve(by, now());
            case PUBLISH -> (report, by) -> report.publish(by, now());
            case SCHEDULE -> (report, by) -> report.schedule(at, by, now());
            case UNSCHEDULE -> (report, by) -> report.unschedule(by, now());
            case CORRECT -> (report, by) -> report.correct(by, now());
            case WITHDRAW -> (report, by) -> report.withdraw(reason, by, now());
            case SAVE -> null;
        };
        if (step == null) {
            return Mono.error(new PortalException(HttpStatus.BAD_REQUEST, "unknown-action", action.slug()));
        }
        return currentUser
                .get()
                .flatMap(user -> load(id, user).flatMap(report -> {
                    requireRole(user, report, action);
                    ReportEvent event = step.apply(report, user.subject());
                    return store.save(report, event)
                            .flatMap(stored ->
                                    audit.record(AuditEntry.succeeded("report." + action.slug(), "annual-report", id)
                                            .as(action.role().name(), report.agencyId())
                                            .with(auditDetails(stored, report))))
                            .as(transaction::transactional)
                            .then(Mono.defer(() -> evictPageIfPublic(report, event)));
                }))
                .then(Mono.defer(() -> get(id)));
    }

    /**
     * Publishes every scheduled report whose time has come; safe with several instances polling at once. The time
     * is read on each subscription: a scheduler subscribes to the same Mono again and again.
     */
    public Mono<Integer> publishDue() {
        return Mono.defer(() -> {
            Instant now = now();
            return store.lockDueForPublication(now)
                    .concatMap(id -> store.findById(id).flatMap(report -> {
                        String scheduledBy = report.updatedBy();
                        return store.save(report, report.publishAsScheduled(now))
                                .flatMap(stored -> audit.record(
                                        AuditEntry.succeeded("report.published-as-scheduled", "annual-report", id)
                                                .as("", report.agencyId())
                                                .with(Map.of(
                                                        "year",
                                                        Integer.toString(report.year()),
                                                        "kind",
                                                        report.kind().slug(),
                                                        "version",
                                                        stored.details().get("version"),
                                                        "scheduledBy",
                                                        scheduledBy))))
                                .thenReturn(report);
                    }))
                    .collectList()
                    .as(transaction::transactional)
                    .contextWrite(ReactiveSecurityContextHolder.withAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(SCHEDULER, null, List.of())))
                    .flatMap(published -> Flux.fromIterable(published)
                            .concatMap(report -> pages.published(report.agencyCode(), report.year(), report.kind()))
                            .then(Mono.just(published.size())));
        });
    }

    /** The saved versions of a draft, newest first. */
    public Flux<ReportDraftVersion.Summary> versions(UUID id) {
        return currentUser.get().flatMapMany(user -> load(id, user).flatMapMany(report -> store.versions(id)));
    }

    /** One saved version, whole. */
    public Mono<ReportDraftVersion> version(UUID id, int revision) {
        return currentUser
                .get()
                .flatMap(user -> load(id, user)
                        .flatMap(report -> store.version(id, revision)
                                .switchIfEmpty(Mono.error(
                                        () -> new NotFoundException("report-version", id + "/" + revision)))));
    }

    /** What changed from one saved version to another. */
    public Mono<ReportDraftVersion.Diff> diff(UUID id, int from, int to) {
        return version(id, from).zipWith(version(id, to), ReportDiff::between);
    }

    /** The reports of one agency, as its staff list them. */
    public record AgencyReports(ReportDraft.AgencyName agency, List<ReportDraft> items) {}

    // --- Internals -----------------------------------------------------------------------------------------------

    /** The public page must show what was just published or withdrawn from the next request on. */
    private Mono<Void> evictPageIfPublic(AnnualReport report, ReportEvent event) {
        return event instanceof ReportEvent.Published || event instanceof ReportEvent.Withdrawn
                ? pages.published(report.agencyCode(), report.year(), report.kind())
                : Mono.empty();
    }

    /** The step's own details, then the report's year and kind. */
    private static Map<String, String> auditDetails(ReportEvent event, AnnualReport report) {
        Map<String, String> details = new LinkedHashMap<>(event.details());
        details.put("year", Integer.toString(report.year()));
        details.put("kind", report.kind().slug());
        return details;
    }

    private Mono<ReportDraft> start(
            PortalUser user, Agency agency, int year, ReportKind kind, ReportContent content, String auditAction) {
        AnnualReport report = AnnualReport.start(
                UUID.randomUUID(),
                agency.id(),
                agency.code(),
                agency.name(),
                year,
                kind,
                content,
                user.subject(),
                now());
        return store.insert(report)
                .then(Mono.defer(() -> audit.record(AuditEntry.succeeded(auditAction, "annual-report", report.id())
                        .as(Role.REPORT_EDITOR.name(), agency.id())
                        .with(Map.of("year", Integer.toString(year), "kind", kind.slug())))))
                .as(transaction::transactional)
                .then(Mono.defer(() -> get(report.id())));
    }

    /** The template of a kind: the parts the law requires, in order (DOMAIN.md §2); a plan's usual three. */
    private Mono<ReportContent> template(Agency agency, int year, ReportKind kind) {
        if (kind == ReportKind.RULE_OF_LAW_PLAN) {
            return Mono.just(new ReportContent(
                    agency.name() + year + "年度法治政府建设工作方案",
                    "",
                    List.of(part("一、", "总体要求"), part("二、", "主要任务"), part("三、", "组织保障")),
                    null));
        }
        if (kind == ReportKind.RULE_OF_LAW) {
            return Mono.just(new ReportContent(
                    agency.name() + year + "年法治政府建设年度报告",
                    "",
                    List.of(
                            part("一、", year + "年推进法治政府建设的主要举措和成效"),
                            part("二、", "存在的不足和原因"),
                            part("三、", "党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"),
                            part("四、", (year + 1) + "年推进法治政府建设的主要安排"),
                            part("五、", "其他需要报告的事项")),
                    null));
        }
        return tableThree(agency, year)
                .map(ogi -> new ReportContent(
                        agency.name() + year + "年政府信息公开工作年度报告",
                        "",
                        List.of(
                                part("一、", "总体情况"),
                                part("二、", "主动公开政府信息情况"),
                                part("三、", "收到和处理政府信息公开申请情况"),
                                part("四、", "政府信息公开行政复议、行政诉讼情况"),
                                part("五、", "存在的主要问题及改进情况"),
                                part("六、", "其他需要报告的事项")),
                        ogi));
    }

    private Mono<OgiTables> tableThree(Agency agency, int year) {
        return statistics.tableThree(agency.code(), year).map(counted -> OgiTables.startingFrom(counted.table()));
    }

    private static ReportSection part(String label, String heading) {
        return new ReportSection(label, heading, false, "", List.of());
    }

    private Mono<AnnualReport> load(UUID id, PortalUser user) {
        return store.findById(id)
                .filter(report -> STAFF.stream().anyMatch(role -> user.mayActFor(report.agencyId(), role)))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("report", id)));
    }

    private Mono<Agency> staffAgency(PortalUser user, String agencyCode) {
        List<UUID> mine = STAFF.stream()
                .flatMap(role -> user.agenciesWhere(role).stream())
                .distinct()
                .sorted()
                .toList();
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
                .flatMap(agency -> user.mayActFor(agency.id(), Role.REPORT_EDITOR)
                        ? Mono.just(agency)
                        : Mono.error(new PortalException(HttpStatus.FORBIDDEN, "report-editor-only")));
    }

    private ReportDraft view(AnnualReport report, PortalUser user, boolean withContent) {
        List<String> allowed = Arrays.stream(ReportAction.values())
                .filter(action -> user.mayActFor(report.agencyId(), action.role()))
                .filter(action -> report.allows(action, user.subject()))
                .map(ReportAction::slug)
                .toList();
        return new ReportDraft(
                report.id(),
                new ReportDraft.AgencyName(report.agencyCode(), report.agencyName()),
                report.year(),
                report.kind(),
                report.state(),
                report.content().title(),
                report.revision(),
                withContent ? report.content() : null,
                report.correctionNote(),
                report.scheduledFor(),
                report.publishedVersion(),
                report.publishedAt(),
                report.withdrawal(),
                allowed,
                report.updatedAt(),
                report.updatedBy(),
                report.submittedBy(),
                "/reports/" + report.agencyCode() + "/" + report.year() + "/"
                        + report.kind().slug());
    }

    private static void requireRole(PortalUser user, AnnualReport report, ReportAction action) {
        if (!user.mayActFor(report.agencyId(), action.role())) {
            throw new PortalException(
                    HttpStatus.FORBIDDEN,
                    action.role() == Role.REPORT_EDITOR ? "report-editor-only" : "report-publisher-only");
        }
    }

    private static PortalException invalid(String field, String messageKey) {
        return new PortalException(HttpStatus.BAD_REQUEST, "validation", List.of(new FieldProblem(field, messageKey)));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
