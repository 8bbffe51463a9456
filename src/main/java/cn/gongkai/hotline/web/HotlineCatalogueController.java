package cn.gongkai.hotline.web;

import cn.gongkai.hotline.HotlineCatalogue;
import cn.gongkai.hotline.HotlineSuggestions;
import cn.gongkai.hotline.HotlineType;
import cn.gongkai.platform.web.PublicCaching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The public reads the 12345 intake form needs before anything is submitted: the catalogue and the suggestions. */
@RestController
@Tag(name = "hotline", description = "12345政务服务便民热线 The 12345 hotline")
class HotlineCatalogueController {

    /** The catalogue changes seldom; a picker may keep it for a few minutes, as the agency directory. */
    private static final CacheControl PUBLIC = PublicCaching.keptFor(Duration.ofMinutes(5));

    private final HotlineCatalogue catalogue;
    private final HotlineSuggestions suggestions;
    private final MessageSource messages;

    HotlineCatalogueController(HotlineCatalogue catalogue, HotlineSuggestions suggestions, MessageSource messages) {
        this.catalogue = catalogue;
        this.suggestions = suggestions;
        this.messages = messages;
    }

    @GetMapping("/api/hotline/catalogue")
    @Operation(
            summary = "The dispatch catalogue (派单目录): the hotline centre, its matters with their lead departments, "
                    + "and the places a ticket can be about (the centre's government and its districts and counties)")
    Mono<ResponseEntity<CatalogueResponse>> catalogue() {
        return Mono.zip(
                        catalogue.centre(),
                        catalogue.matters().collectList(),
                        catalogue.regions().collectList())
                .map(found -> CatalogueResponse.of(found.getT1(), found.getT2(), found.getT3()))
                .map(body -> ResponseEntity.ok().cacheControl(PUBLIC).body(body));
    }

    @GetMapping("/api/hotline/suggestions")
    @Operation(
            summary = "What to show while a person types: an emergency notice (110/119/120/122), the channel a matter "
                    + "belongs to instead (disclosure, litigation, reconsideration, petition), and up to five "
                    + "knowledge-base answers, best first (none for a SUGGESTION). Meant to be called debounced.")
    Mono<SuggestionsResponse> suggestions(
            @Parameter(description = "The title and description typed so far")
                    @RequestParam(required = false, defaultValue = "")
                    @Size(max = 4000)
                    String text,
            @Parameter(description = "The ticket's type, once chosen") @RequestParam(required = false) HotlineType type,
            Locale locale) {
        return suggestions.forText(text, type).map(found -> SuggestionsResponse.of(found, messages, locale));
    }
}
