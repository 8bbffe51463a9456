package cn.gongkai.hotline.web;

import cn.gongkai.hotline.HotlinePublications;
import cn.gongkai.hotline.HotlineStatistics;
import cn.gongkai.hotline.web.HotlineBoardResponses.BoardItem;
import cn.gongkai.hotline.web.HotlineBoardResponses.BoardPage;
import cn.gongkai.hotline.web.HotlineBoardResponses.Statistics;
import cn.gongkai.platform.web.PublicCaching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The hotline's public results: the reply board (办理结果公开) and the statistics (数据统计). */
@RestController
@Tag(name = "hotline", description = "12345政务服务便民热线 The 12345 hotline")
class HotlineBoardController {

    /** A board page of twenty replies. */
    static final int BOARD_PAGE_SIZE = 20;

    /** Public figures may be a minute old: the page is read far more often than tickets change. */
    private static final CacheControl PUBLIC = PublicCaching.keptFor(Duration.ofMinutes(1));

    private final HotlinePublications publications;
    private final HotlineStatistics statistics;

    HotlineBoardController(HotlinePublications publications, HotlineStatistics statistics) {
        this.publications = publications;
        this.statistics = statistics;
    }

    @GetMapping("/api/hotline/board")
    @Operation(
            summary = "The reply board (办理结果公开): replies the person allowed to be published and the dispatcher "
                    + "approved, with names, numbers, addresses and plates removed, newest publication first, twenty "
                    + "a page; q finds replies whose title, question or reply hold all its character pairs")
    Mono<ResponseEntity<BoardPage>> board(
            @Parameter(description = "Words to find") @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page) {
        return publications
                .board(q, page, BOARD_PAGE_SIZE)
                .map(found -> new BoardPage(
                        found.items().stream().map(BoardItem::of).toList(), found.total(), page, BOARD_PAGE_SIZE))
                .map(body -> ResponseEntity.ok().cacheControl(PUBLIC).body(body));
    }

    @GetMapping("/api/hotline/statistics")
    @Operation(
            summary = "Statistics of the tickets the centre received from `from` to `to` (both included; by default "
                    + "the twelve months up to today; at most three years), or of those one department (`agency`, its "
                    + "code) leads: volumes by type, matter, department and month, 营商环境 matters apart, on-time "
                    + "acceptance (签收 on or before the acceptance limit stored with the ticket; tickets still "
                    + "unaccepted past it count as late), on-time reply (each reply on or before its limit as it stood "
                    + "at the reply, extensions included; tickets still unanswered past it count as late), "
                    + "satisfaction (满意 and 基本满意 over the ratings given), self-service (enquiries the person ended "
                    + "with a knowledge-base answer) and the most frequent matters (热点诉求)")
    Mono<ResponseEntity<Statistics>> statistics(
            @Parameter(description = "First day, YYYY-MM-DD") @RequestParam(required = false) @Size(max = 20)
                    String from,
            @Parameter(description = "Last day, YYYY-MM-DD") @RequestParam(required = false) @Size(max = 20) String to,
            @Parameter(description = "A department's agency code") @RequestParam(required = false) @Size(max = 40)
                    String agency) {
        return statistics
                .forPublic(from, to, agency)
                .map(Statistics::of)
                .map(body -> ResponseEntity.ok().cacheControl(PUBLIC).body(body));
    }
}
