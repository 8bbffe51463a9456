package cn.gongkai.hotline.open311;

import cn.gongkai.hotline.HotlineCatalogue;
import cn.gongkai.hotline.HotlineMatter;
import cn.gongkai.hotline.HotlineType;
import cn.gongkai.identity.Agency;
import cn.gongkai.platform.RequestMetadata;
import cn.gongkai.platform.SiteSettings;
import cn.gongkai.platform.ratelimit.RateLimiter;
import cn.gongkai.platform.web.IdempotencyKey;
import cn.gongkai.platform.web.PublicCaching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Open311 GeoReport v2 in JSON (开放接口), at {@code /open311/v2}: discovery, the services (the catalogue's matters)
 * and their definitions, posting a request with a partner's {@code api_key}, reading requests, and tokens. Errors are
 * the specification's array of {@code {code, description}} ({@link Open311Errors}). No session, cookie or CSRF token
 * is used here: partners are machines, and the key is their only credential.
 */
@RestController
@RequestMapping(path = "/open311/v2", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "open311", description = Open311Controller.TAG)
class Open311Controller {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    /** One description for the tag wherever it is used: the document refuses a tag described twice. */
    static final String TAG = "Open311 GeoReport v2 开放接口 for partner systems (https://wiki.open311.org/GeoReport_v2);"
            + " its errors are arrays of {code, description}, not RFC 9457 problems";

    /** When this endpoint's description last changed: the services follow the catalogue, read live. */
    static final String CHANGESET = "2026-12-03T00:00:00+08:00";

    private static final CacheControl CATALOGUE = PublicCaching.keptFor(Duration.ofMinutes(5));

    private final Open311Requests requests;
    private final HotlineCatalogue catalogue;
    private final SiteSettings site;
    private final RateLimiter limiter;
    private final MessageSource messages;

    Open311Controller(
            Open311Requests requests,
            HotlineCatalogue catalogue,
            SiteSettings site,
            RateLimiter limiter,
            MessageSource messages) {
        this.requests = requests;
        this.catalogue = catalogue;
        this.site = site;
        this.limiter = limiter;
        this.messages = messages;
    }

    @GetMapping("/discovery.json")
    @Operation(summary = "Service discovery: the GeoReport v2 endpoint, its formats, whom to ask for a key")
    ResponseEntity<Open311Responses.Discovery> discovery(Locale locale) {
        String contact = messages.getMessage(
                "open311.contact", new Object[] {site.name(), site.contactPhone(), site.contactEmail()}, locale);
        return ResponseEntity.ok()
                .contentType(Open311Errors.JSON)
                .cacheControl(CATALOGUE)
                .body(new Open311Responses.Discovery(
                        CHANGESET,
                        contact,
                        messages.getMessage("open311.key-service", null, locale),
                        List.of(new Open311Responses.Endpoint(
                                SPECIFICATION,
                                site.publicUrl() + "/open311/v2",
                                CHANGESET,
                                "production",
                                List.of(MediaType.APPLICATION_JSON_VALUE)))));
    }

    @GetMapping("/services.json")
    @Operation(summary = "Every service: the active matters of the hotline's dispatch catalogue (派单目录)")
    Mono<ResponseEntity<List<Open311Responses.Service>>> services(
            @Parameter(description = "Ignored: this endpoint serves one jurisdiction")
                    @RequestParam(name = "jurisdiction_id", required = false)
                    String jurisdictionId,
            Locale locale) {
        return throttlePublic()
                .thenMany(catalogue.matters())
                .map(matter -> service(matter, locale))
                .collectList()
                .map(services -> ResponseEntity.ok()
                        .contentType(Open311Errors.JSON)
                        .cacheControl(CATALOGUE)
                        .body(services));
    }

    @GetMapping("/services/{serviceCode}.json")
    @Operation(
            summary = "A service's definition: its attributes (type of ticket, district or county, consent to publish"
                    + " the reply, title), all optional",
            responses = {
                @ApiResponse(responseCode = "200", description = "The definition"),
                @ApiResponse(responseCode = "404", description = "No such service")
            })
    Mono<ResponseEntity<Open311Responses.ServiceDefinition>> definition(
            @PathVariable String serviceCode,
            @Parameter(description = "Ignored: this endpoint serves one jurisdiction")
                    @RequestParam(name = "jurisdiction_id", required = false)
                    String jurisdictionId,
            Locale locale) {
        return throttlePublic()
                .then(catalogue.findMatter(serviceCode))
                .switchIfEmpty(Mono.error(() -> new Open311Exception(
                        HttpStatus.NOT_FOUND, "service_code", "open311.service-code-unknown", serviceCode)))
                .zipWith(catalogue.regions().collectList())
                .map(found -> ResponseEntity.ok()
                        .contentType(Open311Errors.JSON)
                        .cacheControl(CATALOGUE)
                        .body(new Open311Responses.ServiceDefinition(
                                found.getT1().code(), attributes(found.getT2(), locale))));
    }

    @PostMapping(value = "/requests.json")
    @Operation(
            summary = "Post a service request (受理) as a partner, form-encoded with api_key: it is taken in as a"
                    + " hotline ticket at once and its number returned as service_request_id; service_notice tells the"
                    + " time limits and the query code with which the person follows the ticket on the portal."
                    + " address_string and description are required; attribute[type|region|publish_reply|title] are"
                    + " optional (see the service definition). email, device_id, account_id and media_url are not"
                    + " kept. An optional Idempotency-Key header makes a retry return the same ticket; without one, the"
                    + " same form posted again the same day is taken as a retry",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                                            schema = @Schema(implementation = Open311RequestForm.class))),
            responses = {
                @ApiResponse(responseCode = "200", description = "The ticket's number"),
                @ApiResponse(
                        responseCode = "400",
                        description = "Something cannot be taken in; each error names the parameter"),
                @ApiResponse(responseCode = "403", description = "api_key missing, unknown or revoked"),
                @ApiResponse(responseCode = "404", description = "No such service_code")
            })
    Mono<ResponseEntity<List<Open311Responses.Created>>> post(
            @Parameter(
                            description = "Optional: a new random value per request, 8 to 128 printable characters",
                            schema = @Schema(minLength = 8, maxLength = 128, pattern = IdempotencyKey.PATTERN))
                    @RequestHeader(name = IdempotencyKey.HEADER, required = false)
                    String idempotencyKey,
            @Parameter(hidden = true) ServerWebExchange exchange,
            Locale locale) {
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            return Mono.error(new Open311Exception(HttpStatus.BAD_REQUEST, null, "open311.form-expected"));
        }
        return exchange.getFormData()
                .flatMap(form -> requests.submit(form, idempotencyKey, locale))
                .map(posted -> ResponseEntity.ok()
                        .contentType(Open311Errors.JSON)
                        .body(List.of(new Open311Responses.Created(posted.number(), posted.notice(), null))));
    }

    @GetMapping("/requests.json")
    @Operation(
            summary = "Requests, newest first, at most 1,000 over at most 90 days (by default the last 90): those with"
                    + " a reply the centre's dispatcher approved for the public reply board (办理结果公开; the person's"
                    + " consent alone is not enough, and reports of wrongdoing never), and with a partner's api_key"
                    + " also those it sent itself, in every state. No personal data: description, the address text,"
                    + " coordinates and media are not published; address is the district or county",
            responses = {
                @ApiResponse(responseCode = "200", description = "The requests"),
                @ApiResponse(responseCode = "400", description = "A filter is wrong; the error names it"),
                @ApiResponse(responseCode = "403", description = "An api_key was given that is unknown or revoked")
            })
    Mono<ResponseEntity<List<Open311Responses.Request>>> list(
            @Parameter(description = "Comma-separated ticket numbers; overrides every other filter")
                    @RequestParam(name = "service_request_id", required = false)
                    String serviceRequestId,
            @Parameter(description = "Comma-separated service codes")
                    @RequestParam(name = "service_code", required = false)
                    String serviceCode,
            @Parameter(description = "W3C date-time with offset, e.g. 2026-12-01T00:00:00+08:00")
                    @RequestParam(name = "start_date", required = false)
                    String startDate,
            @Parameter(description = "W3C date-time with offset; at most 90 days after start_date")
                    @RequestParam(name = "end_date", required = false)
                    String endDate,
            @Parameter(description = "open, closed, or both comma-separated")
                    @RequestParam(name = "status", required = false)
                    String status,
            @Parameter(description = "Optional: a partner's key, to see also the requests it sent")
                    @RequestParam(name = "api_key", required = false)
                    String apiKey,
            @Parameter(description = "Ignored: this endpoint serves one jurisdiction")
                    @RequestParam(name = "jurisdiction_id", required = false)
                    String jurisdictionId,
            Locale locale) {
        Open311Requests.Filters filters =
                new Open311Requests.Filters(serviceRequestId, serviceCode, startDate, endDate, status);
        return throttlePublic(apiKey)
                .thenMany(requests.list(filters, apiKey, locale))
                .collectList()
                .map(found ->
                        ResponseEntity.ok().contentType(Open311Errors.JSON).body(found));
    }

    @GetMapping("/requests/{serviceRequestId}.json")
    @Operation(
            summary = "One request, as in the list: with a reply approved for the board, or sent with the partner's"
                    + " own api_key; a request one may not see is not found",
            responses = {
                @ApiResponse(responseCode = "200", description = "The request, as a list of one"),
                @ApiResponse(responseCode = "404", description = "No such request, or not published")
            })
    Mono<ResponseEntity<List<Open311Responses.Request>>> one(
            @PathVariable String serviceRequestId,
            @Parameter(description = "Optional: a partner's key, to see a request it sent")
                    @RequestParam(name = "api_key", required = false)
                    String apiKey,
            @Parameter(description = "Ignored: this endpoint serves one jurisdiction")
                    @RequestParam(name = "jurisdiction_id", required = false)
                    String jurisdictionId,
            Locale locale) {
        return throttlePublic(apiKey)
                .then(requests.find(serviceRequestId, apiKey, locale))
                .map(found ->
                        ResponseEntity.ok().contentType(Open311Errors.JSON).body(List.of(found)));
    }

    @GetMapping("/tokens/{token}.json")
    @Operation(
            summary = "The request a token stands for (every service here is realtime, so POST answers the number"
                    + " itself)",
            responses = {
                @ApiResponse(responseCode = "200", description = "The request's number"),
                @ApiResponse(responseCode = "404", description = "No such token")
            })
    Mono<ResponseEntity<List<Open311Responses.Token>>> token(@PathVariable String token) {
        return throttlePublic()
                .then(requests.token(token))
                .map(found ->
                        ResponseEntity.ok().contentType(Open311Errors.JSON).body(List.of(found)));
    }

    /** Anything else under /open311: the specification's 404, not the portal's problem. */
    @RequestMapping("/**")
    @Operation(hidden = true)
    Mono<Void> unknown() {
        return Mono.error(new Open311Exception(HttpStatus.NOT_FOUND, null, "open311.no-such-resource"));
    }

    private Open311Responses.Service service(HotlineMatter matter, Locale locale) {
        return new Open311Responses.Service(
                matter.code(),
                matter.name(),
                messages.getMessage(
                        "open311.service-description",
                        new Object[] {matter.field(), matter.leadDepartment().name()},
                        locale),
                true,
                "realtime",
                String.join(",", matter.keywords()),
                matter.field());
    }

    private List<Open311Responses.Attribute> attributes(List<Agency> regions, Locale locale) {
        List<Open311Responses.Value> types = Arrays.stream(HotlineType.values())
                .map(type -> new Open311Responses.Value(
                        type.name(), messages.getMessage("open311.type." + type.name(), null, locale)))
                .toList();
        List<Open311Responses.Value> places = new ArrayList<>();
        for (Agency region : regions) {
            places.add(new Open311Responses.Value(region.code(), Open311Requests.placeName(region)));
        }
        List<Open311Responses.Value> consent = List.of(
                new Open311Responses.Value("true", messages.getMessage("open311.publish.true", null, locale)),
                new Open311Responses.Value("false", messages.getMessage("open311.publish.false", null, locale)));
        return List.of(
                attribute(Open311Requests.TYPE, "singlevaluelist", 1, types, locale),
                attribute(Open311Requests.REGION, "singlevaluelist", 2, places, locale),
                attribute(Open311Requests.PUBLISH_REPLY, "singlevaluelist", 3, consent, locale),
                attribute(Open311Requests.TITLE, "string", 4, List.of(), locale));
    }

    private Open311Responses.Attribute attribute(
            String code, String datatype, int order, List<Open311Responses.Value> values, Locale locale) {
        return new Open311Responses.Attribute(
                true,
                code,
                datatype,
                false,
                messages.getMessage("open311.attribute." + code + ".datatype", null, null, locale),
                order,
                messages.getMessage("open311.attribute." + code, null, locale),
                values);
    }

    /** Reads anyone may make are limited per client address; a partner's per key. */
    private Mono<Void> throttlePublic(@Nullable String apiKey) {
        return apiKey == null || apiKey.isEmpty() ? throttlePublic() : Mono.empty();
    }

    private Mono<Void> throttlePublic() {
        return RequestMetadata.current().flatMap(request -> limiter.acquire("open311-public", request.clientAddress()));
    }
}
