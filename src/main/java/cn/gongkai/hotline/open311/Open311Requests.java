package cn.gongkai.hotline.open311;

import cn.gongkai.hotline.HotlineCatalogue;
import cn.gongkai.hotline.HotlineMatter;
import cn.gongkai.hotline.HotlineSettings;
import cn.gongkai.hotline.HotlineState;
import cn.gongkai.hotline.HotlineSubmission;
import cn.gongkai.hotline.HotlineSubmitterKind;
import cn.gongkai.hotline.HotlineTickets;
import cn.gongkai.hotline.HotlineType;
import cn.gongkai.identity.Agency;
import cn.gongkai.platform.TimeConfiguration;
import cn.gongkai.platform.crypto.Sm3;
import cn.gongkai.platform.ratelimit.RateLimiter;
import cn.gongkai.platform.web.IdempotencyKey;
import cn.gongkai.platform.web.PlainTextInput;
import cn.gongkai.shared.MobileNumber;
import jakarta.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * GeoReport v2's requests mapped onto the hotline (开放接口诉求). A posted request is a ticket like any other: taken in
 * by {@link HotlineTickets#submitFromPartner} under the same rules; the partner's key is its channel. Requests are
 * read back without personal data; see {@link Open311Store#visibleBetween} for which ones anybody may see.
 *
 * <p>How the specification's request maps onto a ticket:
 *
 * <ul>
 *   <li>{@code service_code} is the catalogue matter's code; unknown ones are 404, as the specification says.
 *   <li>The type of ticket is {@code attribute[type]} (咨询 求助 投诉 举报 建议); without it a request is a 投诉
 *       (COMPLAINT): what GeoReport carries is a report of a problem for the government to put right, which is what
 *       a 投诉 is among the five, and it gets the longer time limit rather than too short a one.
 *   <li>The place is {@code address_string}, required: a ticket's district or county is read from
 *       {@code attribute[region]} or else from the district or county named in the address text, else it is the
 *       city's. {@code lat}/{@code long} and {@code address_id} alone cannot be mapped onto the directory here, so
 *       they are refused with a 400 saying that an address is needed.
 *   <li>The title is {@code attribute[title]}, else the matter's name; the description is required (up to 4,000
 *       characters, as in both the specification and on-line intake).
 *   <li>The person is anonymous to the portal: {@code last_name}{@code first_name} and {@code phone} (a mobile
 *       number) are kept encrypted like any contact; the query code to follow the ticket on the portal and rate its
 *       reply is told in the answer's {@code service_notice}. {@code email}, {@code device_id}, {@code account_id}
 *       and {@code media_url} are not kept: the hotline calls people back by phone, and does not fetch files from
 *       addresses others give.
 *   <li>{@code attribute[publish_reply]} is the person's consent that the reply be published (答复公开), false unless
 *       given.
 * </ul>
 */
@Service
class Open311Requests {

    /** What the specification allows at most, and what it returns without other limits. */
    static final int MAX_RESULTS = 1000;

    static final Duration MAX_SPAN = Duration.ofDays(90);

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_TITLE = 100;
    static final int MAX_ADDRESS = 200;
    static final int MAX_NAME = 50;

    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\[\\]]{1,64})\\](\\[\\])?");

    /** The attributes of every service, in their order in the service definition. */
    static final String TYPE = "type";

    static final String REGION = "region";
    static final String PUBLISH_REPLY = "publish_reply";
    static final String TITLE = "title";

    /** The fields of on-line intake, as GeoReport names them: a rule of the tickets names its field. */
    private static final Map<String, String> PARAMETERS = Map.of(
            "categoryCode", "service_code",
            "title", "attribute[title]",
            "description", "description",
            "place.regionId", "attribute[region]",
            "place.address", "address_string",
            "submitter.name", "last_name",
            "submitter.phone", "phone");

    private final HotlineTickets tickets;
    private final HotlineCatalogue catalogue;
    private final HotlineSettings settings;
    private final Open311Keys keys;
    private final Open311Store store;
    private final RateLimiter limiter;
    private final MessageSource messages;
    private final TransactionalOperator transaction;
    private final Clock clock;

    Open311Requests(
            HotlineTickets tickets,
            HotlineCatalogue catalogue,
            HotlineSettings settings,
            Open311Keys keys,
            Open311Store store,
            RateLimiter limiter,
            MessageSource messages,
            TransactionalOperator transaction,
            Clock clock) {
        this.tickets = tickets;
        this.catalogue = catalogue;
        this.settings = settings;
        this.keys = keys;
        this.store = store;
        this.limiter = limiter;
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** GeoReport's name for a field of on-line intake. */
    static String parameterOf(String field) {
        return PARAMETERS.getOrDefault(field, field);
    }

    // --- Keys ---------------------------------------------------------------------------------------------------

    /** The partner whose key this is, after its request is counted against its limit; a 403 for any other key. */
    Mono<Open311Store.Key> partner(@Nullable String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Mono.error(new Open311Exception(HttpStatus.FORBIDDEN, "api_key", "open311.api-key-missing"));
        }
        return keys.authenticate(apiKey)
                .switchIfEmpty(Mono.error(
                        () -> new Open311Exception(HttpStatus.FORBIDDEN, "api_key", "open311.api-key-invalid")))
                .flatMap(key -> limiter.acquire("open311-key", "open311-key:" + key.id())
                        .thenReturn(key));
    }

    /** The partner when a key is given (a wrong one is refused, not ignored); empty for the public. */
    Mono<Open311Store.Key> optionalPartner(@Nullable String apiKey) {
        return apiKey == null || apiKey.isEmpty() ? Mono.empty() : partner(apiKey);
    }

    // --- POST requests ------------------------------------------------------------------------------------------

    /** What the answer to a posted request says: the ticket's number and how it will be handled. */
    record Posted(String number, String notice) {}

    Mono<Posted> submit(MultiValueMap<String, String> form, @Nullable String idempotencyKey, Locale locale) {
        return partner(form.getFirst("api_key")).flatMap(partner -> {
            for (Map.Entry<String, List<String>> parameter : form.entrySet()) {
                for (String value : parameter.getValue()) {
                    if (value != null && !PlainTextInput.isPlain(value)) {
                        return Mono.error(new Open311Exception(
                                HttpStatus.BAD_REQUEST, parameter.getKey(), "field.control-character"));
                    }
                }
            }
            if (idempotencyKey != null && !IdempotencyKey.isWellFormed(idempotencyKey)) {
                return Mono.error(new Open311Exception(HttpStatus.BAD_REQUEST, IdempotencyKey.HEADER, "field.invalid"));
            }
            String code = text(form, "service_code");
            if (code == null) {
                return Mono.error(
                        new Open311Exception(HttpStatus.BAD_REQUEST, "service_code", "open311.service-code-missing"));
            }
            return catalogue
                    .findMatter(code)
                    .switchIfEmpty(Mono.error(() -> new Open311Exception(
                            HttpStatus.NOT_FOUND, "service_code", "open311.service-code-unknown", code)))
                    .zipWith(catalogue.regions().collectList())
                    .flatMap(matterAndRegions -> {
                        HotlineSubmission submission =
                                submission(form, matterAndRegions.getT1(), matterAndRegions.getT2());
                        String fingerprint = fingerprint(form);
                        String key = idempotencyKey != null
                                ? idempotencyKey
                                // A partner that sends no key: the same request again the same day is a retry.
                                : "open311:" + LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA) + ":"
                                        + fingerprint;
                        Instant now = Instant.now(clock);
                        return tickets.submitFromPartner(
                                        submission, partner.id().toString(), key, fingerprint)
                                .flatMap(view -> store.recordRequest(
                                                view.ticket().id(), partner.id(), now)
                                        .thenReturn(new Posted(
                                                view.ticket().number(),
                                                notice(view.ticket().type(), locale)
                                                        + message(
                                                                "open311.notice-query-code",
                                                                locale,
                                                                view.queryCode()))))
                                .as(transaction::transactional)
                                // The audit trail names the partner as who acted.
                                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(
                                        new PartnerAuthentication(partner)));
                    });
        });
    }

    private HotlineSubmission submission(
            MultiValueMap<String, String> form, HotlineMatter matter, List<Agency> regions) {
        List<Open311Exception.Problem> problems = new ArrayList<>();
        Map<String, String> attributes = attributes(form, problems);
        HotlineType type = HotlineType.COMPLAINT;
        String givenType = attributes.get(TYPE);
        if (givenType != null) {
            try {
                type = HotlineType.valueOf(givenType.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add(new Open311Exception.Problem("attribute[type]", "open311.value-not-listed"));
            }
        }
        boolean publishReply = false;
        String givenPublish = attributes.get(PUBLISH_REPLY);
        if (givenPublish != null) {
            switch (givenPublish.strip()) {
                case "true" -> publishReply = true;
                case "false" -> publishReply = false;
                default ->
                    problems.add(new Open311Exception.Problem("attribute[publish_reply]", "open311.value-not-listed"));
            }
        }
        String title = attributes.get(TITLE) == null || attributes.get(TITLE).isBlank()
                ? matter.name()
                : attributes.get(TITLE).strip();
        if (title.codePointCount(0, title.length()) > MAX_TITLE) {
            problems.add(new Open311Exception.Problem("attribute[title]", "open311.too-long", MAX_TITLE));
        }
        String address = text(form, "address_string");
        if (address == null) {
            boolean otherLocation =
                    text(form, "lat") != null || text(form, "long") != null || text(form, "address_id") != null;
            problems.add(new Open311Exception.Problem(
                    "address_string", otherLocation ? "open311.address-needed" : "open311.location-missing"));
        } else if (address.codePointCount(0, address.length()) > MAX_ADDRESS) {
            problems.add(new Open311Exception.Problem("address_string", "open311.too-long", MAX_ADDRESS));
        }
        checkCoordinates(form, problems);
        Agency region = regions.get(0);
        String givenRegion = attributes.get(REGION);
        if (givenRegion != null) {
            region = regions.stream()
                    .filter(candidate -> candidate.code().equals(givenRegion.strip()))
                    .findFirst()
                    .orElse(null);
            if (region == null) {
                problems.add(new Open311Exception.Problem("attribute[region]", "open311.value-not-listed"));
            }
        } else if (address != null) {
            region = regionNamedIn(address, regions);
        }
        String description = text(form, "description");
        if (description == null) {
            problems.add(new Open311Exception.Problem("description", "open311.description-missing"));
        } else if (description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
            problems.add(new Open311Exception.Problem("description", "open311.too-long", MAX_DESCRIPTION));
        }
        String name = personName(text(form, "first_name"), text(form, "last_name"));
        if (name != null && name.codePointCount(0, name.length()) > MAX_NAME) {
            problems.add(new Open311Exception.Problem("last_name", "open311.too-long", MAX_NAME));
        }
        String phone = text(form, "phone");
        if (phone != null && !MobileNumber.isValid(phone)) {
            problems.add(new Open311Exception.Problem("phone", "ValidMobileNumber"));
        }
        if (!problems.isEmpty()) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, problems);
        }
        return new HotlineSubmission(
                type,
                matter.code(),
                title,
                description,
                region.id(),
                address,
                null,
                List.of(),
                publishReply,
                HotlineSubmitterKind.ANONYMOUS,
                name,
                phone == null ? null : MobileNumber.of(phone).value(),
                null,
                null);
    }

    /** attribute[code]=value, one value each: every attribute of the services here is a single value. */
    private static Map<String, String> attributes(
            MultiValueMap<String, String> form, List<Open311Exception.Problem> problems) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Set<String> known = Set.of(TYPE, REGION, PUBLISH_REPLY, TITLE);
        for (Map.Entry<String, List<String>> parameter : form.entrySet()) {
            if (!parameter.getKey().startsWith("attribute[")) {
                continue;
            }
            Matcher matcher = ATTRIBUTE.matcher(parameter.getKey());
            if (!matcher.matches() || !known.contains(matcher.group(1))) {
                problems.add(new Open311Exception.Problem(parameter.getKey(), "open311.attribute-unknown"));
                continue;
            }
            List<String> values = parameter.getValue().stream()
                    .filter(value -> value != null && !value.isBlank())
                    .toList();
            if (values.size() > 1 || attributes.containsKey(matcher.group(1)) && !values.isEmpty()) {
                problems.add(new Open311Exception.Problem(parameter.getKey(), "open311.one-value"));
            } else if (!values.isEmpty()) {
                attributes.put(matcher.group(1), values.get(0));
            }
        }
        return attributes;
    }

    /** lat and long come together, as WGS84 degrees; they do not place the ticket, but nonsense is refused. */
    private static void checkCoordinates(MultiValueMap<String, String> form, List<Open311Exception.Problem> problems) {
        String lat = text(form, "lat");
        String lon = text(form, "long");
        if (lat == null && lon == null) {
            return;
        }
        if (lat == null || lon == null) {
            problems.add(new Open311Exception.Problem(lat == null ? "lat" : "long", "open311.lat-long-together"));
            return;
        }
        if (!degrees(lat, 90)) {
            problems.add(new Open311Exception.Problem("lat", "open311.not-coordinate"));
        }
        if (!degrees(lon, 180)) {
            problems.add(new Open311Exception.Problem("long", "open311.not-coordinate"));
        }
    }

    private static boolean degrees(String text, double limit) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) && Math.abs(value) <= limit;
        } catch (NumberFormatException notNumber) {
            return false;
        }
    }

    /**
     * The district or county the address names (相山区, 濉溪县), else the city: a district is matched by its place name
     * (its short name without 政府), the longest first, so that an address naming the city and a district is the
     * district's.
     */
    static Agency regionNamedIn(String address, List<Agency> regions) {
        Agency centre = regions.get(0);
        Agency found = centre;
        int foundLength = 0;
        for (Agency region : regions.subList(1, regions.size())) {
            String place = placeName(region);
            if (place.length() > foundLength && address.contains(place)) {
                found = region;
                foundLength = place.length();
            }
        }
        return found;
    }

    /** 淮北市相山区人民政府 → 相山区: the place a government is of, as people write it in an address. */
    static String placeName(Agency region) {
        String name = region.shortName() != null && !region.shortName().isBlank() ? region.shortName() : region.name();
        return name.replaceAll("(人民政府|政府)$", "");
    }

    /** Chinese names are written family name first; Latin ones given name first. */
    static String personName(@Nullable String first, @Nullable String last) {
        if (first == null || last == null) {
            return first == null ? last : first;
        }
        boolean latin = (first + last).chars().allMatch(c -> c < 0x2E80);
        return latin ? first + " " + last : last + first;
    }

    /** A hash of what was sent, the key left out: a retry with the same key sends the same. */
    private static String fingerprint(MultiValueMap<String, String> form) {
        Map<String, List<String>> sorted = new TreeMap<>(form);
        sorted.remove("api_key");
        StringBuilder text = new StringBuilder();
        sorted.forEach((name, values) -> values.forEach(
                value -> text.append(name).append('=').append(value).append('\n')));
        return Sm3.hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    // --- GET requests -------------------------------------------------------------------------------------------

    /** The filters of GET requests.json, as given. */
    record Filters(
            @Nullable String serviceRequestIds,
            @Nullable String serviceCodes,
            @Nullable String startDate,
            @Nullable String endDate,
            @Nullable String status) {}

    Flux<Open311Responses.Request> list(Filters filters, @Nullable String apiKey, Locale locale) {
        return optionalPartner(apiKey)
                .map(key -> List.of(key.id()))
                .defaultIfEmpty(List.of())
                .zipWith(catalogue.centre())
                .flatMapMany(keyAndCentre -> {
                    UUID keyId = keyAndCentre.getT1().isEmpty()
                            ? null
                            : keyAndCentre.getT1().get(0);
                    UUID centre = keyAndCentre.getT2().id();
                    List<String> ids = commaList(filters.serviceRequestIds());
                    if (!ids.isEmpty()) {
                        // The specification: a list of ids overrides every other argument.
                        if (ids.size() > MAX_RESULTS || ids.stream().anyMatch(id -> id.length() > 40)) {
                            throw new Open311Exception(
                                    HttpStatus.BAD_REQUEST, "service_request_id", "open311.too-many-ids", MAX_RESULTS);
                        }
                        return store.visibleByNumbers(ids, centre, keyId, MAX_RESULTS);
                    }
                    Instant[] range = range(filters.startDate(), filters.endDate());
                    List<String> codes = commaList(filters.serviceCodes());
                    if (codes.size() > 100 || codes.stream().anyMatch(code -> code.length() > 32)) {
                        throw new Open311Exception(HttpStatus.BAD_REQUEST, "service_code", "field.invalid");
                    }
                    return store.visibleBetween(
                            range[0], range[1], codes, openOrClosed(filters.status()), centre, keyId, MAX_RESULTS);
                })
                .map(row -> request(row, locale));
    }

    Mono<Open311Responses.Request> find(String number, @Nullable String apiKey, Locale locale) {
        return optionalPartner(apiKey)
                .map(key -> List.of(key.id()))
                .defaultIfEmpty(List.of())
                .zipWith(catalogue.centre())
                .flatMap(keyAndCentre -> store.visibleByNumber(
                        number,
                        keyAndCentre.getT2().id(),
                        keyAndCentre.getT1().isEmpty()
                                ? null
                                : keyAndCentre.getT1().get(0)))
                .map(row -> request(row, locale))
                .switchIfEmpty(Mono.error(() -> new Open311Exception(
                        HttpStatus.NOT_FOUND, "service_request_id", "open311.request-unknown", number)));
    }

    Mono<Open311Responses.Token> token(String token) {
        UUID id;
        try {
            id = UUID.fromString(token);
        } catch (IllegalArgumentException notOurs) {
            return Mono.error(new Open311Exception(HttpStatus.NOT_FOUND, "token", "open311.token-unknown"));
        }
        return store.numberForToken(id)
                .map(number -> new Open311Responses.Token(number, token))
                .switchIfEmpty(
                        Mono.error(() -> new Open311Exception(HttpStatus.NOT_FOUND, "token", "open311.token-unknown")));
    }

    /**
     * [start, end] of the requested_datetime searched: the last 90 days when neither is given, 90 days from the one
     * given, never more than 90 days (the specification's limit).
     */
    Instant[] range(@Nullable String startDate, @Nullable String endDate) {
        Instant start = startDate == null || startDate.isBlank() ? null : instant(startDate, "start_date");
        Instant end = endDate == null || endDate.isBlank() ? null : instant(endDate, "end_date");
        if (start == null && end == null) {
            end = Instant.now(clock);
            start = end.minus(MAX_SPAN);
        } else if (start == null) {
            start = end.minus(MAX_SPAN);
        } else if (end == null) {
            end = start.plus(MAX_SPAN);
        }
        if (end.isBefore(start)) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, "end_date", "open311.end-before-start");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, "end_date", "open311.span-too-long", 90);
        }
        return new Instant[] {start, end};
    }

    /**
     * A W3C date-time with its offset (2010-01-01T00:00:00Z, 2026-12-03T08:00:00+08:00), or a date (taken as that day
     * in Beijing). A "+" that arrived unescaped in the query string is read as the space it became.
     */
    static Instant instant(String text, String parameter) {
        String given = text.strip();
        if (given.length() > 40) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, parameter, "open311.not-w3c-datetime");
        }
        given = given.replaceFirst(" (\\d{2}:?\\d{2})$", "+$1");
        try {
            if (given.length() == 10) {
                return LocalDate.parse(given)
                        .atStartOfDay(TimeConfiguration.CHINA)
                        .toInstant();
            }
            return OffsetDateTime.parse(given, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException notW3c) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, parameter, "open311.not-w3c-datetime");
        }
    }

    /** open, closed, or both (null); the specification lets them be given comma-separated. */
    private static Boolean openOrClosed(@Nullable String status) {
        Set<String> statuses = new LinkedHashSet<>(commaList(status));
        for (String given : statuses) {
            if (!given.equals("open") && !given.equals("closed")) {
                throw new Open311Exception(HttpStatus.BAD_REQUEST, "status", "open311.status-unknown");
            }
        }
        return statuses.size() == 1 ? statuses.contains("open") : null;
    }

    private static List<String> commaList(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .distinct()
                .toList();
    }

    /** A ticket as GeoReport shows it: see {@link Open311Store.Row} for what is left out and why. */
    private Open311Responses.Request request(Open311Store.Row row, Locale locale) {
        boolean closed = row.state().isFinal();
        return new Open311Responses.Request(
                row.number(),
                closed ? "closed" : "open",
                statusNotes(row, locale),
                row.serviceName(),
                row.serviceCode(),
                // What the person wrote may name them or others: not published here.
                null,
                row.leadName(),
                notice(row.type(), locale),
                w3c(row.receivedAt()),
                w3c(row.updatedAt()),
                closed || row.state() == HotlineState.REPLIED ? null : expected(row),
                row.regionName(),
                null,
                null,
                null,
                null,
                null);
    }

    /** When the reply is due: the instant for an urgent ticket, else the end of its last day in Beijing. */
    private static String expected(Open311Store.Row row) {
        if (row.replyDueAt() != null) {
            return w3c(row.replyDueAt());
        }
        if (row.replyDueOn() != null) {
            return w3c(row.replyDueOn()
                    .atTime(LocalTime.of(23, 59, 59))
                    .atZone(TimeConfiguration.CHINA)
                    .toInstant());
        }
        return null;
    }

    /** Where it stands, and the latest public step: to whom it went, an extension granted, who replied, a merge. */
    private String statusNotes(Open311Store.Row row, Locale locale) {
        String state = message("open311.state." + row.state().name(), locale);
        if (row.stepType() == null) {
            return state;
        }
        String step = switch (row.stepType()) {
            case "DISPATCHED", "REDISPATCHED", "REPLIED" ->
                message("hotline.note." + row.stepType(), locale, row.stepAgencyName());
            case "EXTENSION_APPROVED", "MERGED" -> message("hotline.note." + row.stepType(), locale, row.stepDetail());
            default -> null;
        };
        return step == null ? state : message("open311.status-notes", locale, state, step);
    }

    /** How the ticket will be handled: the time limits of its type. */
    private String notice(HotlineType type, Locale locale) {
        return message(
                "open311.notice",
                locale,
                message("open311.type." + type.name(), locale),
                settings.limits().acceptanceWorkingDays(),
                settings.limits().replyLimit(type));
    }

    static String w3c(Instant instant) {
        return W3C.format(instant.atZone(TimeConfiguration.CHINA));
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The partner a request came from, as the audit trail names who acted. */
    static final class PartnerAuthentication extends AbstractAuthenticationToken {

        private final String name;

        PartnerAuthentication(Open311Store.Key key) {
            super(List.of());
            this.name = "open311:" + key.id();
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return name;
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
