package cn.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

/**
 * Every public read nginx's shared cache holds (nginx/public-cache.conf) says how long it may keep it: a second, so
 * that a publication or a withdrawal reaches every reader at once; "no-cache" or "private" would keep it out.
 */
@IntegrationTest
class PublicCachingIntegrationTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/site",
                "/api/agencies",
                "/api/agencies/340600",
                "/api/reports?year=2019",
                "/api/reports/compliance?year=2019",
                "/api/reports/search?q=依法行政",
                "/api/calendar/working-days?from=2026-09-28&add=20",
                "/api/hotline/board",
                "/api/hotline/statistics",
                "/api/hotline/catalogue",
                "/reports/340621/2019/rule-of-law",
                "/reports/340621/2019/rule-of-law.pdf",
                "/reports/feed.atom",
                "/sitemap.xml",
                "/_pages/",
                "/_pages/hotline/board"
            })
    void aPublicReadMayBeKeptBySharedCachesForASecond(String path) {
        String caching = Api.anonymous(port)
                .get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(byte[].class)
                .getResponseHeaders()
                .getCacheControl();
        assertThat(caching).contains("public", "s-maxage=1").doesNotContain("no-cache", "no-store", "private");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/me", "/api/hotline/tickets"})
    void aPersonalReadIsNeverKept(String path) {
        HttpHeaders headers = Api.anonymous(port)
                .get()
                .uri(path)
                .exchange()
                .returnResult(byte[].class)
                .getResponseHeaders();
        assertThat(headers.getCacheControl()).contains("no-store");
    }
}
