package cn.gongkai.pages;

import cn.gongkai.platform.SiteSettings;
import cn.gongkai.platform.web.PortalChrome;
import cn.gongkai.platform.web.PortalDates;
import cn.gongkai.platform.web.PortalPreferences;
import cn.gongkai.platform.web.PortalWords;
import cn.gongkai.platform.web.PublicCaching;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Renders a page's template with what every page has: the portal's chrome, the reader's language and 大字版, their
 * words and dates, and the page's own address.
 */
@Component
class PageRenderer {

    /** Where nginx asks for a page's rendition: {@code /_pages} followed by the page's address. */
    static final String PREFIX = "/_pages";

    private final ITemplateEngine templates;
    private final PortalChrome chrome;
    private final PortalWords words;
    private final SiteSettings site;

    PageRenderer(ITemplateEngine templates, PortalChrome chrome, PortalWords words, SiteSettings site) {
        this.templates = templates;
        this.chrome = chrome;
        this.words = words;
        this.site = site;
    }

    Mono<ResponseEntity<byte[]>> render(ServerWebExchange exchange, String template, Map<String, Object> model) {
        PortalPreferences preferences = PortalPreferences.of(exchange.getRequest());
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("site", site);
        variables.put("chrome", chrome);
        // The page's own address, as the reader asked for it (nginx includes /_pages/<address>).
        String query = exchange.getRequest().getURI().getRawQuery();
        variables.put(
                "path",
                exchange.getRequest().getPath().value().substring(PREFIX.length())
                        + (query == null ? "" : "?" + query));
        variables.put("prefs", preferences);
        variables.put("words", words.in(preferences));
        variables.put("dates", new PortalDates(preferences));
        // The template engine reads its template files on first use: off the event loop.
        return Mono.fromCallable(() -> templates.process(template, new Context(preferences.locale(), variables)))
                .subscribeOn(Schedulers.boundedElastic())
                .map(html -> ResponseEntity.ok()
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .cacheControl(PublicCaching.revalidated())
                        .varyBy(HttpHeaders.COOKIE)
                        .body(html.getBytes(StandardCharsets.UTF_8)));
    }
}
