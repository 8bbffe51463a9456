package cn.gongkai.platform.web;

import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The header's language and 大字版 buttons for readers without script (阅读偏好): each is a form asking this address,
 * which keeps the choice in the cookies the front end's preferences store writes and sends the reader back to the page
 * they were on. With script the front end answers the buttons itself and never asks here. Not an API: a page address.
 */
@RestController
@Hidden
class PreferencesController {

    static final String PATH = "/preferences";

    /** As long as the front end keeps them (frontend/src/stores/preferences.ts). */
    private static final Duration LIFETIME = Duration.ofDays(365);

    @GetMapping(PATH)
    Mono<ResponseEntity<Void>> choose(
            ServerWebExchange exchange,
            @RequestParam(required = false) String locale,
            @RequestParam(required = false) String largeText,
            @RequestParam(name = "return", required = false) String returnTo) {
        List<FieldProblem> problems = new ArrayList<>();
        if (locale != null && !locale.equals("zh-CN") && !locale.equals("en")) {
            problems.add(new FieldProblem("locale", "preferences.locale"));
        }
        if (largeText != null && !largeText.equals("0") && !largeText.equals("1")) {
            problems.add(new FieldProblem("largeText", "preferences.large-text"));
        }
        if (!problems.isEmpty()) {
            return Mono.error(new PortalException(HttpStatus.BAD_REQUEST, "bad-parameter", problems));
        }
        boolean secure = "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme());
        var response = ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(sameSite(returnTo)))
                .cacheControl(CacheControl.noStore());
        if (locale != null) {
            response.header(HttpHeaders.SET_COOKIE, cookie(PortalPreferences.LOCALE_COOKIE, locale, secure));
        }
        if (largeText != null) {
            response.header(HttpHeaders.SET_COOKIE, cookie(PortalPreferences.LARGE_TEXT_COOKIE, largeText, secure));
        }
        return Mono.just(response.build());
    }

    /** The cookie as the front end writes it: the whole site, a year, sent on links from elsewhere, readable by script. */
    private static String cookie(String name, String value, boolean secure) {
        return ResponseCookie.from(name, value)
                .path("/")
                .maxAge(LIFETIME)
                .sameSite("Lax")
                .secure(secure)
                .build()
                .toString();
    }

    /**
     * The page to return to: a path of this portal (one slash, then no slash or backslash, no scheme, host, spaces or
     * control characters, which browsers would read as another site); anything else returns to the home page, so
     * that no link through here sends a reader elsewhere.
     */
    static String sameSite(String returnTo) {
        if (returnTo == null
                || !returnTo.startsWith("/")
                || returnTo.startsWith("//")
                || returnTo.startsWith("/\\")
                || returnTo.chars().anyMatch(c -> c <= ' ' || c == '\\' || c == 0x7f)) {
            return "/";
        }
        try {
            URI uri = new URI(returnTo);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
                return "/";
            }
            // Anything beyond ASCII (a search typed in Chinese) percent-encoded, as a Location header carries it.
            return uri.toASCIIString();
        } catch (URISyntaxException malformed) {
            return "/";
        }
    }
}
