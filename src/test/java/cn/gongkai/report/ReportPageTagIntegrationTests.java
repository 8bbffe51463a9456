package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.platform.web.PortalPreferences;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

/** A report page's tag is its bytes' digest, the same for every reader of the cached page, and answers 304;
 * a HEAD is answered as the GET. */
@IntegrationTest
class ReportPageTagIntegrationTests {

    private static final String PAGE = "/reports/340621/2019/rule-of-law";

    @LocalServerPort
    int port;

    @Test
    void aReportPageIsTaggedByItsBytesAndAnsweredNotModifiedWhenTheReaderHasThem() {
        var first = Api.anonymous(port)
                .get()
                .uri(PAGE)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult();
        String etag = first.getResponseHeaders().getETag();
        assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
        var again = Api.anonymous(port).get().uri(PAGE).exchange().expectBody().returnResult();
        assertThat(again.getResponseHeaders().getETag()).isEqualTo(etag);
        assertThat(again.getResponseBody()).isEqualTo(first.getResponseBody());

        Api.anonymous(port)
                .get()
                .uri(PAGE)
                .header("If-None-Match", etag)
                .exchange()
                .expectStatus()
                .isNotModified()
                // The 304 says what the 200 said about keeping and varying, so a shared cache refreshes its copy.
                .expectHeader()
                .valueEquals(HttpHeaders.ETAG, etag)
                .expectHeader()
                .valueEquals(HttpHeaders.VARY, HttpHeaders.COOKIE)
                .expectHeader()
                .value(HttpHeaders.CACHE_CONTROL, caching -> assertThat(caching).contains("public"))
                .expectBody()
                .isEmpty();
        // A HEAD is answered as the GET, without the body.
        Api.anonymous(port)
                .head()
                .uri(PAGE)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ETAG, etag)
                .expectBody()
                .isEmpty();
        // Another rendition (English) is another page with its own tag.
        var english = Api.anonymous(port)
                .get()
                .uri(PAGE)
                .cookie(PortalPreferences.LOCALE_COOKIE, "en")
                .exchange()
                .expectBody()
                .returnResult();
        assertThat(english.getResponseHeaders().getETag()).isNotEqualTo(etag);
    }
}
