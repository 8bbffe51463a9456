package cn.gongkai.pages;

import cn.gongkai.hotline.HotlineCatalogue;
import cn.gongkai.hotline.HotlineMatter;
import cn.gongkai.hotline.HotlinePublications;
import cn.gongkai.hotline.HotlineStatistics;
import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.Agency;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.web.PortalDates;
import cn.gongkai.platform.web.PortalPreferences;
import cn.gongkai.platform.web.PortalWords;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The hotline's public reading pages for readers without script: its introduction, the reply board (回复公开栏) with
 * its search and pages, and the statistics (热线数据统计) as tables, each with its choices in the address as the front
 * end keeps them.
 */
@RestController
class HotlinePagesController {

    /** The board's page size, as the API's. */
    private static final int BOARD_PAGE_SIZE = 20;

    /** The API's limits on the board's address: past them it would answer a 400, so the value is cut instead. */
    private static final int MAX_WORDS = 100;

    private static final int MAX_PAGE = 10_001;

    private static final String DAY = "\\d{4}-\\d{2}-\\d{2}";
    private static final String AGENCY_CODE = "[A-Za-z0-9-]{2,40}";

    /** Each parameter of the statistics and the id of the field that chooses it. */
    private static final Map<String, String> STATISTICS_FIELDS =
            Map.of("from", "hl-stats-from", "to", "hl-stats-to", "agency", "hl-stats-agency");

    private final HotlinePublications publications;
    private final HotlineStatistics statistics;
    private final HotlineCatalogue catalogue;
    private final Agencies agencies;
    private final MessageSource messages;
    private final PortalWords words;
    private final PageRenderer pages;

    HotlinePagesController(
            HotlinePublications publications,
            HotlineStatistics statistics,
            HotlineCatalogue catalogue,
            Agencies agencies,
            MessageSource messages,
            PortalWords words,
            PageRenderer pages) {
        this.publications = publications;
        this.statistics = statistics;
        this.catalogue = catalogue;
        this.agencies = agencies;
        this.messages = messages;
        this.words = words;
        this.pages = pages;
    }

    @GetMapping(PageRenderer.PREFIX + "/hotline")
    Mono<ResponseEntity<byte[]>> introduction(ServerWebExchange exchange) {
        return pages.render(exchange, "pages/hotline", Map.of());
    }

    /** The reply board, searched by the words in the address ({@code q}), a page ({@code page}, from 1) at a time. */
    @GetMapping(PageRenderer.PREFIX + "/hotline/board")
    Mono<ResponseEntity<byte[]>> board(
            ServerWebExchange exchange,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String page) {
        String search = q == null ? "" : cut(q.strip(), MAX_WORDS);
        String asked = page == null ? "" : page.strip();
        int pageNumber = asked.matches("\\d{1,9}") ? Math.min(Math.max(1, Integer.parseInt(asked)), MAX_PAGE) : 1;
        return publications
                .board(search.isEmpty() ? null : search, pageNumber - 1, BOARD_PAGE_SIZE)
                .flatMap(result -> {
                    long pages = Math.max(1, (result.total() + BOARD_PAGE_SIZE - 1) / BOARD_PAGE_SIZE);
                    Map<String, Object> model = new HashMap<>();
                    model.put("result", result);
                    model.put("q", search);
                    model.put("searched", !search.isEmpty());
                    model.put("page", pageNumber);
                    model.put("pages", pages);
                    model.put("beyond", result.total() > 0 && result.items().isEmpty());
                    model.put("first", boardPage(search, 1));
                    model.put("previous", boardPage(search, pageNumber - 1));
                    model.put("next", boardPage(search, pageNumber + 1));
                    return this.pages.render(exchange, "pages/hotline-board", model);
                });
    }

    /**
     * The statistics of a period ({@code from}, {@code to}) and perhaps one department ({@code agency}); a period the
     * statistics refuse is named beside its field, as the front end names it.
     */
    @GetMapping(PageRenderer.PREFIX + "/hotline/statistics")
    Mono<ResponseEntity<byte[]>> statistics(
            ServerWebExchange exchange,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String agency) {
        String fromDay = only(from, DAY);
        String toDay = only(to, DAY);
        String agencyCode = only(agency, AGENCY_CODE);
        PortalPreferences preferences = PortalPreferences.of(exchange.getRequest());
        Locale locale = preferences.locale();
        Mono<Map<String, Object>> figures = statistics
                .forPublic(fromDay, toDay, agencyCode)
                .map(found -> Map.<String, Object>of("statistics", found, "errors", Map.of()))
                .onErrorResume(
                        PortalException.class,
                        refused -> refused.getStatusCode().is4xxClientError()
                                        && !refused.fieldProblems().isEmpty()
                                ? Mono.just(Map.of("errors", fieldErrors(refused, locale)))
                                : Mono.error(refused));
        return Mono.zip(figures, departments()).flatMap(found -> {
            Map<String, Object> model = new HashMap<>(found.getT1());
            var shown = (HotlineStatistics.Statistics) found.getT1().get("statistics");
            model.put(
                    "from",
                    fromDay != null ? fromDay : shown != null ? shown.from().toString() : "");
            model.put("to", toDay != null ? toDay : shown != null ? shown.to().toString() : "");
            model.put("agency", agencyCode == null ? "" : agencyCode);
            model.put("chosen", fromDay != null || toDay != null || agencyCode != null);
            model.put("departments", found.getT2());
            model.put("fields", STATISTICS_FIELDS);
            StatisticsFormat format = new StatisticsFormat(locale);
            model.put("format", format);
            if (shown != null) {
                StatisticsTables tables =
                        new StatisticsTables(words.in(preferences), format, new PortalDates(preferences));
                model.put("period", tables.period(shown));
                model.put("figures", tables.of(shown));
            }
            return pages.render(exchange, "pages/hotline-statistics", model);
        });
    }

    /** Each refused parameter's message in the reader's language, in the order of the fields. */
    private Map<String, String> fieldErrors(PortalException refused, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : List.of("from", "to", "agency")) {
            refused.fieldProblems().stream()
                    .filter(problem -> problem.field().equals(field))
                    .findFirst()
                    .ifPresent(problem ->
                            errors.put(field, messages.getMessage(problem.messageKey(), problem.arguments(), locale)));
        }
        return errors;
    }

    /** The departments the catalogue sends tickets to, by Chinese name: the statistics' choice of department. */
    private Mono<List<Agency>> departments() {
        Collator chinese = Collator.getInstance(Locale.CHINA);
        return catalogue
                .matters()
                .map(HotlineMatter::leadDepartment)
                .map(HotlineMatter.Department::id)
                .collect(Collectors.toSet())
                .flatMap((Set<UUID> leads) -> agencies.findAll()
                        .filter(candidate -> leads.contains(candidate.id()))
                        .sort(Comparator.comparing(Agency::name, chinese))
                        .collectList());
    }

    /** An address of the board as the front end writes it: an empty search and page 1 left out. */
    private static String boardPage(String search, int page) {
        var address = UriComponentsBuilder.fromPath("/hotline/board");
        if (!search.isEmpty()) address.queryParam("q", search);
        if (page > 1) address.queryParam("page", page);
        return address.build().encode().toUriString();
    }

    /** The value when it has the shape, else none (the default applies), as the front end reads its address. */
    private static String only(String value, String shape) {
        return value != null && value.strip().matches(shape) ? value.strip() : null;
    }

    /** At most {@code length} characters, never half of one. */
    private static String cut(String text, int length) {
        return text.codePointCount(0, text.length()) <= length
                ? text
                : text.substring(0, text.offsetByCodePoints(0, length));
    }
}
