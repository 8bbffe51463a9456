package cn.gongkai.platform.web;

import cn.gongkai.platform.SiteSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** What the front needs to know about the site before anything else. */
@RestController
@RequestMapping("/api/site")
@Tag(name = "site", description = "门户网站信息 Site identity")
class SiteController {

    private final SiteSettings site;

    SiteController(SiteSettings site) {
        this.site = site;
    }

    @GetMapping
    @Operation(summary = "Site identity, contact and 网站标识码")
    Mono<ResponseEntity<SiteResponse>> site() {
        SiteResponse body = new SiteResponse(site.name(), site.siteCode(), site.contactPhone(), site.contactEmail());
        return Mono.just(ResponseEntity.ok()
                .cacheControl(PublicCaching.keptFor(Duration.ofMinutes(5)))
                .body(body));
    }

    record SiteResponse(String siteName, String siteCode, String contactPhone, String contactEmail) {}
}
