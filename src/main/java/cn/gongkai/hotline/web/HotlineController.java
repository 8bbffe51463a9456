package cn.gongkai.hotline.web;

import cn.gongkai.hotline.HotlineFiles;
import cn.gongkai.hotline.HotlineRating;
import cn.gongkai.hotline.HotlineState;
import cn.gongkai.hotline.HotlineTickets;
import cn.gongkai.hotline.HotlineType;
import cn.gongkai.identity.CurrentUser;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.platform.RequestMetadata;
import cn.gongkai.platform.files.FileStore;
import cn.gongkai.platform.pdf.Letters;
import cn.gongkai.platform.ratelimit.RateLimiter;
import cn.gongkai.platform.web.IdempotencyKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The public side of the 12345 hotline: submitting a ticket, signed in or anonymously, its files, following it by its
 * number (with the query code when anonymous), its receipt, and rating the reply. Anonymous submissions and uploads,
 * and every look-up by query code, are limited per client.
 */
@RestController
@Tag(name = "hotline", description = "12345政务服务便民热线 The 12345 hotline")
class HotlineController {

    static final String QUERY_CODE = "X-Query-Code";

    private final HotlineTickets tickets;
    private final HotlineFiles files;
    private final HotlineResponses responses;
    private final HotlineReceipt receipt;
    private final CurrentUser currentUser;
    private final RateLimiter limiter;
    private final Clock clock;

    HotlineController(
            HotlineTickets tickets,
            HotlineFiles files,
            HotlineResponses responses,
            HotlineReceipt receipt,
            CurrentUser currentUser,
            RateLimiter limiter,
            Clock clock) {
        this.tickets = tickets;
        this.files = files;
        this.responses = responses;
        this.receipt = receipt;
        this.currentUser = currentUser;
        this.limiter = limiter;
        this.clock = clock;
    }

    /** 评价 */
    @Schema(name = "HotlineRatingForm")
    record RatingForm(
            @NotNull HotlineRating rating,
            @Nullable @Size(max = 500) String comment) {}

    /** One of the signed-in person's tickets as listed. */
    @Schema(name = "HotlineTicketSummary")
    record HotlineTicketSummary(
            String number,
            HotlineType type,
            String title,
            HotlineState state,
            OffsetDateTime receivedAt,
            @Nullable LocalDate replyDueOn,
            String categoryName) {}

    /** A page of the signed-in person's tickets. */
    @Schema(name = "HotlineTicketPage")
    record SummaryPage(List<HotlineTicketSummary> items, long total, int page, int size) {}

    @PostMapping(value = "/api/hotline/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Upload a photo or PDF for a ticket: JPEG, PNG or PDF up to 10 MiB, the type read from the "
                    + "content; signed in or anonymous (limited per client)")
    Mono<ResponseEntity<FileStore.StoredFile>> upload(@RequestPart(name = "file", required = false) Part part) {
        return throttleAnonymous("hotline-upload")
                .then(FileStore.upload(part))
                .flatMap(files::upload)
                .map(stored -> ResponseEntity.created(URI.create("/api/hotline/files/" + stored.id()))
                        .body(stored));
    }

    @GetMapping("/api/hotline/files/{id}")
    @Operation(
            summary = "A file of a ticket, for its owner, the holder of its query code (X-Query-Code) or its staff; "
                    + "or one's own upload not yet attached")
    Mono<ResponseEntity<byte[]>> file(
            @PathVariable UUID id, @RequestHeader(name = QUERY_CODE, required = false) String queryCode) {
        return throttleLookUp(queryCode)
                .then(tickets.file(id, queryCode))
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.contentType()))
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(file.fileName(), StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                        .body(file.content()));
    }

    @PostMapping("/api/hotline/tickets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Submit a ticket (受理). CITIZEN and ENTERPRISE need a sign-in, ANONYMOUS does not (limited per "
                    + "client) and gets its query code in this answer only. Needs an Idempotency-Key header: a retry "
                    + "with the same key returns the ticket already made")
    @ApiResponse(
            responseCode = "409",
            description =
                    "已提交过内容相同的诉求 possible-duplicate: the person raised a ticket of the same type and matter with the same "
                            + "description within the repeat window (30 days by default) or it is still open (signed in: "
                            + "their own tickets; anonymous: those with the same contact phone); earlierNumber and "
                            + "earlierFiledOn name it. Send again with confirmedNotDuplicate true and a new Idempotency-Key "
                            + "to file anyway")
    Mono<ResponseEntity<HotlineTicketResponse>> submit(
            // Read as optional so that its absence is the portal's own 400 naming it, not the framework's.
            @Parameter(
                            description = "A new random value per ticket, 8 to 128 printable characters",
                            required = true,
                            schema = @Schema(minLength = 8, maxLength = 128, pattern = IdempotencyKey.PATTERN))
                    @RequestHeader(name = IdempotencyKey.HEADER, required = false)
                    String idempotencyKey,
            @Valid @RequestBody HotlineTicketForm form,
            Locale locale) {
        if (!IdempotencyKey.isWellFormed(idempotencyKey)) {
            return Mono.error(IdempotencyKey.missing());
        }
        List<FieldProblem> problems = form.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            return Mono.error(new PortalException(HttpStatus.BAD_REQUEST, "validation", problems));
        }
        String fingerprint = IdempotencyKey.fingerprint(form);
        return throttleSubmission()
                .then(Mono.defer(() -> tickets.submit(
                        form.toSubmission(),
                        form.answeredByEntryId(),
                        form.attachments(),
                        form.filesAgain(),
                        idempotencyKey,
                        fingerprint)))
                .map(view -> responses.forSubmitter(view, locale))
                .map(body -> ResponseEntity.created(URI.create("/api/hotline/tickets/" + body.number()))
                        .body(body));
    }

    @GetMapping("/api/hotline/tickets")
    @Operation(
            summary = "The signed-in person's tickets, newest first",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "session")})
    Mono<SummaryPage> mine(
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return tickets.mine(page, size)
                .map(found -> new SummaryPage(
                        found.items().stream()
                                .map(item -> new HotlineTicketSummary(
                                        item.number(),
                                        item.type(),
                                        item.title(),
                                        item.state(),
                                        HotlineResponses.time(item.receivedAt()),
                                        item.replyDueOn(),
                                        item.categoryName()))
                                .toList(),
                        found.total(),
                        page,
                        size));
    }

    @GetMapping("/api/hotline/tickets/{number}")
    @Operation(
            summary = "A ticket with its timeline, replies and rating: for its owner signed in, or with its query "
                    + "code in X-Query-Code; a wrong number and a wrong code answer the same 404")
    Mono<HotlineTicketResponse> track(
            @PathVariable @Size(max = 40) String number,
            @RequestHeader(name = QUERY_CODE, required = false) String queryCode,
            Locale locale) {
        return throttleLookUp(queryCode)
                .then(tickets.track(number, queryCode))
                .map(view -> responses.forSubmitter(view, locale));
    }

    @PostMapping("/api/hotline/tickets/{number}/rating")
    @Operation(
            summary = "Rate the reply (评价): the person who raised the ticket, signed in or with X-Query-Code; a "
                    + "first 不满意 reopens it")
    Mono<HotlineTicketResponse> rate(
            @PathVariable @Size(max = 40) String number,
            @RequestHeader(name = QUERY_CODE, required = false) String queryCode,
            @Valid @RequestBody RatingForm form,
            Locale locale) {
        return throttleLookUp(queryCode)
                .then(tickets.rate(number, queryCode, form.rating(), HotlineTicketForm.blankToNull(form.comment())))
                .map(view -> responses.forSubmitter(view, locale));
    }

    @GetMapping(value = "/api/hotline/tickets/{number}/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The receipt (受理回执) as a PDF, for whoever may follow the ticket; it prints the query code "
                    + "given in X-Query-Code")
    Mono<ResponseEntity<byte[]>> receipt(
            @PathVariable @Size(max = 40) String number,
            @RequestHeader(name = QUERY_CODE, required = false) String queryCode) {
        return throttleLookUp(queryCode)
                .then(limiter.acquireForCaller("letter-download"))
                .then(tickets.track(number, queryCode))
                .flatMap(view -> receipt.render(
                                view, view.ticket().submitter().startsWith("anonymous:") ? queryCode : null)
                        .map(pdf -> Letters.asResponse(pdf, "受理回执-" + number + ".pdf")));
    }

    /** A signed-in person's submissions count with their disclosure applications; an anonymous client's apart. */
    private Mono<Void> throttleSubmission() {
        return currentUser
                .find()
                .hasElement()
                .flatMap(signedIn -> signedIn ? limiter.acquireForCaller("submission") : throttle("hotline-intake"));
    }

    /** A signed-in person is not limited; an anonymous client is, per address. */
    private Mono<Void> throttleAnonymous(String limit) {
        return currentUser.find().hasElement().flatMap(signedIn -> signedIn ? Mono.<Void>empty() : throttle(limit));
    }

    /** Every look-up by query code counts, signed in or not: it is what guessing codes would need. */
    private Mono<Void> throttleLookUp(@Nullable String queryCode) {
        return queryCode == null ? Mono.empty() : throttle("hotline-tracking");
    }

    private Mono<Void> throttle(String limit) {
        return RequestMetadata.current().flatMap(request -> limiter.acquire(limit, request.clientAddress()));
    }
}
