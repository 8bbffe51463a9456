package cn.gongkai.hotline;

import static cn.gongkai.hotline.HotlineTestData.CITIZEN;
import static cn.gongkai.hotline.HotlineTestData.DISPATCHER;
import static cn.gongkai.hotline.HotlineTestData.HANDLER_STHJ;
import static cn.gongkai.hotline.HotlineTestData.MATTER_ENVIRONMENT;
import static cn.gongkai.hotline.HotlineTestData.STHJ;
import static cn.gongkai.hotline.HotlineTestData.act;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.identity.RoleGrants;
import cn.gongkai.platform.web.PortalPreferences;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The hotline's public reading pages as nginx includes them for readers without script: the introduction, the reply
 * board searched and paged by its address, and the statistics as tables, a refused period named beside its field.
 */
@IntegrationTest
class HotlinePagesWithoutScriptIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Autowired
    RoleGrants grants;

    @BeforeEach
    void prepare() {
        HotlineTestData.prepare(database, grants);
    }

    private Document page(String path, String locale) {
        String html = Api.anonymous(port)
                .get()
                .uri(path)
                .cookie(PortalPreferences.LOCALE_COOKIE, locale)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(html).contains("<header class=\"site-header\">", "<footer class=\"site-footer\">");
        return Jsoup.parseBodyFragment(html);
    }

    /** A published reply whose title holds {@code word}, and which tells the person to call 12345. */
    private String publishedReply(String word) {
        Map<String, Object> form = HotlineTestData.ticket("COMPLAINT", MATTER_ENVIRONMENT, "夜间施工噪声" + word);
        String number =
                (String) HotlineTestData.created(Api.as(CITIZEN, port), form).get("number");
        act(port, DISPATCHER, number, "dispatch", Map.of("leadDepartmentId", STHJ))
                .expectStatus()
                .isOk();
        act(port, HANDLER_STHJ, number, "accept", Map.of()).expectStatus().isOk();
        act(port, HANDLER_STHJ, number, "reply", Map.of("text", "经查，工地已停止夜间施工。如有疑问请拨打12345。"))
                .expectStatus()
                .isOk();
        act(port, DISPATCHER, number, "approve-publication", Map.of())
                .expectStatus()
                .isOk();
        return number;
    }

    @Test
    void theIntroductionLinksItsPhoneNumbersAndItsResults() {
        Document intro = page("/_pages/hotline", "zh-CN");
        assertThat(intro.select("h1").text()).isEqualTo("12345 热线");
        assertThat(intro.select("a[href^=tel:]").eachAttr("href"))
                .contains("tel:12345", "tel:110", "tel:119", "tel:120", "tel:122");
        assertThat(intro.select("a[href=/hotline/board], a[href=/hotline/statistics], a[href=/hotline/new]"))
                .hasSize(3);
        assertThat(intro.select("header a[aria-current=page]").attr("href")).isEqualTo("/hotline");
    }

    @Test
    void theBoardIsSearchedAndPagedByItsAddress() {
        String word = "核查" + UUID.randomUUID().toString().substring(0, 6);
        String number = publishedReply(word);

        Document found = page("/_pages/hotline/board?q=" + word, "zh-CN");
        assertThat(found.select("#hl-board-q").val()).isEqualTo(word);
        assertThat(found.select("h2.result-count").text()).isEqualTo("含有“" + word + "”的答复共 1 条");
        assertThat(found.select(".board-item")).hasSize(1);
        assertThat(found.select(".board-item h3").text()).contains(word);
        assertThat(found.select(".board-item").text()).contains(number, "投诉", "淮北市生态环境局", "经查，工地已停止夜间施工");
        assertThat(found.select(".board-reply a.phone-link").attr("href")).isEqualTo("tel:12345");
        assertThat(found.select("a[href=/hotline/board]").text()).isEqualTo("清除搜索");

        Document beyond = page("/_pages/hotline/board?q=" + word + "&page=2", "zh-CN");
        assertThat(beyond.select(".board-item")).isEmpty();
        assertThat(beyond.select("p.empty-state").text()).contains("没有第 2 页，共 1 页。");
        assertThat(beyond.select("p.empty-state a").attr("href")).startsWith("/hotline/board?q=");

        Document none = page("/_pages/hotline/board?q=没有这样的答复" + word, "en");
        assertThat(none.select(".board-item")).isEmpty();
        assertThat(none.select(".empty-state").text()).contains("No published reply contains");

        Document all = page("/_pages/hotline/board?page=abc", "en");
        assertThat(all.select("h1").text()).isEqualTo("Reply board");
        assertThat(all.select(".board-item")).isNotEmpty();
        assertThat(all.select(".board-item time").first().text()).matches("\\d{1,2} \\w+ \\d{4} at \\d{2}:\\d{2}");
    }

    @Test
    void theStatisticsAreTablesAgainstTheCentresTargets() {
        Document figures = page("/_pages/hotline/statistics?from=2026-01-01&to=2026-12-31", "zh-CN");
        assertThat(figures.select("#hl-stats-from").val()).isEqualTo("2026-01-01");
        assertThat(figures.select(".statistics-period").text()).isEqualTo("2026年1月1日至2026年12月31日");
        // Each target, and whether the figures reached it when anything was due.
        assertThat(figures.select(".statistics-rate-target").eachText())
                .map(text -> text.replaceAll(" (达到目标|未达到目标)$", ""))
                .containsExactly("目标 100%", "目标 100%", "目标 95%");
        assertThat(figures.select("table caption").eachText())
                .contains(
                        "按诉求类型统计，2026年1月1日至2026年12月31日",
                        "按受理月份统计，2026年1月1日至2026年12月31日",
                        "按主办部门统计，2026年1月1日至2026年12月31日");
        assertThat(figures.select("table:has(caption:contains(按受理月份)) tbody th").eachText())
                .hasSize(12)
                .startsWith("2026年1月");
        assertThat(figures.select("table:has(caption:contains(按诉求类型)) tbody th").eachText())
                .containsExactly("咨询", "求助", "投诉", "举报", "建议");
        assertThat(figures.select("#hl-stats-agency option").eachAttr("value")).contains("", "340600-sthjj");
        assertThat(figures.select("a[href=/hotline/statistics]").text()).isEqualTo("恢复近 12 个月");

        Document english = page("/_pages/hotline/statistics?from=2026-01-01&to=2026-12-31", "en");
        assertThat(english.select(".statistics-period").text()).isEqualTo("1 January 2026 to 31 December 2026");
        assertThat(english.select("table:has(caption:contains(by month)) tbody th")
                        .eachText())
                .hasSize(12)
                .startsWith("Jan 2026", "Feb 2026", "Mar 2026");
    }

    @Test
    void aRefusedPeriodIsNamedBesideItsFieldInTheReadersLanguage() {
        Document backwards = page("/_pages/hotline/statistics?from=2026-06-01&to=2026-01-01", "zh-CN");
        assertThat(backwards.select(".error-summary a").eachText()).containsExactly("开始日期：起始日期不能晚于截止日期");
        assertThat(backwards.select(".error-summary a").attr("href")).isEqualTo("#hl-stats-from");
        assertThat(backwards.select("#hl-stats-from").attr("aria-invalid")).isEqualTo("true");
        assertThat(backwards.select("#hl-stats-from").attr("aria-describedby")).isEqualTo("hl-stats-from-error");
        assertThat(backwards.select("#hl-stats-from-error").text()).isEqualTo("错误：起始日期不能晚于截止日期");
        assertThat(backwards.select("table")).isEmpty();

        Document notADay = page("/_pages/hotline/statistics?to=2026-13-40", "en");
        assertThat(notADay.select(".error-summary a").eachText()).containsExactly("To: must be a date as YYYY-MM-DD");

        Document unknown = page("/_pages/hotline/statistics?agency=no-such-agency", "zh-CN");
        assertThat(unknown.select(".error-summary a").attr("href")).isEqualTo("#hl-stats-agency");

        // What has not the shape of a day is left out, as the front end leaves it: the default period.
        Document ignored = page("/_pages/hotline/statistics?from=yesterday", "zh-CN");
        assertThat(ignored.select(".error-summary")).isEmpty();
        assertThat(ignored.select("table")).isNotEmpty();
    }
}
