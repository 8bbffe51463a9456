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

    /** The board for reports about {@code year}: worst standing first, then by agency code. */
    public Mono<List<AgencyLine>> board(int year) {
        LocalDate today = LocalDate.now(clock);
        return firstPublications(year)
                .flatMap(published -> agencies.findAll()
                        .map(agency -> line(agency, year, today, published))
                        .sort(Comparator.comparing(AgencyLine::worst).thenComparing(AgencyLine::agencyCode))
                        .collectList());
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
