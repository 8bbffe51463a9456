package cn.gongkai.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.platform.web.PortalPreferences;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

@IntegrationTest
class PublicPagesIntegrationTests {

    private static final String SUIXI_2019 = "濉溪县人民政府关于2019年度法治政府建设情况的报告";

    @LocalServerPort
    int port;

    private String page(String path, String locale) {
        return Api.anonymous(port)
                .get()
                .uri(path)
                .cookie(PortalPreferences.LOCALE_COOKIE, locale)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.VARY, HttpHeaders.COOKIE)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    void theHomePageHasItsServicesReportsAndAgenciesInTheReadersLanguage() {
        String chinese = page("/_pages/", "zh-CN");
        assertThat(Jsoup.parse(chinese).select("nav a[aria-current=page]").eachText())
                .containsExactly("首页");
        assertThat(chinese)
                .contains(
                        "<header class=\"site-header\">",
                        "<main id=\"main-content\" tabindex=\"-1\" class=\"page-main\">",
                        "<h2 id=\"home-services\">办事服务</h2>",
                        "href=\"/disclosure\">依申请公开</a>",
                        "<li class=\"report-item\">",
                        "<a href=\"/agencies/340000\"><span class=\"agency-name\"><span lang=\"zh-CN\">安徽省人民政府</span></span></a>",
                        "<footer class=\"site-footer\">")
                .doesNotContain("<!--");
        assertThat(page("/_pages/", "en"))
                .contains("<h2 id=\"home-services\">Services</h2>", "Latest annual reports", "Published");
    }

    @Test
    void theArchiveFiltersByTheAddressAndIgnoresWhatItCannotRead() {
        String filtered = page("/_pages/reports?agency=340621&year=2019&kind=RULE_OF_LAW", "zh-CN");
        assertThat(filtered)
                .contains("共 1 份报告", SUIXI_2019)
                .contains("href=\"/reports\" class=\"button button--secondary\">清除筛选条件</a>");
        assertThat(filtered.split("class=\"report-item\"", -1)).hasSize(2);
        assertThat(Jsoup.parse(filtered)
                        .select("#archive-agency option[selected]")
                        .val())
                .isEqualTo("340621");
        assertThat(page("/_pages/reports?agency=NOT%20A%20CODE&year=19x&kind=NONE&page=-3", "zh-CN"))
                .contains("共 ", "<li class=\"report-item\">", "rel=\"next\" href=\"/reports?page=2\"")
                .doesNotContain("清除筛选条件", "rel=\"prev\"");
    }

    @Test
    void inEnglishAgenciesHaveTheirEnglishNameWithTheChineseOne() {
        assertThat(Jsoup.parse(page("/_pages/", "en"))
                        .select(".link-list .agency-name")
                        .first()
                        .html())
                .isEqualTo(
                        "<span lang=\"en\">Anhui Provincial People's Government</span> (<span lang=\"zh-CN\">安徽省人民政府</span>)");
        assertThat(Jsoup.parse(page("/_pages/", "zh-CN"))
                        .select(".link-list .agency-name")
                        .first()
                        .html())
                .isEqualTo("<span lang=\"zh-CN\">安徽省人民政府</span>");
    }

    @Test
    void theComplianceBoardCountsByStandingAndFiltersByTheAddress() {
        var board = Jsoup.parse(page("/_pages/reports/compliance?year=2019", "zh-CN"));
        assertThat(board.select("h2#compliance-summary").text()).isEqualTo("2019年度汇总");
        assertThat(board.select(".standing-chart-row")).hasSize(4);
        assertThat(board.select("#compliance-year option[selected]").val()).isEqualTo("2019");
        assertThat(board.select(".compliance-row").size()).isGreaterThan(1);
        var late = Jsoup.parse(page("/_pages/reports/compliance?year=2019&standing=ON_TIME&agencyKind=NONE", "zh-CN"));
        assertThat(late.select("#compliance-standing option[selected]").val()).isEqualTo("ON_TIME");
        assertThat(late.select(".compliance-row"))
                .allSatisfy(row -> assertThat(row.select(".badge--ok")).isNotEmpty());
        assertThat(late.select(".compliance-listed a").attr("href")).isEqualTo("/reports/compliance?year=2019");
    }

    @Test
    void theDirectoryIsTheFrontEndsTreeWithEachGovernmentsDepartments() {
        var directory = Jsoup.parse(page("/_pages/agencies", "zh-CN"));
        assertThat(directory.select("h1").text()).isEqualTo("机关名录");
        assertThat(directory.select("section.agency-region h2").eachText()).startsWith("安徽省人民政府");
        var huaibei = directory.select("ul.agency-tree > li").stream()
                .filter(li -> li.selectFirst("> a.agency-tree-name").text().equals("淮北市人民政府"))
                .findFirst()
                .orElseThrow();
        assertThat(huaibei.select("> .tag").text()).isEqualTo("市级人民政府");
        assertThat(huaibei.select("> .agency-tree-group > .agency-tree-label").text())
                .isEqualTo("淮北市政府工作部门");
        assertThat(huaibei.select("> .agency-tree-group a[href=/agencies/340600-scjgj]")
                        .text())
                .isEqualTo("淮北市市场监督管理局");
        // Under the city: its districts and Suixi county, each with its own departments.
        assertThat(huaibei.select("> ul.agency-tree > li > a.agency-tree-name").eachAttr("href"))
                .contains("/agencies/340602", "/agencies/340621");
        int listed = directory.select("#agency-directory a[href^=/agencies/]").size();
        assertThat(directory.select(".result-count").text()).isEqualTo("共 " + listed + " 个机关");
    }

    @Test
    void theDirectoryNarrowsToTheTextInTheAddressKeepingThePathDownToIt() {
        var directory = Jsoup.parse(page("/_pages/agencies?q=" + "濉溪县司法", "zh-CN"));
        assertThat(directory.select("#agency-filter").val()).isEqualTo("濉溪县司法");
        assertThat(directory.select("#agency-directory a").eachText())
                .containsExactly("安徽省人民政府", "淮北市人民政府", "濉溪县人民政府", "濉溪县司法局");
        assertThat(directory.select(".result-count").text()).isEqualTo("共 4 个机关");
        assertThat(Jsoup.parse(page("/_pages/agencies?q=nowhere", "zh-CN"))
                        .select(".empty-state")
                        .text())
                .isEqualTo("没有找到符合条件的机关。");
    }

    @Test
    void inEnglishTheDirectoryNamesAgenciesInEnglishFirst() {
        var directory = Jsoup.parse(page("/_pages/agencies", "en"));
        assertThat(directory.select("h1").text()).isEqualTo("Agency directory");
        assertThat(directory
                        .select("a[href=/agencies/340600-scjgj] .agency-name")
                        .html())
                .isEqualTo("<span lang=\"en\">Huaibei Municipal Administration for Market Regulation</span>"
                        + " (<span lang=\"zh-CN\">淮北市市场监督管理局</span>)");
        assertThat(directory.select(".agency-tree-label").eachText())
                .contains("Departments of Huaibei Municipal People's Government");
        assertThat(directory.select(".tag").eachText()).contains("City government");
    }

    @Test
    void anAgencysPageHasItsDetailsPlaceAndReports() {
        var suixi = Jsoup.parse(page("/_pages/agencies/340621", "zh-CN"));
        assertThat(suixi.select("h1").text()).isEqualTo("濉溪县人民政府");
        assertThat(suixi.select(".breadcrumbs li").eachText()).containsExactly("首页", "机关名录", "淮北市人民政府", "濉溪县人民政府");
        assertThat(suixi.select("a.button").attr("href")).isEqualTo("/disclosure/apply?agency=340621");
        assertThat(suixi.select("#agency-contact + dl dt").eachText()).contains("机关类别", "机关代码");
        assertThat(suixi.select("#agency-contact + dl dd").eachText()).contains("县级人民政府", "340621");
        assertThat(suixi.select("#agency-hierarchy + dl a[href=/agencies/340600]")
                        .text())
                .isEqualTo("淮北市人民政府");
        assertThat(suixi.select("#agency-hierarchy + dl .link-list a").eachAttr("href"))
                .contains("/agencies/340621-sfj");
        assertThat(suixi.select(".report-item a.report-title").eachText()).contains(SUIXI_2019);
        assertThat(suixi.select(".report-item .agency-name").eachText()).containsOnly("濉溪县人民政府");

        var english = Jsoup.parse(page("/_pages/agencies/340621", "en"));
        assertThat(english.select("h1").text()).isEqualTo("Suixi County People's Government (濉溪县人民政府)");
        assertThat(english.select("h1 [lang=en]").text()).isEqualTo("Suixi County People's Government");
        assertThat(english.select("a.button").text()).isEqualTo("Apply to this agency for government information");
        assertThat(english.select("#agency-hierarchy + dl dd").first().text())
                .isEqualTo("Huaibei Municipal People's Government (淮北市人民政府)");
    }

    @Test
    void theLanguageAndLargeTextButtonsComeBackToThePage() {
        var directory = Jsoup.parse(page("/_pages/agencies?q=suixi&page=1", "zh-CN"));
        assertThat(directory
                        .select("form[action=/preferences] input[name=return]")
                        .eachAttr("value"))
                .containsOnly("/agencies?q=suixi&page=1")
                .hasSize(2);
        assertThat(directory
                        .select("form[action=/preferences] button[name=largeText]")
                        .val())
                .isEqualTo("1");
    }

    @Test
    void anAgencyTheDirectoryDoesNotHoldIsTheFrontEndsAlone() {
        for (String code : new String[] {"999999", "NOT-A-CODE"}) {
            Api.anonymous(port)
                    .get()
                    .uri("/_pages/agencies/" + code)
                    .exchange()
                    .expectStatus()
                    .isNoContent()
                    .expectBody()
                    .isEmpty();
        }
    }

    @Test
    void anAddressWithoutARenditionIncludesNothing() {
        Api.anonymous(port)
                .get()
                .uri("/_pages/disclosure/apply")
                .exchange()
                .expectStatus()
                .isNoContent()
                .expectBody()
                .isEmpty();
    }
}
