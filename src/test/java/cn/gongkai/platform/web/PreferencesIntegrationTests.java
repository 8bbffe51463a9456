package cn.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class PreferencesIntegrationTests {

    @LocalServerPort
    int port;

    private WebTestClient.ResponseSpec choose(String query) {
        return Api.anonymous(port)
                .get()
                .uri(URI.create("http://127.0.0.1:" + port + "/preferences?" + query))
                .exchange();
    }

    private static String returning(String path) {
        return "return=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    @Test
    void keepsTheLanguageInTheFrontEndsCookieAndGoesBackToThePage() {
        var response = choose("locale=en&" + returning("/reports?agency=340621&year=2019"))
                .expectStatus()
                .isSeeOther()
                .expectHeader()
                .location("/reports?agency=340621&year=2019")
                .expectHeader()
                .cacheControl(CacheControl.noStore())
                .returnResult(Void.class);
        // As the front end's store writes it: the whole site, a year, not HttpOnly (its script reads it).
        assertThat(response.getResponseHeaders().get(HttpHeaders.SET_COOKIE))
                .singleElement()
                .asString()
                .startsWith("gongkai_locale=en; Path=/; Max-Age=31536000; Expires=")
                .endsWith("; SameSite=Lax")
                .doesNotContain("HttpOnly", "Secure");
    }

    @Test
    void switchesLargeTextOnAndOffAndBackToChinese() {
        assertThat(choose("largeText=1&" + returning("/agencies/340600"))
                        .expectStatus()
                        .isSeeOther()
                        .expectHeader()
                        .location("/agencies/340600")
                        .returnResult(Void.class)
                        .getResponseHeaders()
                        .get(HttpHeaders.SET_COOKIE))
                .singleElement()
                .asString()
                .startsWith("gongkai_large_text=1; Path=/; Max-Age=31536000;")
                .endsWith("; SameSite=Lax")
                .doesNotContain("HttpOnly", "Secure");
        assertThat(choose("largeText=0&locale=zh-CN&" + returning("/"))
                        .expectStatus()
                        .isSeeOther()
                        .returnResult(Void.class)
                        .getResponseHeaders()
                        .get(HttpHeaders.SET_COOKIE))
                .satisfiesExactlyInAnyOrder(
                        cookie -> assertThat(cookie).startsWith("gongkai_locale=zh-CN; Path=/;"),
                        cookie -> assertThat(cookie).startsWith("gongkai_large_text=0; Path=/;"));
    }

    @Test
    void isSecureOverHttps() {
        assertThat(Api.anonymous(port)
                        .get()
                        .uri("/preferences?largeText=1&return=/")
                        .header("X-Forwarded-Proto", "https")
                        .exchange()
                        .expectStatus()
                        .isSeeOther()
                        .returnResult(Void.class)
                        .getResponseHeaders()
                        .getFirst(HttpHeaders.SET_COOKIE))
                .contains("; Secure");
    }

    @Test
    void neverSendsTheReaderToAnotherSite() {
        for (String elsewhere : List.of(
                "//evil.example",
                "https://evil.example",
                "/\\evil",
                "/\\/evil.example",
                "/\t/evil.example",
                "javascript:alert(1)",
                "evil.example",
                "")) {
            choose("locale=en&" + returning(elsewhere))
                    .expectStatus()
                    .isSeeOther()
                    .expectHeader()
                    .location("/");
        }
        choose("locale=en").expectStatus().isSeeOther().expectHeader().location("/");
        // A page of this portal with Chinese in its address is a page of this portal.
        choose("locale=en&" + returning("/search?q=淮北"))
                .expectStatus()
                .isSeeOther()
                .expectHeader()
                .location("/search?q=%E6%B7%AE%E5%8C%97");
    }

    @Test
    void refusesAValueTheFrontEndNeverWritesNamingTheParameterInTheReadersLanguage() {
        choose("locale=fr&largeText=yes&return=/")
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:bad-parameter")
                .jsonPath("$.title")
                .isEqualTo("参数有误")
                .jsonPath("$.errors[0].field")
                .isEqualTo("locale")
                .jsonPath("$.errors[0].message")
                .isEqualTo("语言只能是 zh-CN（中文）或 en（英文）")
                .jsonPath("$.errors[1].field")
                .isEqualTo("largeText");
        Api.anonymous(port)
                .get()
                .uri("/preferences?largeText=2&return=/")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Invalid parameter")
                .jsonPath("$.errors[0].field")
                .isEqualTo("largeText")
                .jsonPath("$.errors[0].message")
                .isEqualTo("large text is 1 (on) or 0 (off)");
    }
}
