package cn.gongkai.report.web;

import cn.gongkai.platform.SiteSettings;
import cn.gongkai.report.AnnualReports;
import cn.gongkai.report.ReportKind;
import cn.gongkai.report.ReportPage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.http.CacheControl;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import reactor.core.scheduler.Schedulers;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import reactor.core.publisher.Mono;

/** A published report as a server-rendered page at its stable address: fast, printable, no script needed. */
@RestController
class ReportPageController {

    private static final DateTimeFormatter CHINESE_DATE =
            DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZoneId.of("Asia/Shanghai"));

    private final AnnualReports reports;
    private final SiteSettings site;
    private final ITemplateEngine templates;

    ReportPageController(AnnualReports reports, SiteSettings site, ITemplateEngine templates) {
        this.reports = reports;
        this.site = site;
        this.templates = templates;
    }

    @GetMapping("/reports/{agencyCode:[a-z0-9-]{2,40}}/{year:\\d{4}}/{kind:rule-of-law|open-government-information}")
    Mono<ResponseEntity<String>> page(@PathVariable String agencyCode, @PathVariable int year, @PathVariable String kind) {
        return reports.getPublished(agencyCode, year, ReportKind.ofSlug(kind))
                // The template engine reads its template files on first use: keep that off the event loop.
                .publishOn(Schedulers.boundedElastic())
                .map(report -> templates.process("reports/report", new Context(Locale.SIMPLIFIED_CHINESE, Map.of(
                        "site", site,
                        "page", ReportPage.of(report),
                        "kindName", report.kind() == ReportKind.RULE_OF_LAW ? "法治政府建设年度报告" : "政府信息公开工作年度报告",
                        "publishedOn", chineseDate(report.publishedAt()),
                        "firstPublishedOn", chineseDate(report.firstPublishedAt()),
                        "dates", new Dates()))))
                .map(html -> ResponseEntity.ok()
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                        .body(html));
    }

    private static String chineseDate(Instant instant) {
        return CHINESE_DATE.format(instant);
    }

    /** Lets the template write any instant as a Chinese date. */
    static final class Dates {
        public String chinese(Instant instant) {
            return chineseDate(instant);
        }
    }
}
