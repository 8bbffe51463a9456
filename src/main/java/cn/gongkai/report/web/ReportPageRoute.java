package cn.gongkai.report.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.method;
import static org.springframework.web.reactive.function.server.RequestPredicates.path;

import cn.gongkai.platform.NotFoundException;
import cn.gongkai.platform.SiteSettings;
import cn.gongkai.platform.cache.PageCache;
import cn.gongkai.platform.web.PortalChrome;
import cn.gongkai.platform.web.PortalDates;
import cn.gongkai.platform.web.PortalPreferences;
import cn.gongkai.platform.web.PortalWords;
import cn.gongkai.platform.web.PublicCaching;
import cn.gongkai.platform.web.PublicReadEtags;
import cn.gongkai.platform.web.QrCode;
import cn.gongkai.report.PublishedReport;
import cn.gongkai.report.ReportArchive;
import cn.gongkai.report.ReportKind;
import cn.gongkai.report.internal.ReportPage;
import cn.gongkai.report.internal.ReportPages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A published report as a server-rendered page at its stable address: fast, printable, no script needed. The page a
 * report that goes viral is read at, so a functional route: between the request and the cached bytes there is only
 * the key, not an annotated controller's argument resolution and content negotiation.
 */
@Configuration(proxyBeanMethods = false)
class ReportPageRoute {

    private static final String PATH =
            "/reports/{agencyCode:[a-z0-9-]{2,40}}/{year:\\d{4}}/{kind:" + ReportKind.SLUGS + "}";

    /** A page stays cached until its report is published again, or a day at most. */
    private static final Duration PAGE_LIFETIME = Duration.ofDays(1);

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ReportArchive reports;
    private final PageCache pageCache;
    private final SiteSettings site;
    private final ITemplateEngine templates;
    private final PortalChrome chrome;
    private final MessageSource messages;
    private final PortalWords words;

    ReportPageRoute(
            ReportArchive reports,
            PageCache pageCache,
            SiteSettings site,
            ITemplateEngine templates,
            PortalChrome chrome,
            MessageSource messages,
            PortalWords words) {
        this.reports = reports;
        this.pageCache = pageCache;
        this.site = site;
        this.templates = templates;
        this.chrome = chrome;
        this.messages = messages;
        this.words = words;
    }

    /** GET, and HEAD as an annotated GET mapping answers it (a link checker's, a crawler's). */
    @Bean
    RouterFunction<ServerResponse> reportPage() {
        return RouterFunctions.route(path(PATH).and(method(HttpMethod.GET).or(method(HttpMethod.HEAD))), this::page);
    }

    /**
     * The page in the reader's language and 大字版, both from cookies: each of the four renditions is cached apart,
     * and shared caches are told so ({@code Vary: Cookie}). A reader who holds the page gets 304 by its ETag.
     */
    private Mono<ServerResponse> page(ServerRequest request) {
        String agencyCode = request.pathVariable("agencyCode");
        int year = Integer.parseInt(request.pathVariable("year"));
        ReportKind kind = ReportKind.ofSlug(request.pathVariable("kind"));
        PortalPreferences preferences = PortalPreferences.of(request.exchange().getRequest());
        return pageCache
                .get(
                        ReportPages.cacheKey(agencyCode, year, kind, preferences),
                        PAGE_LIFETIME,
                        () -> reports.getPublished(agencyCode, year, kind)
                                // The template engine reads its template files on first use: off the event loop.
                                .publishOn(Schedulers.boundedElastic())
                                .map(report -> html(report, preferences).getBytes(StandardCharsets.UTF_8)))
                // Tagged once per cached page, not hashed again for every reader.
                .flatMap(html -> htmlResponse(HttpStatus.OK)
                        .eTag(PublicReadEtags.of(html))
                        .bodyValue(html))
                .onErrorResume(
                        NotFoundException.class,
                        missing -> reports.findWithdrawn(agencyCode, year, kind)
                                .publishOn(Schedulers.boundedElastic())
                                .map(withdrawn -> templates
                                        .process(
                                                "reports/withdrawn",
                                                new Context(
                                                        preferences.locale(),
                                                        Map.of(
                                                                "site",
                                                                site,
                                                                "chrome",
                                                                chrome,
                                                                "prefs",
                                                                preferences,
                                                                "words",
                                                                words.in(preferences),
                                                                "path",
                                                                request.path(),
                                                                "report",
                                                                withdrawn,
                                                                "withdrawnOn",
                                                                new PortalDates(preferences)
                                                                        .format(withdrawn.withdrawnAt()))))
                                        .getBytes(StandardCharsets.UTF_8))
                                .flatMap(gone -> htmlResponse(HttpStatus.GONE).bodyValue(gone))
                                .switchIfEmpty(Mono.error(missing)));
    }

    private static ServerResponse.BodyBuilder htmlResponse(HttpStatus status) {
        return ServerResponse.status(status)
                .contentType(HTML)
                .cacheControl(PublicCaching.keptFor(Duration.ofMinutes(1)))
                .varyBy(HttpHeaders.COOKIE);
    }

    private String html(PublishedReport report, PortalPreferences preferences) {
        String pageUrl = site.publicUrl() + report.path();
        PortalDates dates = new PortalDates(preferences);
        PortalWords.Words inLanguage = words.in(preferences);
        return templates.process(
                "reports/report",
                new Context(
                        preferences.locale(),
                        Map.ofEntries(
                                Map.entry("site", site),
                                Map.entry("chrome", chrome),
                                Map.entry("prefs", preferences),
                                Map.entry("path", report.path()),
                                Map.entry("pageUrl", pageUrl),
                                Map.entry("qr", QrCode.of(pageUrl)),
                                Map.entry("page", ReportPage.of(report)),
                                Map.entry("kindName", kindName(report, preferences)),
                                Map.entry("words", inLanguage),
                                Map.entry("agencyLabel", agencyLabel(report, preferences, inLanguage)),
                                Map.entry("publishedOn", dates.format(report.publishedAt())),
                                Map.entry("firstPublishedOn", dates.format(report.firstPublishedAt())),
                                Map.entry("dates", dates))));
    }

    /** The agency's name as one line of text (the page's description), as the front end's agencyLabel names it. */
    private static String agencyLabel(PublishedReport report, PortalPreferences preferences, PortalWords.Words words) {
        return preferences.english() && report.agencyNameEn() != null
                ? words.get(
                        "agencies.nameWithChinese", "english", report.agencyNameEn(), "chinese", report.agencyName())
                : report.agencyName();
    }

    private String kindName(PublishedReport report, PortalPreferences preferences) {
        return preferences.english()
                ? messages.getMessage(
                        "page.report.kind." + report.kind().slug(), new Object[] {report.year()}, Locale.ENGLISH)
                : report.kind().describe(report.year());
    }
}
