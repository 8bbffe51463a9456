package cn.gongkai.disclosure.web;

import cn.gongkai.disclosure.ComplaintSignals;
import cn.gongkai.disclosure.DisclosureRequests;
import cn.gongkai.disclosure.DisclosureStatistics;
import cn.gongkai.disclosure.web.DisclosureRequestResponse.Audience;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.platform.ratelimit.RateLimiter;
import cn.gongkai.platform.web.IdempotencyKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The applicant's side of disclosure requests, and the public statistics. */
@RestController
@Tag(name = "disclosure", description = "政府信息公开申请 Disclosure requests")
class DisclosureController {

    private final DisclosureRequests requests;
    private final DisclosureStatistics statistics;
    private final DisclosureLetters letters;
    private final DisclosureResponses responses;
    private final RateLimiter limiter;

    DisclosureController(
            DisclosureRequests requests,
            DisclosureStatistics statistics,
            DisclosureLetters letters,
            DisclosureResponses responses,
            RateLimiter limiter) {
        this.requests = requests;
        this.statistics = statistics;
        this.letters = letters;
        this.responses = responses;
        this.limiter = limiter;
    }

    /** 更正后的申请内容与说明 */
    record CorrectionForm(
            @jakarta.validation.constraints.NotNull @Valid ApplicationForm.InformationForm information,
            @Size(max = 2000) String note) {}

    /** 撤回理由 (optional) */
    record WithdrawalForm(@Size(max = 2000) String reason) {}

    @PostMapping("/api/disclosure/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "File an application; confirming it is receipt (Art. 31). Needs an Idempotency-Key header: "
                    + "a retry with the same key returns the request already filed")
    @ApiResponse(
            responseCode = "409",
            description =
                    "已提交过内容相同的申请 possible-duplicate: the applicant filed the same information to the same agency within "
                            + "the repeat window (30 days by default) or it is still open; earlierNumber and earlierFiledOn "
                            + "name it. Send again with confirmedNotDuplicate true and a new Idempotency-Key to file anyway")
    Mono<ResponseEntity<DisclosureRequestResponse>> submit(
            // Read as optional so that its absence is the portal's own 400 naming it, not the framework's.
            @Parameter(
                            description = "A new random value per application, 8 to 128 printable characters",
                            required = true,
                            schema =
                                    @io.swagger.v3.oas.annotations.media.Schema(
                                            minLength = 8,
                                            maxLength = 128,
                                            pattern = IdempotencyKey.PATTERN))
                    @RequestHeader(name = IdempotencyKey.HEADER, required = false)
                    String idempotencyKey,
            @Valid @RequestBody ApplicationForm form,
            Locale locale) {
        if (!IdempotencyKey.isWellFormed(idempotencyKey)) {
            return Mono.error(IdempotencyKey.missing());
        }
        List<FieldProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            return Mono.error(new PortalException(HttpStatus.BAD_REQUEST, "validation", problems));
        }
        List<String> signals = ComplaintSignals.in(form.textOfRequest());
        if (!signals.isEmpty() && !form.insists()) {
            return Mono.error(new PortalException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "disclosure-looks-like-complaint",
                    List.of(new FieldProblem("insistAsDisclosure", "disclosure.confirm-not-complaint")),
                    String.join("、", signals)));
        }
        String fingerprint = IdempotencyKey.fingerprint(form);
        return limiter.acquireForCaller("submission")
                .then(Mono.defer(() -> requests.submit(
                        form.agency(), form.toApplication(), form.filesAgain(), idempotencyKey, fingerprint)))
                .flatMap(request -> requests.findMine(request.number()))
                .flatMap(viewed -> response(viewed, locale))
                .map(body -> ResponseEntity.created(URI.create("/api/disclosure/requests/" + body.number()))
                        .body(body));
    }

    @GetMapping(value = "/api/disclosure/requests")
    @Operation(summary = "The signed-in applicant's requests (mine=true), newest first")
    Mono<List<DisclosureRequestResponse>> mine(@RequestParam(required = false) Boolean mine, Locale locale) {
        if (!Boolean.TRUE.equals(mine)) {
            return Mono.error(new PortalException(
                    HttpStatus.BAD_REQUEST, "bad-parameter", List.of(new FieldProblem("mine", "field.invalid"))));
        }
        return requests.mine().concatMap(viewed -> response(viewed, locale)).collectList();
    }

    @GetMapping("/api/disclosure/requests/{number}")
    @Operation(summary = "One of the signed-in applicant's requests, with its timeline and deadline")
    Mono<DisclosureRequestResponse> one(@PathVariable String number, Locale locale) {
        return requests.findMine(number).flatMap(viewed -> response(viewed, locale));
    }

    @PostMapping("/api/disclosure/requests/{number}/correction")
    @Operation(summary = "File the correction asked for; the 20 working days start again from its receipt")
    Mono<DisclosureRequestResponse> correct(
            @PathVariable String number, @Valid @RequestBody CorrectionForm form, Locale locale) {
        return requests.correct(number, form.information().toInformation(), ApplicationForm.blankToNull(form.note()))
                .flatMap(viewed -> response(viewed, locale));
    }

    @PostMapping("/api/disclosure/requests/{number}/withdrawal")
    @Operation(summary = "Withdraw a request not yet answered")
    Mono<DisclosureRequestResponse> withdraw(
            @PathVariable String number, @Valid @RequestBody WithdrawalForm form, Locale locale) {
        return requests.withdraw(number, ApplicationForm.blankToNull(form.reason()))
                .flatMap(viewed -> response(viewed, locale));
    }

    @GetMapping("/api/disclosure/statistics")
    @Operation(summary = "Table 三 of the annual report for an agency and calendar year, counted from the requests")
    Mono<StatisticsResponse> statistics(
            @RequestParam @NotBlank @Size(max = 32) String agency, @RequestParam @Min(2000) @Max(2100) int year) {
        return statistics
                .tableThree(agency, year)
                .map(result -> StatisticsResponse.of(result.agency(), result.table()));
    }

    @GetMapping(value = "/api/disclosure/requests/{number}/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The acknowledgement of receipt (登记回执) as a PDF")
    Mono<ResponseEntity<byte[]>> receipt(@PathVariable String number) {
        return limiter.acquireForCaller("letter-download")
                .then(Mono.defer(() -> letters.receipt(requests.findMine(number))));
    }

    @GetMapping(
            value = "/api/disclosure/requests/{number}/reply-letter.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The reply letter (答复告知书) as a PDF, once answered")
    Mono<ResponseEntity<byte[]>> replyLetter(@PathVariable String number) {
        return limiter.acquireForCaller("letter-download")
                .then(Mono.defer(() -> letters.replyLetter(requests.findMine(number))));
    }

    private Mono<DisclosureRequestResponse> response(DisclosureRequests.Viewed viewed, Locale locale) {
        return responses.of(viewed, Audience.APPLICANT, locale);
    }
}
