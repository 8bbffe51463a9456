package cn.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.platform.SiteSettings;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PortalChromeTests {

    private final PortalChrome chrome =
            new PortalChrome(new SiteSettings("<淮北> & 门户", "3406000001", "0561-12345", "", null));

    @Test
    void fillsInThePortalsOwnNameAndContactEscaped() {
        assertThat(chrome.header(PortalPreferences.DEFAULT, "/reports", "/reports"))
                .contains("&lt;淮北&gt; &amp; 门户")
                .doesNotContain("__GONGKAI_", "<淮北>");
        assertThat(chrome.footer(PortalPreferences.DEFAULT))
                .contains("3406000001", "href=\"tel:0561-12345\"")
                .doesNotContain("__GONGKAI_");
    }

    @Test
    void marksThePagesSectionAndSignsInBackToThePage() {
        String header = chrome.header(PortalPreferences.DEFAULT, "/", "/reports?agency=340621&year=2019\"<x>");
        assertThat(Jsoup.parse(header).select("nav a[aria-current=page]").eachText())
                .containsExactly("首页");
        assertThat(Jsoup.parse(header).select("a.tool-button--strong").attr("href"))
                .isEqualTo("/oauth2/authorization/gongkai?return=%2Freports%3Fagency%3D340621%26year%3D2019%22%3Cx%3E");
        // The language and 大字版 buttons work without script: forms that come back to the page.
        assertThat(Jsoup.parse(header)
                        .select("form[action=/preferences] input[name=return]")
                        .eachAttr("value"))
                .containsExactly("/reports?agency=340621&year=2019\"<x>", "/reports?agency=340621&year=2019\"<x>");
        assertThat(Jsoup.parse(header)
                        .select("form[action=/preferences] button")
                        .eachAttr("value"))
                .containsExactly("zh-CN", "en", "1");
    }

    @Test
    void leavesOutAContactThePortalHasNone() {
        assertThat(chrome.footer(PortalPreferences.DEFAULT)).contains("联系电话").doesNotContain("电子邮箱", "mailto:");
    }

    @Test
    void hasEveryLanguageAndMode() {
        for (PortalPreferences preferences : PortalPreferences.ALL) {
            assertThat(chrome.header(preferences, "/reports", "/reports"))
                    .startsWith("<a href=\"#main-content\" class=\"skip-link\">")
                    .contains("<header class=\"site-header\">");
            assertThat(chrome.footer(preferences)).contains("<footer class=\"site-footer\">");
        }
        assertThat(chrome.header(new PortalPreferences(Locale.ENGLISH, true), "/reports", "/reports"))
                .contains("aria-pressed=\"true\">Large text", ">Log in<");
        assertThat(chrome.header(new PortalPreferences(Locale.SIMPLIFIED_CHINESE, false), "/reports", "/reports"))
                .contains("aria-pressed=\"false\">大字版", ">登录<");
    }
}
