package cn.gongkai.report.web;

import cn.gongkai.platform.NotFoundException;
import cn.gongkai.platform.SiteSettings;
import cn.gongkai.platform.cache.PageCache;
import cn.gongkai.platform.pdf.PdfDocument;
import cn.gongkai.platform.pdf.PdfRenderer;
import cn.gongkai.platform.pdf.RenderedPdf;
import cn.gongkai.platform.web.PortalChrome;
import cn.gongkai.platform.web.PortalDates;
import cn.gongkai.platform.web.PortalPreferences;
import cn.gongkai.platform.web.PortalWords;
import cn.gongkai.platform.web.PublicCaching;
import cn.gongkai.platform.web.PublicReadEtags;
import cn.gongkai.platform.web.QrCode;
import cn.gongkai.report.PublishedReport;
import cn.gongkai.report.ReportArchive;
import cn.gongkai.report.ReportImages;
import cn.gongkai.report.ReportKind;
import cn.gongkai.report.ReportPdfs;
import cn.gongkai.report.internal.ReportPage;
import cn.gongkai.report.internal.ReportPages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** A published report as a server-rendered page at its stable address: fast, printable, no script needed. */
@RestController
class ReportPageController {

    /** A version's PDF never changes; a correction is a new version at the same address, so caches check often. */
    private static final CacheControl PDF_CACHING = PublicCaching.keptFor(Duration.ofMinutes(5));

    /** A page stays cached until its report is published again, or a day at most. */
    private static final Duration PAGE_LIFETIME = Duration.ofDays(1);

    private final ReportArchive reports;
    private final PageCache pageCache;
    private final ReportPdfs pdfs;
    private final PdfRenderer pdfRenderer;
    private final SiteSettings site;
    private final ReportImages images;
    private final ITemplateEngine templates;
    private final PortalChrome chrome;
    private final MessageSource messages;
    private final PortalWords words;

    ReportPageController(
            ReportArchive reports,
            PageCache pageCache,
            ReportPdfs pdfs,
            PdfRenderer pdfRenderer,
            SiteSettings site,
            ITemplateEngine templates,
            ReportImages images,
            PortalChrome chrome,
            MessageSource messages,
            PortalWords words) {
        this.images = images;
        this.chrome = chrome;
        this.messages = messages;
        this.words = words;
        this.reports = reports;
        this.pageCache = pageCache;
        this.pdfs = pdfs;
        this.pdfRenderer = pdfRenderer;
        this.site = site;
        this.templates = templates;
    }

    /**
     * The page in the reader's language and 大字版, both from cookies: each of the four renditions is cached apart,
     * and shared caches are told so ({@code Vary: Cookie}).
     */
    @GetMapping("/reports/{agencyCode:[a-z0-9-]{2,40}}/{year:\\d{4}}/{kind:" + ReportKind.SLUGS + "}")
    Mono<ResponseEntity<byte[]>> page(
            @PathVariable String agencyCode,
            @PathVariable int year,
            @PathVariable String kind,
            ServerWebExchange exchange) {
        ReportKind reportKind = ReportKind.ofSlug(kind);
        PortalPreferences preferences = PortalPreferences.of(exchange.getRequest());
        return pageCache
                .get(
                        ReportPages.cacheKey(agencyCode, year, reportKind, preferences),
                        PAGE_LIFETIME,
                        () -> reports.getPublished(agencyCode, year, reportKind)
                                // The template engine reads its template files on first use: off the event loop.
                                .publishOn(Schedulers.boundedElastic())
                                .map(report -> html(report, preferences).getBytes(StandardCharsets.UTF_8)))
                // Tagged once per cached page, not hashed again for every reader.
                .map(html -> htmlResponse(HttpStatus.OK)
                        .eTag(PublicReadEtags.of(html))
                        .body(html))
                .onErrorResume(
                        NotFoundException.class,
                        missing -> reports.findWithdrawn(agencyCode, year, reportKind)
                                .publishOn(Schedulers.boundedElastic())
                                .map(withdrawn -> htmlResponse(HttpStatus.GONE)
                                        .body(templates
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
                                                                        exchange.getRequest()
                                                                                .getPath()
                                                                                .value(),
                                                                        "report",
                                                                        withdrawn,
                                                                        "withdrawnOn",
                                                                        new PortalDates(preferences)
                                                                                .format(withdrawn.withdrawnAt()))))
                                                .getBytes(StandardCharsets.UTF_8)))
                                .switchIfEmpty(Mono.error(missing)));
    }

    private static ResponseEntity.BodyBuilder htmlResponse(HttpStatus status) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
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

    @GetMapping("/reports/images/{id}")
    Mono<ResponseEntity<byte[]>> image(@PathVariable UUID id, ServerWebExchange exchange) {
        return images.findVisible(id).map(image -> {
            // A figure never changes: a new one has a new address. One only in a draft is for its staff alone.
            CacheControl caching = image.published()
                    ? PublicCaching.keptFor(Duration.ofDays(365)).immutable()
                    : CacheControl.noStore();
            return exchange.checkNotModified(quoted(image.sha256()))
                    ? ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                            .eTag(quoted(image.sha256()))
                            .cacheControl(caching)
                            .<byte[]>build()
                    : ResponseEntity.ok()
                            .contentType(MediaType.parseMediaType(image.mediaType()))
                            .eTag(quoted(image.sha256()))
                            .cacheControl(caching)
                            .body(image.bytes());
        });
    }

    @GetMapping("/reports/{agencyCode:[a-z0-9-]{2,40}}/{year:\\d{4}}/{kind:" + ReportKind.SLUGS + "}.pdf")
    Mono<ResponseEntity<byte[]>> pdf(
            @PathVariable String agencyCode,
            @PathVariable int year,
            @PathVariable String kind,
            ServerWebExchange exchange) {
        return reports.getCurrentVersion(agencyCode, year, ReportKind.ofSlug(kind))
                .flatMap(current -> {
                    Mono<ResponseEntity<byte[]>> notModified =
                            exchange.getRequest().getHeaders().getIfNoneMatch().isEmpty()
                                    ? Mono.empty()
                                    : pdfs.etagOf(current.reportId(), current.version())
                                            .filter(etag -> exchange.checkNotModified(quoted(etag)))
                                            .map(etag -> ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                                                    .eTag(quoted(etag))
                                                    .cacheControl(PDF_CACHING)
                                                    .<byte[]>build());
                    // Only the first reader of a version waits for the rendering; it needs the whole text.
                    return notModified.switchIfEmpty(Mono.defer(() -> pdfs.stored(current.reportId(), current.version())
                            .switchIfEmpty(Mono.defer(() -> reports.getPublished(current.reportId())
                                    .flatMap(report -> pdfs.of(report.id(), report.version(), () -> render(report)))))
                            .map(stored -> ResponseEntity.ok()
                                    .contentType(MediaType.APPLICATION_PDF)
                                    .eTag(quoted(stored.etag()))
                                    .cacheControl(PDF_CACHING)
                                    .header(
                                            HttpHeaders.CONTENT_DISPOSITION,
                                            ContentDisposition.inline()
                                                    .filename(current.title() + ".pdf", StandardCharsets.UTF_8)
                                                    .build()
                                                    .toString())
                                    .body(stored.bytes()))));
                });
    }

    /** Cover, contents with page numbers, the parts with bookmarks; A4, tagged, with an embedded font. */
    private Mono<byte[]> render(PublishedReport report) {
        return Mono.fromCallable(() -> templates.process(
                        "reports/report-pdf",
                        new Context(
                                Locale.SIMPLIFIED_CHINESE,
                                Map.of(
                                        "page",
                                        ReportPage.of(report),
                                        "kindName",
                                        report.kind().describe(report.year()),
                                        "publishedOn",
                                        new PortalDates(PortalPreferences.DEFAULT).format(report.publishedAt()),
                                        "firstPublishedOn",
                                        new PortalDates(PortalPreferences.DEFAULT).format(report.firstPublishedAt())))))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(images::inline)
                .flatMap(xhtml -> pdfRenderer.render(new PdfDocument(
                        xhtml,
                        report.title(),
                        report.agencyName(),
                        report.kind().describe(report.year()),
                        Locale.SIMPLIFIED_CHINESE)))
                .map(RenderedPdf::bytes);
    }

    private static String quoted(String etag) {
        return "\"" + etag + "\"";
    }
}
