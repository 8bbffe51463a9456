package cn.gongkai.platform.web;

import java.time.Duration;
import org.springframework.http.CacheControl;

/**
 * How a public read may be kept (公开内容缓存): by a browser for as long as its page says, and by the portal's own
 * shared cache in front of the instances (nginx, public-cache.conf) for one second, so that a crowd is answered from
 * that cache and a publication or a withdrawal still reaches everyone within a second. One rule for every public read.
 */
public final class PublicCaching {

    /** How long the shared cache keeps an answer. */
    public static final Duration SHARED = Duration.ofSeconds(1);

    private PublicCaching() {}

    /** A public read a browser may keep for {@code browsers}. */
    public static CacheControl keptFor(Duration browsers) {
        return CacheControl.maxAge(browsers).cachePublic().sMaxAge(SHARED);
    }

    /**
     * A public read a browser asks about again each time. Not "no-cache", which would keep it out of the shared cache
     * too: stale at once for a browser ({@code max-age=0, must-revalidate}), a second for the shared cache.
     */
    public static CacheControl revalidated() {
        return CacheControl.maxAge(Duration.ZERO).mustRevalidate().cachePublic().sMaxAge(SHARED);
    }
}
