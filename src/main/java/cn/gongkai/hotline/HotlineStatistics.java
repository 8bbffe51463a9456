package cn.gongkai.hotline;

import cn.gongkai.hotline.internal.HotlineStatisticsStore;
import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.Agency;
import cn.gongkai.identity.CurrentUser;
import cn.gongkai.identity.PortalUser;
import cn.gongkai.identity.Role;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.platform.TimeConfiguration;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineStatsCounter;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The hotline's statistics (热线数据统计), public for the centre or one department, and for the staff of a
 * department or the centre: volumes by type, matter, lead department and month, 营商环境 matters apart, on-time
 * acceptance and reply, satisfaction, self-service, and the most frequent matters (热点诉求). Every figure describes the
 * tickets <em>received</em> in the period (a cohort), so that a period's figures do not change as later periods are
 * added, and the rates of a period can be compared with its volume; see {@link Figures}. One query per view; the
 * public's view of a period and department is computed once per {@link HotlineSettings#publicStatisticsFreshness()}
 * and day on each instance, and every reader meanwhile gets that answer (the staff's is computed for each request).
 */
@Service
public class HotlineStatistics {

    /** The longest period asked for at once: three years. */
    public static final int LONGEST_PERIOD_YEARS = 3;

    /** How many matters the top topics name. */
    public static final int TOP_TOPICS = 10;

    private final HotlineStatisticsStore store;
    private final Agencies agencies;
    private final CurrentUser currentUser;
    private final HotlineSettings settings;
    private final Clock clock;
    private final AsyncCache<PublicView, Statistics> published;

    HotlineStatistics(
            HotlineStatisticsStore store,
            Agencies agencies,
            CurrentUser currentUser,
            HotlineSettings settings,
            Clock clock,
            MeterRegistry meters) {
        this.store = store;
        this.agencies = agencies;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
        // Counted as cache.gets tagged cache=hotline-statistics.
        CaffeineStatsCounter stats = new CaffeineStatsCounter(meters, "hotline-statistics");
        this.published = Caffeine.newBuilder()
                .expireAfterWrite(settings.publicStatisticsFreshness())
                .maximumSize(1_000)
                .recordStats(() -> stats)
                .buildAsync();
        stats.registerSizeMetric(published.synchronous());
    }

    /**
     * What the public statistics of a period depend on: the day they are judged on too, since what is late changes with
     * it.
     */
    private record PublicView(Period period, @Nullable Department department, LocalDate today) {}

    /**
     * The figures of a set of tickets.
     *
     * @param tickets how many were received
     * @param businessEnvironment how many of them are about a 营商环境 matter of the catalogue
     * @param acceptanceDue acceptances due: tickets whose (last) dispatch the lead department accepted, and those still
     *     waiting for it after its limit passed (late ones); a ticket not dispatched, returned, or dispatched and still
     *     within its limit owes no acceptance yet
     * @param acceptedOnTime of those, accepted (签收) on or before the last day of the acceptance limit stored with the
     *     ticket (an urgent ticket: by the instant)
     * @param onTimeAcceptanceRate acceptedOnTime / acceptanceDue, 0..1 to four places; null when nothing was due
     * @param repliesDue replies due: every reply given (a reopened ticket's second reply counts again) and every ticket
     *     still waiting for a reply after its limit passed
     * @param repliedOnTime replies given on or before the last day of the reply limit as it stood when the reply was
     *     given (extensions included; an urgent ticket: by the instant), as recorded with the reply
     * @param onTimeReplyRate repliedOnTime / repliesDue; null when nothing was due
     * @param rated ratings given (each reply is rated at most once; unrated replies closed by time do not count)
     * @param satisfied ratings of 满意 or 基本满意
     * @param satisfactionRate satisfied / rated; null when nothing was rated
     * @param selfService enquiries the person ended with a knowledge-base answer while filing them (自助解决), not those
     *     the dispatcher answered from it
     */
    public record Figures(
            long tickets,
            long businessEnvironment,
            long acceptanceDue,
            long acceptedOnTime,
            @Nullable Double onTimeAcceptanceRate,
            long repliesDue,
            long repliedOnTime,
            @Nullable Double onTimeReplyRate,
            long rated,
            long satisfied,
            @Nullable Double satisfactionRate,
            long selfService) {

        public static final Figures NONE = of(0, 0, 0, 0, 0, 0, 0, 0, 0);

        public static Figures of(
                long tickets,
                long businessEnvironment,
                long acceptanceDue,
                long acceptedOnTime,
                long repliesDue,
                long repliedOnTime,
                long rated,
                long satisfied,
                long selfService) {
            return new Figures(
                    tickets,
                    businessEnvironment,
                    acceptanceDue,
                    acceptedOnTime,
                    rate(acceptedOnTime, acceptanceDue),
                    repliesDue,
                    repliedOnTime,
                    rate(repliedOnTime, repliesDue),
                    rated,
                    satisfied,
                    rate(satisfied, rated),
                    selfService);
        }

        private static Double rate(long part, long whole) {
            return whole == 0
                    ? null
                    : BigDecimal.valueOf(part)
                            .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
                            .doubleValue();
        }
    }

    /** One grouping's figures as the database answers them: {@code dimension} says which key is set. */
    public record Row(
            String dimension,
            @Nullable String type,
            @Nullable String categoryCode,
            @Nullable String categoryName,
            boolean categoryBusinessEnvironment,
            @Nullable UUID departmentId,
            @Nullable String departmentCode,
            @Nullable String departmentName,
            @Nullable LocalDate month,
            @Nullable Boolean businessEnvironment,
            Figures figures) {}

    /** An agency named in the statistics. */
    public record Department(UUID id, String code, String name) {}

    public record ByType(HotlineType type, Figures figures) {}

    public record ByCategory(String code, String name, boolean businessEnvironment, Figures figures) {}

    /** @param department null for tickets not dispatched yet (or never: merged, answered from the knowledge base) */
    public record ByDepartment(@Nullable Department department, Figures figures) {}

    public record ByMonth(YearMonth month, Figures figures) {}

    public record Topic(String code, String name, long tickets) {}

    /**
     * The statistics of a period.
     *
     * @param agency the lead department the figures are limited to, or null for the whole centre
     * @param byType every type, in the order of {@link HotlineType}, with zeros
     * @param byCategory matters with tickets, most tickets first
     * @param byDepartment lead departments with tickets, most tickets first
     * @param byMonth every month of the period, with zeros
     * @param topTopics the most frequent matters (热点诉求), at most {@value #TOP_TOPICS}
     * @param targets the rates the centre is held to
     */
    public record Statistics(
            LocalDate from,
            LocalDate to,
            @Nullable Department agency,
            Figures totals,
            Figures businessEnvironment,
            List<ByType> byType,
            List<ByCategory> byCategory,
            List<ByDepartment> byDepartment,
            List<ByMonth> byMonth,
            List<Topic> topTopics,
            HotlineSettings.Targets targets) {}

    /**
     * The public statistics of the centre, or of the department with {@code agencyCode}. {@code from} and {@code to}
     * are ISO dates; by default the twelve months up to today.
     */
    public Mono<Statistics> forPublic(@Nullable String from, @Nullable String to, @Nullable String agencyCode) {
        return Mono.defer(() -> {
            LocalDate today = today();
            Period period = period(from, to, today);
            Mono<Optional<Department>> department = agencyCode == null || agencyCode.isBlank()
                    ? Mono.just(Optional.empty())
                    : agencies.findByCode(agencyCode.strip())
                            .map(agency -> Optional.of(department(agency)))
                            .switchIfEmpty(Mono.error(() -> invalid("agency", "hotline.department-unknown")));
            return department.flatMap(chosen -> published(new PublicView(period, chosen.orElse(null), today)));
        });
    }

    /**
     * The public view as computed last within its freshness, or computed now in the first reader's context (a replica's
     * reads are routed by it); a reader who goes away does not cancel it for the others waiting for it.
     */
    private Mono<Statistics> published(PublicView view) {
        return Mono.deferContextual(context -> Mono.fromFuture(
                () -> published.get(
                        view,
                        (first, executor) -> centre().flatMap(centre -> compute(
                                        centre,
                                        first.period(),
                                        first.department() == null
                                                ? null
                                                : List.of(first.department().id()),
                                        first.department()))
                                .contextWrite(context)
                                .toFuture()),
                true));
    }

    /**
     * The staff's statistics: the dispatcher's of the whole centre; a department handler's of the tickets their
     * departments lead.
     */
    public Mono<Statistics> forStaff(@Nullable String from, @Nullable String to) {
        return Mono.defer(() -> forStaff(period(from, to, today())));
    }

    private Mono<Statistics> forStaff(Period period) {
        return Mono.zip(centre(), currentUser.get()).flatMap(found -> {
            Agency centre = found.getT1();
            PortalUser user = found.getT2();
            if (user.mayActFor(centre.id(), Role.HOTLINE_DISPATCHER)) {
                return compute(centre, period, null, null);
            }
            List<UUID> departments = List.copyOf(user.agenciesWhere(Role.DEPARTMENT_HANDLER));
            if (departments.isEmpty()) {
                return Mono.error(new PortalException(HttpStatus.FORBIDDEN, "hotline-not-lead-department"));
            }
            Mono<Department> named = departments.size() == 1
                    ? agencies.findById(departments.get(0)).map(HotlineStatistics::department)
                    : Mono.empty();
            return named.map(List::of)
                    .defaultIfEmpty(List.of())
                    .flatMap(one -> compute(centre, period, departments, one.isEmpty() ? null : one.get(0)));
        });
    }

    private Mono<Statistics> compute(
            Agency centre, Period period, @Nullable List<UUID> departments, @Nullable Department agency) {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, TimeConfiguration.CHINA);
        return store.figures(centre.id(), period.from(), period.to(), departments, now, today)
                .map(rows -> assemble(period, agency, rows, settings.targets()));
    }

    /** Puts the groupings in the order the page shows them, with the types and months that had no ticket. */
    static Statistics assemble(
            Period period, @Nullable Department agency, List<Row> rows, HotlineSettings.Targets targets) {
        Figures totals = Figures.NONE;
        Figures business = Figures.NONE;
        Map<HotlineType, Figures> types = new HashMap<>();
        Map<YearMonth, Figures> months = new HashMap<>();
        List<ByCategory> categories = new ArrayList<>();
        List<ByDepartment> departments = new ArrayList<>();
        for (Row row : rows) {
            switch (row.dimension()) {
                case "TOTAL" -> totals = row.figures();
                case "BUSINESS_ENVIRONMENT" -> {
                    if (Boolean.TRUE.equals(row.businessEnvironment())) {
                        business = row.figures();
                    }
                }
                case "TYPE" -> types.put(HotlineType.valueOf(row.type()), row.figures());
                case "MONTH" -> months.put(YearMonth.from(row.month()), row.figures());
                case "CATEGORY" ->
                    categories.add(new ByCategory(
                            row.categoryCode(), row.categoryName(), row.categoryBusinessEnvironment(), row.figures()));
                case "DEPARTMENT" ->
                    departments.add(new ByDepartment(
                            row.departmentId() == null
                                    ? null
                                    : new Department(row.departmentId(), row.departmentCode(), row.departmentName()),
                            row.figures()));
                default -> throw new IllegalStateException("unknown grouping " + row.dimension());
            }
        }
        List<ByType> byType = new ArrayList<>();
        for (HotlineType type : HotlineType.values()) {
            byType.add(new ByType(type, types.getOrDefault(type, Figures.NONE)));
        }
        List<ByMonth> byMonth = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.from());
                !month.isAfter(YearMonth.from(period.to()));
                month = month.plusMonths(1)) {
            byMonth.add(new ByMonth(month, months.getOrDefault(month, Figures.NONE)));
        }
        categories.sort(Comparator.comparingLong(
                        (ByCategory category) -> category.figures().tickets())
                .reversed()
                .thenComparing(ByCategory::code));
        departments.sort(Comparator.comparingLong(
                        (ByDepartment department) -> department.figures().tickets())
                .reversed()
                .thenComparing(department -> department.department() == null
                        ? ""
                        : department.department().code()));
        List<Topic> topics = categories.stream()
                .limit(TOP_TOPICS)
                .map(category -> new Topic(
                        category.code(), category.name(), category.figures().tickets()))
                .toList();
        return new Statistics(
                period.from(),
                period.to(),
                agency,
                totals,
                business,
                byType,
                List.copyOf(categories),
                List.copyOf(departments),
                byMonth,
                topics,
                targets);
    }

    /** A period of days, both included. */
    record Period(LocalDate from, LocalDate to) {}

    /**
     * The period asked for: ISO dates, {@code from} not after {@code to}, at most {@value #LONGEST_PERIOD_YEARS}
     * years; by default the twelve months up to today. Each fault is a 400 naming its field.
     */
    Period period(@Nullable String from, @Nullable String to, LocalDate today) {
        LocalDate end = to == null || to.isBlank() ? today : date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusYears(1).plusDays(1) : date("from", from);
        if (start.isAfter(end)) {
            throw invalid("from", "hotline.statistics-from-after-to");
        }
        if (start.isBefore(end.minusYears(LONGEST_PERIOD_YEARS))) {
            throw invalid("from", "hotline.statistics-period-too-long", LONGEST_PERIOD_YEARS);
        }
        return new Period(start, end);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), TimeConfiguration.CHINA);
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            throw invalid(field, "hotline.statistics-date");
        }
    }

    private Mono<Agency> centre() {
        return agencies.findByCode(settings.centreCode())
                .switchIfEmpty(Mono.error(() ->
                        new IllegalStateException("the hotline centre " + settings.centreCode() + " is unknown")));
    }

    private static Department department(Agency agency) {
        return new Department(agency.id(), agency.code(), agency.name());
    }

    private static PortalException invalid(String field, String messageKey, Object... arguments) {
        return new PortalException(
                HttpStatus.BAD_REQUEST, "validation", List.of(new FieldProblem(field, messageKey, arguments)));
    }
}
