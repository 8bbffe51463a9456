package cn.gongkai.report.web;

import cn.gongkai.identity.AgencyKind;
import cn.gongkai.platform.web.PublicCaching;
import cn.gongkai.report.PublishedReport;
import cn.gongkai.report.ReportArchive;
import cn.gongkai.report.ReportArchive.ArchiveFilter;
import cn.gongkai.report.ReportArchive.Page;
import cn.gongkai.report.ReportArchive.ReportSummary;
import cn.gongkai.report.ReportArchive.SearchResults;
import cn.gongkai.report.ReportCompliance;
import cn.gongkai.report.ReportKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The public archive of annual reports as JSON (年度报告). */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "reports", description = "年度报告 Annual reports")
class ReportController {

    private static final CacheControl PUBLIC = PublicCaching.keptFor(Duration.ofMinutes(1));

    private final ReportArchive reports;
    private final ReportCompliance compliance;

    ReportController(ReportArchive reports, ReportCompliance compliance) {
        this.reports = reports;
        this.compliance = compliance;
    }

    @GetMapping("/compliance")
    @Operation(
            summary = "For one year, every agency's annual reports against their legal deadlines, counted by standing; "
                    + "agencies that have not published come first. Without a year, the latest year whose first "
                    + "deadline has come, named in the answer")
    Mono<ResponseEntity<ReportCompliance.ComplianceBoard>> compliance(
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) ReportCompliance.Standing standing,
            @RequestParam(required = false) AgencyKind agencyKind) {
        return compliance
                .board(year, new ReportCompliance.BoardFilter(standing, agencyKind))
                .map(body -> ResponseEntity.ok().cacheControl(PUBLIC).body(body));
    }

    @GetMapping
    @Operation(summary = "Published reports, newest first; filter by agency code, year and kind")
    Mono<ResponseEntity<Page<ReportSummary>>> archive(
            @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{2,40}") String agency,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) ReportKind kind,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return reports.findPublished(new ArchiveFilter(agency, year, kind), page, size)
                .map(body -> ResponseEntity.ok().cacheControl(PUBLIC).body(body));
    }

    @GetMapping("/search")
    @Operation(summary = "Full-text search of published reports (Chinese and other languages), most relevant first")
    Mono<ResponseEntity<SearchResults>> search(@RequestParam @NotBlank @Size(max = 100) String q) {
        return reports.search(q, 20)
                .map(body -> ResponseEntity.ok().cacheControl(PUBLIC).body(body));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One published report with its text (Markdown per part) and correction notes")
    Mono<ResponseEntity<PublishedReport>> one(@PathVariable UUID id) {
        return reports.getPublished(id)
                .map(body -> ResponseEntity.ok().cacheControl(PUBLIC).body(body));
    }
}
