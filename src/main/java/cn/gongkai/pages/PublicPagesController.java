package cn.gongkai.pages;

import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.Agency;
import cn.gongkai.identity.AgencyKind;
import cn.gongkai.platform.web.PortalPreferences;
import cn.gongkai.report.ReportArchive;
import cn.gongkai.report.ReportArchive.ArchiveFilter;
import cn.gongkai.report.ReportCompliance;
import cn.gongkai.report.ReportKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The content of the front end's page for a public reading address, rendered here: the portal's header, the page and
 * its footer, in the reader's language and 大字版. Not an API: nginx includes it into the front end's index.html, whose
 * script then takes the page over. An address without a server rendition answers nothing (the front end alone).
 */
@RestController
class PublicPagesController {

    private static final int LATEST_REPORTS = 5;
    private static final int ARCHIVE_PAGE_SIZE = 20;
    private static final int FIRST_REPORT_YEAR = 2019;

    /** The reports an agency's page lists, as many as the front end's page asks for. */
    private static final int AGENCY_REPORTS = 20;

    private static final String AGENCY_CODE = "[a-z0-9-]{2,40}";

    private final ReportArchive reports;
    private final ReportCompliance compliance;
    private final Agencies agencies;
    private final PageRenderer pages;
    private final Clock clock;

    PublicPagesController(
            ReportArchive reports, ReportCompliance compliance, Agencies agencies, PageRenderer pages, Clock clock) {
        this.reports = reports;
        this.compliance = compliance;
        this.agencies = agencies;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping({PageRenderer.PREFIX, PageRenderer.PREFIX + "/"})
    Mono<ResponseEntity<byte[]>> home(ServerWebExchange exchange) {
        return Mono.zip(
                        reports.findPublished(new ArchiveFilter(null, null, null), 0, LATEST_REPORTS),
                        agencies.findAll()
                                .filter(agency -> agency.parentId() == null)
                                .sort(Comparator.comparing(Agency::code))
                                .collectList())
                .flatMap(found -> render(
                        exchange, "pages/home", Map.of("reports", found.getT1().items(), "agencies", found.getT2())));
    }

    /** The archive with its filter in the address, as the front end keeps it; what it cannot read is left out. */
    @GetMapping(PageRenderer.PREFIX + "/reports")
    Mono<ResponseEntity<byte[]>> archive(
            ServerWebExchange exchange,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String page) {
        String agencyCode = agency != null && agency.matches(AGENCY_CODE) ? agency : null;
        Integer reportYear = year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
        ReportKind reportKind = Arrays.stream(ReportKind.values())
                .filter(candidate -> candidate.name().equals(kind))
                .findFirst()
                .orElse(null);
        int pageNumber = page != null && page.matches("\\d{1,4}") ? Math.max(1, Integer.parseInt(page)) : 1;
        return Mono.zip(
                        reports.findPublished(
                                new ArchiveFilter(agencyCode, reportYear, reportKind),
                                pageNumber - 1,
                                ARCHIVE_PAGE_SIZE),
                        agencies.findAll().collectList())
                .flatMap(found -> {
                    var result = found.getT1();
                    long pages = Math.max(1, (result.total() + ARCHIVE_PAGE_SIZE - 1) / ARCHIVE_PAGE_SIZE);
                    Map<String, Object> model = new HashMap<>();
                    model.put("result", result);
                    model.put("agencies", found.getT2());
                    model.put("years", yearsNewestFirst());
                    model.put("kinds", ReportKind.values());
                    model.put("agency", agencyCode == null ? "" : agencyCode);
                    model.put("year", reportYear == null ? "" : String.valueOf(reportYear));
                    model.put("kind", reportKind == null ? "" : reportKind.name());
                    model.put("filtered", agencyCode != null || reportYear != null || reportKind != null);
                    model.put("page", pageNumber);
                    model.put("pages", pages);
                    model.put("previous", archivePage(agencyCode, reportYear, reportKind, pageNumber - 1));
                    model.put("next", archivePage(agencyCode, reportYear, reportKind, pageNumber + 1));
                    return render(exchange, "pages/reports", model);
                });
    }

    /** The compliance board (年度报告公开情况) with its year, standing and kind of agency in the address. */
    @GetMapping(PageRenderer.PREFIX + "/reports/compliance")
    Mono<ResponseEntity<byte[]>> compliance(
            ServerWebExchange exchange,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String standing,
            @RequestParam(required = false) String agencyKind) {
        Integer askedYear = year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
        if (askedYear != null && (askedYear < 2000 || askedYear > 2100)) askedYear = null;
        ReportCompliance.Standing askedStanding = Arrays.stream(ReportCompliance.Standing.values())
                .filter(candidate -> candidate.name().equals(standing))
                .findFirst()
                .orElse(null);
        AgencyKind askedKind = Arrays.stream(AgencyKind.values())
                .filter(candidate -> candidate.name().equals(agencyKind))
                .findFirst()
                .orElse(null);
        return compliance
                .board(askedYear, new ReportCompliance.BoardFilter(askedStanding, askedKind))
                .flatMap(board -> {
                    Map<String, Object> model = new HashMap<>();
                    model.put("board", board);
                    model.put(
                            "reports",
                            board.counts().stream()
                                    .mapToInt(ReportCompliance.StandingCount::reports)
                                    .sum());
                    model.put("years", complianceYears(board));
                    model.put("standings", ReportCompliance.Standing.values());
                    model.put("agencyKinds", AgencyKind.values());
                    model.put("kinds", List.of(ReportKind.OPEN_GOVERNMENT_INFORMATION, ReportKind.RULE_OF_LAW));
                    model.put("standing", askedStanding == null ? "" : askedStanding.name());
                    model.put("agencyKind", askedKind == null ? "" : askedKind.name());
                    model.put("filtered", askedStanding != null || askedKind != null);
                    model.put("unfiltered", "/reports/compliance?year=" + board.year());
                    return render(exchange, "pages/compliance", model);
                });
    }

    /** The years the board offers: from the first the portal holds to the newest worth choosing, and the one shown. */
    private static List<Integer> complianceYears(ReportCompliance.ComplianceBoard board) {
        int latest = Math.max(board.latestYear(), board.year());
        return IntStream.rangeClosed(Math.min(FIRST_REPORT_YEAR, board.year()), latest)
                .map(year -> latest - year + Math.min(FIRST_REPORT_YEAR, board.year()))
                .boxed()
                .toList();
    }

    /** An address of the archive as the front end writes it: empty filters and page 1 left out. */
    private static String archivePage(String agency, Integer year, ReportKind kind, int page) {
        var address = UriComponentsBuilder.fromPath("/reports");
        if (agency != null) address.queryParam("agency", agency);
        if (year != null) address.queryParam("year", year);
        if (kind != null) address.queryParam("kind", kind.name());
        if (page > 1) address.queryParam("page", page);
        return address.build().encode().toUriString();
    }

    /**
     * The agency directory (机关名录) as the front end's tree, filtered by the text in the address ({@code q}) as its
     * filter field filters it; every agency from one query.
     */
    @GetMapping(PageRenderer.PREFIX + "/agencies")
    Mono<ResponseEntity<byte[]>> directory(ServerWebExchange exchange, @RequestParam(required = false) String q) {
        String filter = q == null ? "" : q.strip();
        return agencies.findAll().collectList().flatMap(all -> {
            List<AgencyDirectory.Node> shown = AgencyDirectory.filtered(AgencyDirectory.tree(all), filter);
            Map<String, Object> model = new HashMap<>();
            model.put("regions", shown);
            model.put("count", AgencyDirectory.count(shown));
            model.put("filter", filter);
            model.put(
                    "labels",
                    new AgencyDirectory.Labels(
                            PortalPreferences.of(exchange.getRequest()).english()));
            return render(exchange, "pages/agencies", model);
        });
    }

    /**
     * An agency's page: its details, where it sits in the directory and its published reports. An agency the
     * directory does not hold is the front end's alone (its page says so), as is every address without a rendition.
     */
    @GetMapping(PageRenderer.PREFIX + "/agencies/{code}")
    Mono<ResponseEntity<byte[]>> agency(ServerWebExchange exchange, @PathVariable String code) {
        if (!code.matches(AGENCY_CODE)) {
            return Mono.just(ResponseEntity.noContent().build());
        }
        return agencies.findByCode(code)
                .flatMap(agency -> Mono.zip(
                                agency.parentId() == null
                                        ? Mono.just(Optional.<Agency>empty())
                                        : agencies.findById(agency.parentId()).map(Optional::of),
                                agencies.findChildrenOf(agency.id()).collectList(),
                                reports.findPublished(new ArchiveFilter(code, null, null), 0, AGENCY_REPORTS))
                        .flatMap(found -> {
                            Map<String, Object> model = new HashMap<>();
                            model.put("agency", agency);
                            model.put("parent", found.getT1().orElse(null));
                            model.put("children", found.getT2());
                            model.put("reports", found.getT3().items());
                            model.put("website", webAddress(agency.website()));
                            return render(exchange, "pages/agency", model);
                        }))
                .switchIfEmpty(
                        Mono.fromSupplier(() -> ResponseEntity.noContent().build()));
    }

    /** Only web addresses are made links (as the front end's agency page does); anything else is shown as text. */
    private static String webAddress(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String address = website.strip();
        return address.regionMatches(true, 0, "http://", 0, 7) || address.regionMatches(true, 0, "https://", 0, 8)
                ? address
                : null;
    }

    /** Every other address is the front end's alone: nothing to include. */
    @GetMapping(PageRenderer.PREFIX + "/**")
    ResponseEntity<Void> none() {
        return ResponseEntity.noContent().build();
    }

    private List<Integer> yearsNewestFirst() {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(FIRST_REPORT_YEAR, now)
                .map(year -> now - year + FIRST_REPORT_YEAR)
                .boxed()
                .toList();
    }

    private Mono<ResponseEntity<byte[]>> render(
            ServerWebExchange exchange, String template, Map<String, Object> model) {
        return pages.render(exchange, template, model);
    }
}
