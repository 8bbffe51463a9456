package cn.gongkai.report.internal;

import cn.gongkai.platform.cache.PageCache;
import cn.gongkai.platform.web.PortalPreferences;
import cn.gongkai.report.ReportKind;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The cached public pages of reports: whoever publishes a version evicts its page, on every instance at once. */
@Component
public class ReportPages {

    private final PageCache cache;

    ReportPages(PageCache cache) {
        this.cache = cache;
    }

    /**
     * The layout of the page (its template and what it shows); raise it when they change, so that an upgraded
     * portal never serves a page cached by the one before.
     */
    static final int RENDITION = 6;

    /** The cache key of a report's page at its stable address, in one language and mode. */
    public static String cacheKey(String agencyCode, int year, ReportKind kind, PortalPreferences preferences) {
        return "report:r" + RENDITION + ":" + agencyCode + ":" + year + ":" + kind.slug() + ":" + preferences.variant();
    }

    /** A new version of the report was published: its page must show it from the next request on, in every rendition. */
    public Mono<Void> published(String agencyCode, int year, ReportKind kind) {
        return cache.evict(PortalPreferences.ALL.stream()
                .map(preferences -> cacheKey(agencyCode, year, kind, preferences))
                .toArray(String[]::new));
    }
}
