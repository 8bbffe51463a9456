package cn.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a public read says to browsers and to the shared cache. */
class PublicCachingTests {

    @Test
    void aBrowserKeepsItAsLongAsTheReadSaysTheSharedCacheOneSecond() {
        assertThat(PublicCaching.keptFor(Duration.ofMinutes(5)).getHeaderValue())
                .isEqualTo("max-age=300, public, s-maxage=1");
    }

    @Test
    void aRevalidatedReadIsStaleAtOnceForBrowsersButStillSharedForASecond() {
        assertThat(PublicCaching.revalidated().getHeaderValue())
                .isEqualTo("max-age=0, must-revalidate, public, s-maxage=1");
    }
}
