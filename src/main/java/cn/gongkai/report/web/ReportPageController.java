package cn.gongkai.report.web;

import cn.gongkai.platform.pdf.PdfDocument;
import cn.gongkai.platform.pdf.PdfRenderer;
import cn.gongkai.platform.pdf.RenderedPdf;
import cn.gongkai.platform.web.PortalDates;
import cn.gongkai.platform.web.PortalPreferences;
import cn.gongkai.platform.web.PublicCaching;
import cn.gongkai.report.PublishedReport;
import cn.gongkai.report.ReportArchive;
import cn.gongkai.report.ReportImages;
import cn.gongkai.report.ReportKind;
import cn.gongkai.report.ReportPdfs;
import cn.gongkai.report.internal.ReportPage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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

/** A published report's PDF and figures; its page is {@link ReportPageRoute}. */
@RestController
class ReportPageController {

    /** A version's PDF never changes; a correction is a new version at the same address, so caches check often. */
    private static final CacheControl PDF_CACHING = PublicCaching.keptFor(Duration.ofMinutes(5));

    private final ReportArchive reports;
    private final ReportPdfs pdfs;
    private final PdfRenderer pdfRenderer;
    private final ReportImages images;
    private final ITemplateEngine templates;

    ReportPageController(
            ReportArchive reports,
            ReportPdfs pdfs,
            PdfRenderer pdfRenderer,
            ITemplateEngine templates,
            ReportImages images) {
        this.reports = reports;
        this.pdfs = pdfs;
        this.pdfRenderer = pdfRenderer;
        this.templates = templates;
        this.images = images;
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
