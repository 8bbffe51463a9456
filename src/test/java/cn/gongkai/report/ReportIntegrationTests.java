package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestClock;
import cn.gongkai.platform.web.PortalPreferences;
import cn.gongkai.report.internal.ReportPages;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The public archive, pages and search over the demo reports imported from the seed documents. */
@IntegrationTest
class ReportIntegrationTests {

    private static final String SUIXI_TITLE = "濉溪县人民政府关于2019年度法治政府建设情况的报告";

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Autowired
    TestClock clock;

    @Autowired
    org.springframework.data.redis.core.ReactiveStringRedisTemplate redis;

    @Autowired
    ReportPages reportPages;

    @Autowired
    MeterRegistry meters;

    @Test
    void archiveListsPublishedReportsNewestFirstAndFilters() {
        Api.anonymous(port)
                .get()
                .uri("/api/reports")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                // The demo's 52 reports about 2025, the three older documents.
                .jsonPath("$.total")
                .isEqualTo(55)
                .jsonPath("$.items[0].agencyName")
                .isEqualTo("淮北市烈山区人民政府")
                .jsonPath("$.items[0].url")
                .isEqualTo("/reports/340604/2025/rule-of-law")
                .jsonPath("$.items[0].publishedAt")
                .isEqualTo("2026-04-20T01:30:00Z");
        Api.anonymous(port)
                .get()
                .uri("/api/reports?page=2&size=20")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(15)
                .jsonPath("$.items[12].agencyName")
                .isEqualTo("武汉市汉阳区人民政府")
                .jsonPath("$.items[12].kind")
                .isEqualTo("RULE_OF_LAW_PLAN")
                .jsonPath("$.items[12].url")
                .isEqualTo("/reports/420105/2023/rule-of-law-plan")
                .jsonPath("$.items[14].title")
                .isEqualTo(SUIXI_TITLE)
                .jsonPath("$.items[14].url")
                .isEqualTo("/reports/340621/2019/rule-of-law")
                .jsonPath("$.items[14].publishedAt")
                .isEqualTo("2020-03-30T01:49:00Z");
        Api.anonymous(port)
                .get()
                .uri("/api/reports?agency=340621&kind=RULE_OF_LAW&year=2019")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items[0].title")
                .isEqualTo(SUIXI_TITLE);
        Api.anonymous(port)
                .get()
                .uri("/api/reports?year=2019&kind=OPEN_GOVERNMENT_INFORMATION")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void badArchiveParametersAreNamed() {
        Api.anonymous(port)
                .get()
                .uri("/api/reports?kind=ANNUAL&size=1000")
                .header("Accept-Language", "en")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat(fields.toString()).contains("kind"));
        Api.anonymous(port)
                .get()
                .uri("/api/reports/search?q=")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("q");
    }

    @Test
    void oneReportCarriesItsNumberedParts() {
        String id = Api.anonymous(port)
                .get()
                .uri("/api/reports?agency=340621")
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody()
                .replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        Api.anonymous(port)
                .get()
                .uri("/api/reports/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.content.sections.length()")
                .isEqualTo(3)
                .jsonPath("$.content.sections[0].heading")
                .isEqualTo("工作开展情况")
                .jsonPath("$.content.sections[0].children[0].children[0].label")
                .isEqualTo("一是")
                .jsonPath("$.corrections.length()")
                .isEqualTo(0);
        Api.anonymous(port)
                .get()
                .uri("/api/reports/00000000-0000-4000-8000-000000000000")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void searchForAdministrativeReconsiderationRanksThePartsHeadedByItFirstAndFindsThePlansByItsReform() {
        // Every annual report speaks of reconsideration; those with a part headed by it (the open-government-
        // information reports' 四、政府信息公开行政复议、行政诉讼情况) come first.
        Api.anonymous(port)
                .get()
                .uri("/api/reports/search?q=行政复议")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(20)
                .jsonPath("$.items[0].kind")
                .isEqualTo("OPEN_GOVERNMENT_INFORMATION")
                .jsonPath("$.items[0].snippet")
                .value(snippet -> assertThat((String) snippet).contains("<mark>行政复议</mark>"))
                .jsonPath("$.items[*].snippet")
                .value(snippets -> assertThat((java.util.List<?>) snippets)
                        .allSatisfy(snippet -> assertThat(snippet.toString()).contains("<mark>行政复议</mark>")));
        // Only the plans speak of reforming it.
        Api.anonymous(port)
                .get()
                .uri("/api/reports/search?q=行政复议体制")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(2)
                .jsonPath("$.items[*].kind")
                .isEqualTo(java.util.List.of("RULE_OF_LAW_PLAN", "RULE_OF_LAW_PLAN"))
                .jsonPath("$.items[*].agencyName")
                .value(names ->
                        assertThat((java.util.List<Object>) names).containsExactlyInAnyOrder("淮北市人民政府", "武汉市汉阳区人民政府"))
                .jsonPath("$.items[*].snippet")
                .value(snippets -> assertThat((java.util.List<?>) snippets)
                        .allSatisfy(snippet -> assertThat(snippet.toString()).contains("<mark>")));
        // Every term must occur: only Suixi's report also speaks of 诉访分离.
        Api.anonymous(port)
                .get()
                .uri("/api/reports/search?q=行政复议 诉访分离")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items[0].title")
                .isEqualTo(SUIXI_TITLE)
                .jsonPath("$.items[0].snippet")
                .value(snippet -> assertThat((String) snippet).contains("<mark>"));
        Api.anonymous(port)
                .get()
                .uri("/api/reports/search?q=双随机 一公开")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .value(total -> assertThat((Integer) total).isPositive());
        Api.anonymous(port)
                .get()
                .uri("/api/reports/search?q=量子计算机")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void reportPageIsServerRenderedWithContentsAndStableAddress() {
        String html = Api.anonymous(port)
                .get()
                .uri("/reports/340621/2019/rule-of-law")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(html)
                .contains(
                        "<html lang=\"zh-CN\"",
                        "<h1 lang=\"zh-CN\">" + SUIXI_TITLE + "</h1>",
                        "目录",
                        "href=\"#s-1-1\"",
                        "<strong>一是优化机构设置。</strong>",
                        "2020年3月30日",
                        "<main id=\"main-content\"")
                .doesNotContain("扫一扫");
        Api.anonymous(port)
                .get()
                .uri("/reports/340621/2018/rule-of-law")
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(Api.anonymous(port)
                        .get()
                        .uri("/reports/340600/2021/rule-of-law-plan")
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody())
                .contains("<h1 lang=\"zh-CN\">淮北市法治政府建设实施方案(2021-2025年)</h1>", "2021年法治政府建设规划方案");
        // A plan is not the year's annual report.
        Api.anonymous(port)
                .get()
                .uri("/reports/340600/2021/rule-of-law")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void publishedVersionsCannotBeAlteredInPlace() {
        assertThatThrownBy(() -> database.sql("update annual_report_publication set title = 'changed'")
                        .then()
                        .block())
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> database.sql("delete from annual_report_publication")
                        .then()
                        .block())
                .hasMessageContaining("never changed");
    }

    @Test
    void theComplianceBoardListsAgenciesThatHaveNotPublishedFirst() {
        Api.anonymous(port)
                .get()
                .uri("/api/reports/compliance?year=2019")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.year")
                .isEqualTo(2019)
                .jsonPath("$.lines[0].reports[0].standing")
                .isEqualTo("MISSING")
                .jsonPath("$.lines[?(@.agencyCode == '340621')].reports[0].kind")
                .isEqualTo("RULE_OF_LAW")
                .jsonPath("$.lines[?(@.agencyCode == '340621')].reports[0].standing")
                .isEqualTo("ON_TIME")
                .jsonPath("$.lines[?(@.agencyCode == '340621')].reports[0].publishedOn")
                .isEqualTo("2020-03-30")
                .jsonPath("$.lines[?(@.agencyCode == '340621')].reports[0].deadline")
                .isEqualTo("2020-04-01")
                .jsonPath("$.lines[?(@.agencyCode == '340621')].reports[1].standing")
                .isEqualTo("MISSING")
                .jsonPath("$.lines[?(@.agencyCode == '340621')].reports[1].deadline")
                .isEqualTo("2020-03-31")
                .jsonPath("$.lines[?(@.agencyCode == '340621-sfj')].reports[1].deadline")
                .isEqualTo("2020-01-31")
                .jsonPath("$.counts[*].standing")
                .isEqualTo(java.util.List.of("MISSING", "LATE", "NOT_YET_DUE", "ON_TIME"))
                .jsonPath("$.counts[3].reports")
                .isEqualTo(1)
                .jsonPath("$.counts[0].reports")
                .isEqualTo(59);
        // Huaibei published its plan for 2021 to 2025, not its 2021 report: the board says so.
        Api.anonymous(port)
                .get()
                .uri("/api/reports/compliance?year=2021")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.lines[?(@.agencyCode == '340600')].reports[*].kind")
                .isEqualTo(java.util.List.of("RULE_OF_LAW", "OPEN_GOVERNMENT_INFORMATION"))
                .jsonPath("$.lines[?(@.agencyCode == '340600')].reports[0].standing")
                .isEqualTo("MISSING");
        Api.anonymous(port)
                .get()
                .uri("/api/reports/compliance?year=1999")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("year");
    }

    @Test
    void withoutAYearTheBoardSaysWhichYearItChose() {
        // On the test clock's default day, 17 June 2026, every deadline of 2025's reports has come (the days around
        // each deadline are ReportComplianceTests' table).
        clock.reset();
        Api.anonymous(port)
                .get()
                .uri("/api/reports/compliance")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.year")
                .isEqualTo(2025)
                .jsonPath("$.latestYear")
                .isEqualTo(2025)
                .jsonPath("$.counts[?(@.standing == 'NOT_YET_DUE')].reports")
                .isEqualTo(java.util.List.of(0));
        Api.anonymous(port)
                .get()
                .uri("/api/reports/compliance?year=2019")
                .exchange()
                .expectBody()
                .jsonPath("$.year")
                .isEqualTo(2019)
                .jsonPath("$.latestYear")
                .isEqualTo(2025);
        Api.anonymous(port)
                .get()
                .uri("/api/reports/compliance?year=2026")
                .exchange()
                .expectBody()
                .jsonPath("$.counts[?(@.standing == 'NOT_YET_DUE')].reports")
                .isEqualTo(java.util.List.of(60));
    }

    @Test
    void theDemoAgenciesPublishedTheir2025ReportsMostlyOnTimeSomeLateAFewNot() {
        Api.anonymous(port)
                .get()
                .uri("/api/reports/compliance?year=2025")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.agencies")
                .isEqualTo(30)
                .jsonPath("$.counts[?(@.standing == 'ON_TIME')].reports")
                .isEqualTo(java.util.List.of(45))
                .jsonPath("$.counts[?(@.standing == 'LATE')].reports")
                .isEqualTo(java.util.List.of(7))
                // Suixi's own are written in the browser tests, not by the demo.
                .jsonPath("$.counts[?(@.standing == 'MISSING')].reports")
                .isEqualTo(java.util.List.of(8))
                .jsonPath("$.lines[?(@.agencyCode == '340600-zjj')].reports[1].publishedOn")
                .isEqualTo("2026-02-12")
                .jsonPath("$.lines[?(@.agencyCode == '340600-zjj')].reports[1].standing")
                .isEqualTo("LATE")
                .jsonPath("$.lines[?(@.agencyCode == '340600-zjj')].reports[1].url")
                .isEqualTo("/reports/340600-zjj/2025/open-government-information");
    }

    @Test
    void theComplianceBoardListsOnlyTheStandingAndAgencyKindAskedForAndCountsTheKindsAgencies() {
        Api.anonymous(port)
                .get()
                .uri("/api/reports/compliance?year=2025&standing=LATE&agencyKind=DEPARTMENT")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.agencies")
                .isEqualTo(20)
                .jsonPath("$.lines[*].agencyCode")
                .isEqualTo(java.util.List.of("420105-sfj", "340600-gaj", "340600-zjj", "340621-scjgj"))
                .jsonPath("$.counts[?(@.standing == 'LATE')].reports")
                .isEqualTo(java.util.List.of(4))
                .jsonPath("$.counts[?(@.standing == 'ON_TIME')].reports")
                .isEqualTo(java.util.List.of(31));
        Api.anonymous(port)
                .get()
                .uri("/api/reports/compliance?standing=LATELY&agencyKind=MINISTRY")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat((java.util.List<Object>) fields).contains("standing"));
    }

    @Test
    void feedsAndSitemapListThePublicPages() {
        Api.anonymous(port)
                .get()
                .uri("/reports/feed.atom")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("application/atom+xml")
                .expectBody()
                // The newest fifty of the demo's reports, newest first.
                .xpath("/*[local-name()='feed']/*[local-name()='entry']")
                .nodeCount(50)
                .xpath("/*[local-name()='feed']/*[local-name()='entry'][1]/*[local-name()='title']")
                .isEqualTo("淮北市烈山区人民政府关于2025年度法治政府建设情况的报告")
                .xpath("/*[local-name()='feed']/*[local-name()='entry'][1]/*[local-name()='published']")
                .isEqualTo("2026-04-20T01:30:00Z");
        Api.anonymous(port)
                .get()
                .uri("/sitemap.xml")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .xpath("//*[local-name()='loc'][contains(., '/reports/340621/2019/rule-of-law')]")
                .exists()
                .xpath("//*[local-name()='loc'][contains(., '/agencies/340600')]")
                .exists()
                .xpath("//*[local-name()='url'][*[local-name()='loc'][contains(., '/reports/340621/2019')]]"
                        + "/*[local-name()='lastmod']")
                .isEqualTo("2020-03-30");
    }

    @Test
    void theReportPageWearsThePortalsHeaderAndFooter() {
        String html = Api.anonymous(port)
                .get()
                .uri("/reports/340621/2019/rule-of-law")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.VARY, HttpHeaders.COOKIE)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(html)
                .contains(
                        "<a href=\"#main-content\" class=\"skip-link\">跳到主要内容</a>",
                        "<header class=\"site-header\">",
                        "<form role=\"search\" action=\"/search\" method=\"get\"",
                        "<a href=\"/reports\" class=\"\" aria-current=\"page\">年度报告</a>",
                        ">大字版</button>",
                        "href=\"/oauth2/authorization/gongkai?return=%2Freports%2F340621%2F2019%2Frule-of-law\"",
                        "<footer class=\"site-footer\">",
                        "<script type=\"module\" src=\"/chrome/chrome.js\"></script>")
                .doesNotContain("__GONGKAI_");
        assertThat(html).doesNotContain("class=\"large-text\"");
    }

    @Test
    void theReportPageSpeaksTheReadersLanguageInTheReadersMode() {
        String html = Api.anonymous(port)
                .get()
                .uri("/reports/340621/2019/rule-of-law")
                .cookie(PortalPreferences.LOCALE_COOKIE, "en")
                .cookie(PortalPreferences.LARGE_TEXT_COOKIE, "1")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(html)
                .contains(
                        "<html lang=\"en\" class=\"large-text\"",
                        ">Skip to main content</a>",
                        ">Large text</button>",
                        "aria-pressed=\"true\">Large text",
                        ">Annual reports</a>",
                        "<dt>Published by</dt>",
                        "Annual report on building rule-of-law government, 2019",
                        "30 March 2020",
                        "<h1 lang=\"zh-CN\">" + SUIXI_TITLE + "</h1>",
                        "<div class=\"report-text\" lang=\"zh-CN\">")
                .doesNotContain("发布机关", "2020年3月30日");
        // The agency in English first, with its Chinese name beside it, each in its language.
        assertThat(Jsoup.parse(html).select(".report-facts dd .agency-name").html())
                .isEqualTo("<span lang=\"en\">Suixi County People's Government</span>"
                        + " (<span lang=\"zh-CN\">濉溪县人民政府</span>)");
        assertThat(Jsoup.parse(html)
                        .select(".breadcrumbs a[href=/agencies/340621]")
                        .text())
                .isEqualTo("Suixi County People's Government (濉溪县人民政府)");
        assertThat(Jsoup.parse(html).select("meta[name=description]").attr("content"))
                .startsWith("Suixi County People's Government (濉溪县人民政府) ");
        // Anything else reads as the default: Chinese, normal size.
        assertThat(Api.anonymous(port)
                        .get()
                        .uri("/reports/340621/2019/rule-of-law")
                        .cookie(PortalPreferences.LOCALE_COOKIE, "fr")
                        .cookie(PortalPreferences.LARGE_TEXT_COOKIE, "yes")
                        .exchange()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody())
                .contains("<html lang=\"zh-CN\"", "<dt>发布机关</dt>")
                .doesNotContain("large-text\"");
    }

    @Test
    void theReportPageIsServedFromTheCacheUntilItsReportIsPublishedAgain() {
        String key = "gongkai:page:"
                + ReportPages.cacheKey("340621", 2019, ReportKind.RULE_OF_LAW, PortalPreferences.DEFAULT);
        reportPages.published("340621", 2019, ReportKind.RULE_OF_LAW).block();
        double rendered = meters.counter("gongkai.page.cache.renders").count();
        String page = rulesOfLawPage2019();
        assertThat(redis.opsForValue().get(key).block()).isEqualTo(page);
        assertThat(rulesOfLawPage2019()).isEqualTo(page);
        assertThat(meters.counter("gongkai.page.cache.renders").count()).isEqualTo(rendered + 1);

        // A publication evicts every rendition, in Redis and in each instance's memory.
        String english = "gongkai:page:"
                + ReportPages.cacheKey(
                        "340621", 2019, ReportKind.RULE_OF_LAW, new PortalPreferences(Locale.ENGLISH, true));
        redis.opsForValue().set(english, "<p>cached</p>").block();
        reportPages.published("340621", 2019, ReportKind.RULE_OF_LAW).block();
        assertThat(redis.hasKey(english).block()).isFalse();
        assertThat(redis.hasKey(key).block()).isFalse();
        assertThat(rulesOfLawPage2019()).isEqualTo(page);
        assertThat(meters.counter("gongkai.page.cache.renders").count()).isEqualTo(rendered + 2);
    }

    /**
     * A page is cached by its address and the reader's language and mode alone: the first reader being signed in (a
     * report editor here) changes nothing in it, and no cached page names anyone.
     */
    @Test
    void aPageFirstAskedForBySomeoneSignedInIsEveryonesPageAndNamesNobody() {
        String editor = "editor-suixi";
        String displayName = (String) Api.as(editor, port)
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("displayName");
        assertThat(displayName).isNotBlank();
        reportPages.published("340621", 2019, ReportKind.RULE_OF_LAW).block();

        String theirs = rulesOfLawPage2019(Api.as(editor, port));
        assertThat(rulesOfLawPage2019()).isEqualTo(theirs);
        List<String> cached = redis.scan(
                        ScanOptions.scanOptions().match("gongkai:page:*").build())
                .flatMap(key -> redis.opsForValue().get(key))
                .collectList()
                .block();
        assertThat(cached).contains(theirs).noneMatch(page -> page.contains(editor) || page.contains(displayName));
    }

    private String rulesOfLawPage2019() {
        return rulesOfLawPage2019(Api.anonymous(port));
    }

    private String rulesOfLawPage2019(WebTestClient reader) {
        return reader.get()
                .uri("/reports/340621/2019/rule-of-law")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
