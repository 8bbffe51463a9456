package cn.gongkai.report.web;

import cn.gongkai.identity.Agencies;
import cn.gongkai.platform.SiteSettings;
import cn.gongkai.platform.web.PublicCaching;
import cn.gongkai.report.ReportArchive;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** What feed readers and search engines read: the Atom feed of publications and the sitemap of public pages. */
@RestController
class FeedController {

    private static final CacheControl CACHING = PublicCaching.keptFor(Duration.ofMinutes(5));
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    /** The pages of the portal's own front end that anyone may read. */
    private static final List<String> PORTAL_PAGES =
            List.of("/", "/open", "/disclosure", "/reports", "/hotline", "/agencies", "/search", "/accessibility");

    private final ReportArchive reports;
    private final Agencies agencies;
    private final SiteSettings site;
    private final ITemplateEngine templates;

    FeedController(ReportArchive reports, Agencies agencies, SiteSettings site, ITemplateEngine templates) {
        this.reports = reports;
        this.agencies = agencies;
        this.site = site;
        this.templates = templates;
    }

    /** One address in the sitemap. */
    record SitemapPage(String path, LocalDate lastModified) {}

    @GetMapping(value = "/reports/feed.atom", produces = "application/atom+xml")
    Mono<ResponseEntity<String>> feed(ServerWebExchange exchange) {
        return reports.latestPublications(50)
                .collectList()
                .flatMap(entries -> render(
                        "xml/reports-feed",
                        Map.of(
                                "site",
                                site,
                                "base",
                                base(exchange),
                                "entries",
                                entries,
                                "updated",
                                entries.isEmpty()
                                        ? Instant.EPOCH
                                        : entries.get(0).publishedAt())))
                .map(xml -> ResponseEntity.ok()
                        .contentType(ATOM)
                        .cacheControl(CACHING)
                        .body(xml));
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    Mono<ResponseEntity<String>> sitemap(ServerWebExchange exchange) {
        Mono<List<SitemapPage>> reportPages = reports.latestPublications(10_000)
                .map(publication -> new SitemapPage(
                        publication.path(), LocalDate.ofInstant(publication.publishedAt(), ZoneId.of("Asia/Shanghai"))))
                .distinct(SitemapPage::path)
                .collectList();
        Mono<List<SitemapPage>> agencyPages = agencies.findAll()
                .map(agency -> new SitemapPage("/agencies/" + agency.code(), null))
                .collectList();
        return Mono.zip(reportPages, agencyPages)
                .flatMap(found -> {
                    List<SitemapPage> pages = new ArrayList<>();
                    PORTAL_PAGES.forEach(path -> pages.add(new SitemapPage(path, null)));
                    pages.addAll(found.getT2());
                    pages.addAll(found.getT1());
                    return render("xml/sitemap", Map.of("base", base(exchange), "pages", pages));
                })
                .map(xml -> ResponseEntity.ok()
                        .contentType(XML)
                        .cacheControl(CACHING)
                        .body(xml));
    }

    /** The template engine reads a template file on first use: off the event loop. */
    private Mono<String> render(String template, Map<String, Object> model) {
        return Mono.fromCallable(() -> templates.process(template, new Context(Locale.SIMPLIFIED_CHINESE, model)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** The portal's address as the reader reached it (behind nginx, from the forwarded headers). */
    private static String base(ServerWebExchange exchange) {
        var uri = exchange.getRequest().getURI();
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
