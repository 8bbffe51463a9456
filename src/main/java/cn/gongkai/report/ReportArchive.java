package cn.gongkai.report;

import cn.gongkai.platform.NotFoundException;
import cn.gongkai.report.internal.SearchText;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The public archive of annual reports (年度报告公开): every question the public asks of it. */
@Service
public class ReportArchive {

    /** The newest version of each report, joined to its agency. */
    private static final String NEWEST = """
            from annual_report r
            join agency a on a.id = r.agency_id
            join annual_report_publication p on p.report_id = r.id and r.withdrawn_at is null
             and p.version = (select max(version) from annual_report_publication n where n.report_id = r.id)
            """;

    private static final String SUMMARY_COLUMNS = """
            r.id, a.code as agency_code, a.name as agency_name, a.name_en as agency_name_en, r.year, r.kind, p.version, p.title,
            p.published_at,
            (select min(published_at) from annual_report_publication f where f.report_id = r.id) as first_published_at
            """;

    private final DatabaseClient database;
    private final JsonMapper json;

    ReportArchive(DatabaseClient database, JsonMapper json) {
        this.database = database;
        this.json = json;
    }

    /** A page of published reports, newest publication first, optionally of one agency, year or kind. */
    public Mono<Page<ReportSummary>> findPublished(ArchiveFilter filter, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (filter.agencyCode() != null) {
            conditions.add("a.code = :agency");
            parameters.put("agency", filter.agencyCode());
        }
        if (filter.year() != null) {
            conditions.add("r.year = :year");
            parameters.put("year", filter.year());
        }
        if (filter.kind() != null) {
            conditions.add("r.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + "\n";
        var items = database.sql("select " + SUMMARY_COLUMNS + NEWEST + where
                        + "order by p.published_at desc, r.year desc, a.code limit :limit offset :offset")
                .bindValues(parameters)
                .bind("limit", size)
                .bind("offset", (long) page * size)
                .map(ReportArchive::summary)
                .all()
                .collectList();
        var total = database.sql("select count(*) as total " + NEWEST + where)
                .bindValues(parameters)
                .map(row -> row.get("total", Long.class))
                .one();
        return Mono.zip(items, total).map(both -> new Page<>(both.getT1(), page, size, both.getT2()));
    }

    /** The report with that id as now published, or a 404 problem. */
    public Mono<PublishedReport> getPublished(UUID id) {
        return published("r.id = :id", Map.of("id", id))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("report", id)));
    }

    /** The report at its public address, or a 404 problem. */
    public Mono<PublishedReport> getPublished(String agencyCode, int year, ReportKind kind) {
        return published(
                        "a.code = :agency and r.year = :year and r.kind = :kind",
                        Map.of("agency", agencyCode, "year", year, "kind", kind.name()))
                .switchIfEmpty(
                        Mono.error(() -> new NotFoundException("report", agencyCode + "/" + year + "/" + kind.slug())));
    }

    /** The newest version at a report's public address: what serving its PDF needs, without reading its text. */
    public record CurrentVersion(UUID reportId, int version, String title) {}

    /** The newest version of the report at its public address, or a 404 problem. */
    public Mono<CurrentVersion> getCurrentVersion(String agencyCode, int year, ReportKind kind) {
        return database.sql("select r.id, p.version, p.title " + NEWEST
                        + "where a.code = :agency and r.year = :year and r.kind = :kind")
                .bind("agency", agencyCode)
                .bind("year", year)
                .bind("kind", kind.name())
                .map(row -> new CurrentVersion(
                        row.get("id", UUID.class), row.get("version", Integer.class), row.get("title", String.class)))
                .one()
                .switchIfEmpty(
                        Mono.error(() -> new NotFoundException("report", agencyCode + "/" + year + "/" + kind.slug())));
    }

    /** A report whose publication was withdrawn (撤回), with the reason the public is given. */
    public Mono<WithdrawnReport> findWithdrawn(String agencyCode, int year, ReportKind kind) {
        return database.sql("""
                        select a.name, a.name_en, p.title, r.withdrawal_reason, r.withdrawn_at
                        from annual_report r join agency a on a.id = r.agency_id
                        join annual_report_publication p on p.report_id = r.id and p.version =
                            (select max(version) from annual_report_publication n where n.report_id = r.id)
                        where a.code = :agency and r.year = :year and r.kind = :kind and r.withdrawn_at is not null""")
                .bind("agency", agencyCode)
                .bind("year", year)
                .bind("kind", kind.name())
                .map(row -> new WithdrawnReport(
                        row.get("name", String.class),
                        row.get("name_en", String.class),
                        row.get("title", String.class),
                        row.get("withdrawal_reason", String.class),
                        instant(row, "withdrawn_at")))
                .one();
    }

    /** What the public is told of a withdrawn report; {@code agencyNameEn} is null where the directory has none. */
    public record WithdrawnReport(
            String agencyName, @Nullable String agencyNameEn, String title, String reason, Instant withdrawnAt) {}

    /**
     * Published reports matching every term of the query, with a highlighted passage: the annual
     * reports first, then the plans, each most relevant first. Plans speak of every topic of the law
     * at length, so by relevance alone they would bury the reports that say what was actually done.
     */
    public Mono<SearchResults> search(String query, int limit) {
        String tsQuery = SearchText.tsQuery(query);
        List<String> terms = SearchText.terms(query);
        if (tsQuery.isEmpty()) {
            return Mono.just(new SearchResults(List.of(), 0));
        }
        return database.sql("select " + SUMMARY_COLUMNS + ", p.plain_text, ts_rank_cd(p.search_tokens, q, 1) as rank "
                        + NEWEST + ", to_tsquery('simple', :query) q where p.search_tokens @@ q "
                        + "order by r.kind = :plan, rank desc, p.published_at desc limit :limit")
                .bind("query", tsQuery)
                .bind("plan", ReportKind.RULE_OF_LAW_PLAN.name())
                .bind("limit", limit)
                .map(row -> SearchHit.of(summary(row), SearchText.snippet(row.get("plain_text", String.class), terms)))
                .all()
                .collectList()
                .map(hits -> new SearchResults(hits, hits.size()));
    }

    private Mono<PublishedReport> published(String condition, Map<String, Object> parameters) {
        return database.sql("select " + SUMMARY_COLUMNS + ", r.agency_id, p.content " + NEWEST + "where " + condition)
                .bindValues(parameters)
                .map(row ->
                        new Object[] {summary(row), row.get("agency_id", UUID.class), row.get("content", Json.class)})
                .one()
                .flatMap(found -> {
                    ReportSummary summary = (ReportSummary) found[0];
                    ReportContent content = json.readValue(((Json) found[2]).asString(), ReportContent.class);
                    return corrections(summary.id())
                            .map(corrections -> new PublishedReport(
                                    summary.id(),
                                    (UUID) found[1],
                                    summary.agencyCode(),
                                    summary.agencyName(),
                                    summary.agencyNameEn(),
                                    summary.year(),
                                    summary.kind(),
                                    summary.version(),
                                    summary.title(),
                                    content,
                                    summary.firstPublishedAt(),
                                    summary.publishedAt(),
                                    corrections));
                });
    }

    private Mono<List<PublishedReport.Correction>> corrections(UUID reportId) {
        return database.sql("""
                        select version, correction_note, published_at from annual_report_publication
                        where report_id = :id and version > 1 order by version desc""")
                .bind("id", reportId)
                .map(row -> new PublishedReport.Correction(
                        row.get("version", Integer.class),
                        row.get("correction_note", String.class),
                        instant(row, "published_at")))
                .all()
                .collectList();
    }

    private static ReportSummary summary(Readable row) {
        ReportKind kind = ReportKind.valueOf(row.get("kind", String.class));
        String agencyCode = row.get("agency_code", String.class);
        int year = row.get("year", Integer.class);
        return new ReportSummary(
                row.get("id", UUID.class),
                agencyCode,
                row.get("agency_name", String.class),
                row.get("agency_name_en", String.class),
                year,
                kind,
                row.get("version", Integer.class),
                row.get("title", String.class),
                instant(row, "first_published_at"),
                instant(row, "published_at"),
                "/reports/" + agencyCode + "/" + year + "/" + kind.slug());
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** What the archive may be narrowed to; {@code null} means any. */
    /** One published version, as a feed lists it. */
    public record Publication(
            UUID publicationId,
            String agencyCode,
            String agencyName,
            int year,
            ReportKind kind,
            int version,
            String title,
            Instant publishedAt,
            String correctionNote) {

        public String path() {
            return "/reports/" + agencyCode + "/" + year + "/" + kind.slug();
        }

        public String kindName() {
            return kind.describe(year);
        }
    }

    /** The newest published versions, first publications and corrections alike, newest first. */
    public Flux<Publication> latestPublications(int limit) {
        return database.sql("""
                        select p.id, a.code, a.name, r.year, r.kind, p.version, p.title, p.published_at, p.correction_note
                        from annual_report_publication p join annual_report r on r.id = p.report_id
                        join agency a on a.id = r.agency_id
                        where r.withdrawn_at is null
                        order by p.published_at desc limit :limit
                        """)
                .bind("limit", limit)
                .map(row -> new Publication(
                        row.get("id", UUID.class),
                        row.get("code", String.class),
                        row.get("name", String.class),
                        row.get("year", Integer.class),
                        ReportKind.valueOf(row.get("kind", String.class)),
                        row.get("version", Integer.class),
                        row.get("title", String.class),
                        row.get("published_at", java.time.OffsetDateTime.class).toInstant(),
                        row.get("correction_note", String.class)))
                .all();
    }

    public record ArchiveFilter(String agencyCode, Integer year, ReportKind kind) {}

    /** One line of the archive; {@code agencyNameEn} is null where the directory has no English name. */
    public record ReportSummary(
            UUID id,
            String agencyCode,
            String agencyName,
            @Nullable String agencyNameEn,
            int year,
            ReportKind kind,
            int version,
            String title,
            Instant firstPublishedAt,
            Instant publishedAt,
            String url) {}

    /** One page of a longer list. */
    public record Page<T>(List<T> items, int page, int size, long total) {}

    /** A report that matched a search, with the passage that matched ({@code <mark>} around the terms). */
    public record SearchHit(
            UUID id,
            String agencyCode,
            String agencyName,
            @Nullable String agencyNameEn,
            int year,
            ReportKind kind,
            String title,
            Instant publishedAt,
            String url,
            String snippet) {

        static SearchHit of(ReportSummary report, String snippet) {
            return new SearchHit(
                    report.id(),
                    report.agencyCode(),
                    report.agencyName(),
                    report.agencyNameEn(),
                    report.year(),
                    report.kind(),
                    report.title(),
                    report.publishedAt(),
                    report.url(),
                    snippet);
        }
    }

    public record SearchResults(List<SearchHit> items, int total) {}
}
