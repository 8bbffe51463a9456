package cn.gongkai.report;

import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.Agency;
import cn.gongkai.identity.AgencyKind;
import jakarta.annotation.Nullable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The compliance board (年度报告公开情况): for one year, whether every agency published each annual report by its
 * legal deadline. Agencies that have not published come first, so the public sees the gaps at once.
 */
@Service
public class ReportCompliance {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DatabaseClient database;
    private final Agencies agencies;
    private final Clock clock;

    ReportCompliance(DatabaseClient database, Agencies agencies, Clock clock) {
        this.database = database;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** Where one report stands against its deadline. */
    public enum Standing {
        /** 逾期未公开: the deadline has passed and nothing is published. */
        MISSING,
        /** 逾期公开: published after the deadline. */
        LATE,
        /** 尚未到期: not published, and the deadline is still ahead. */
        NOT_YET_DUE,
        /** 按期公开 */
        ON_TIME
    }

    /** One report an agency owes for the year. */
    public record Obligation(
            ReportKind kind,
            LocalDate deadline,
            @Nullable LocalDate publishedOn,
            Standing standing,
            @Nullable String url) {}

    /** One agency's line on the board; {@code agencyNameEn} is null where the directory has no English name. */
    public record AgencyLine(
            String agencyCode,
            String agencyName,
            @Nullable String agencyNameEn,
            AgencyKind agencyKind,
            List<Obligation> reports) {

        Standing worst() {
            return reports.stream()
                    .map(Obligation::standing)
                    .min(Comparator.naturalOrder())
                    .orElse(Standing.ON_TIME);
        }
    }

    /** How many of the year's reports stand one way. */
    public record StandingCount(Standing standing, int reports) {}

    /** Which lines of the board to list; null for all. */
    public record BoardFilter(
            @Nullable Standing standing, @Nullable AgencyKind agencyKind) {

        boolean covers(Agency agency) {
            return agencyKind == null || agency.kind() == agencyKind;
        }

        boolean lists(AgencyLine line) {
            return standing == null || line.reports().stream().anyMatch(report -> report.standing() == standing);
        }
    }

    /**
     * The board for one year.
     *
     * @param year the year the reports are about: the one asked for, or {@link #yearToShow(LocalDate)}
     * @param latestYear the year the board opens on today, the newest one worth choosing
     * @param agencies how many agencies of the kind asked for owe reports
     * @param counts their reports by standing, worst first, every standing named even when none stands so; the
     *     standing asked for narrows the lines, not the counts
     * @param lines the agencies listed, worst standing first, then by agency code
     */
    public record ComplianceBoard(
            int year, int latestYear, int agencies, List<StandingCount> counts, List<AgencyLine> lines) {}

    /**
     * The year of reports the board shows when none is asked for: the latest year whose first deadline has come
     * (31 January of the next year, for departments' open-government-information reports), so that the board shows
     * who kept the deadlines rather than a year of reports not yet due. On a deadline day that year is shown.
     */
    public static int yearToShow(LocalDate today) {
        int lastYear = today.getYear() - 1;
        return today.isBefore(firstDeadlineFor(lastYear)) ? lastYear - 1 : lastYear;
    }

    private static LocalDate firstDeadlineFor(int year) {
        return Arrays.stream(ReportKind.values())
                .filter(ReportKind::isAnnualReport)
                .flatMap(kind ->
                        Arrays.stream(AgencyKind.values()).map(agencyKind -> kind.deadlineFor(year, agencyKind)))
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** The board for reports about {@code year}, or about {@link #yearToShow(LocalDate)} when null. */
    public Mono<ComplianceBoard> board(@Nullable Integer year, BoardFilter filter) {
        LocalDate today = LocalDate.now(clock);
        int latestYear = yearToShow(today);
        int shown = year == null ? latestYear : year;
        return firstPublications(shown)
                .flatMap(published -> agencies.findAll()
                        .filter(filter::covers)
                        .map(agency -> line(agency, shown, today, published))
                        .sort(Comparator.comparing(AgencyLine::worst).thenComparing(AgencyLine::agencyCode))
                        .collectList())
                .map(lines -> new ComplianceBoard(
                        shown,
                        latestYear,
                        lines.size(),
                        countByStanding(lines),
                        lines.stream().filter(filter::lists).toList()));
    }

    private static List<StandingCount> countByStanding(List<AgencyLine> lines) {
        Map<Standing, Long> counts = lines.stream()
                .flatMap(line -> line.reports().stream())
                .collect(Collectors.groupingBy(Obligation::standing, Collectors.counting()));
        return Arrays.stream(Standing.values())
                .map(standing -> new StandingCount(
                        standing, counts.getOrDefault(standing, 0L).intValue()))
                .toList();
    }

    private AgencyLine line(Agency agency, int year, LocalDate today, Map<String, LocalDate> published) {
        List<Obligation> obligations = Arrays.stream(ReportKind.values())
                .filter(ReportKind::isAnnualReport)
                .map(kind -> {
                    LocalDate deadline = kind.deadlineFor(year, agency.kind());
                    LocalDate publishedOn = published.get(agency.id() + "/" + kind.name());
                    Standing standing = publishedOn != null
                            ? (publishedOn.isAfter(deadline) ? Standing.LATE : Standing.ON_TIME)
                            : (today.isAfter(deadline) ? Standing.MISSING : Standing.NOT_YET_DUE);
                    String url =
                            publishedOn == null ? null : "/reports/" + agency.code() + "/" + year + "/" + kind.slug();
                    return new Obligation(kind, deadline, publishedOn, standing, url);
                })
                .toList();
        return new AgencyLine(agency.code(), agency.name(), agency.nameEn(), agency.kind(), obligations);
    }

    /** The day each report of the year was first published, keyed by agency id and kind. */
    private Mono<Map<String, LocalDate>> firstPublications(int year) {
        return database.sql("""
                        select r.agency_id, r.kind, min(p.published_at) as first_published_at
                        from annual_report r join annual_report_publication p on p.report_id = r.id
                        where r.year = :year and r.withdrawn_at is null group by r.agency_id, r.kind
                        """)
                .bind("year", year)
                .map(row -> Map.entry(
                        row.get("agency_id", UUID.class) + "/" + row.get("kind", String.class),
                        row.get("first_published_at", OffsetDateTime.class)
                                .atZoneSameInstant(CHINA)
                                .toLocalDate()))
                .all()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
