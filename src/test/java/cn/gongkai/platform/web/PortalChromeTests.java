package cn.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.platform.SiteSettings;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PortalChromeTests {

    private final PortalChrome chrome =
            new PortalChrome(new SiteSettings("<淮北> & 门户", "3406000001", "0561-12345", "", null));

    @Test
    void fillsInThePortalsOwnNameAndContactEscaped() {
        assertThat(chrome.header(PortalPreferences.DEFAULT))
                .contains("&lt;淮北&gt; &amp; 门户")
                .doesNotContain("__GONGKAI_", "<淮北>");
        assertThat(chrome.footer(PortalPreferences.DEFAULT))
                .contains("3406000001", "href=\"tel:0561-12345\"")
                .doesNotContain("__GONGKAI_");
    }

    @Test
    void leavesOutAContactThePortalHasNone() {
        assertThat(chrome.footer(PortalPreferences.DEFAULT)).contains("联系电话").doesNotContain("电子邮箱", "mailto:");
    }

    @Test
    void hasEveryLanguageAndMode() {
        for (PortalPreferences preferences : PortalPreferences.ALL) {
            assertThat(chrome.header(preferences))
                    .startsWith("<a href=\"#main-content\" class=\"skip-link\">")
                    .contains("<header class=\"site-header\">");
            assertThat(chrome.footer(preferences)).contains("<footer class=\"site-footer\">");
        }
        assertThat(chrome.header(new PortalPreferences(Locale.ENGLISH, true)))
                .contains("aria-pressed=\"true\">Large text", ">Log in<");
        assertThat(chrome.header(new PortalPreferences(Locale.SIMPLIFIED_CHINESE, false)))
                .contains("aria-pressed=\"false\">大字版", ">登录<");
    }
}
