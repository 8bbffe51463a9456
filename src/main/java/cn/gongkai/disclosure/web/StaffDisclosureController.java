package cn.gongkai.disclosure.web;

import cn.gongkai.disclosure.DisclosureAction;
import cn.gongkai.disclosure.DisclosureQueue;
import cn.gongkai.disclosure.DisclosureReminders;
import cn.gongkai.disclosure.DisclosureRequest.ReceiptChannel;
import cn.gongkai.disclosure.DisclosureRequests;
import cn.gongkai.disclosure.DisclosureState;
import cn.gongkai.disclosure.web.DisclosureRequestResponse.Audience;
import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.CurrentUser;
import cn.gongkai.identity.Role;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.platform.pdf.Letters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The agency's side: the queue, paper applications and every statutory action. */
@RestController
@Tag(name = "disclosure-staff", description = "依申请公开办理 Handling disclosure requests")
class StaffDisclosureController {

    private final DisclosureRequests requests;
    private final CurrentUser currentUser;
    private final Agencies agencies;
    private final DisclosureReminders reminders;
    private static final String PLACEHOLDERS_NOTE =
            "; a character no embedded font has is drawn as a box naming its code point and listed in the "
                    + Letters.GLYPH_PLACEHOLDERS + " header (U+E000 U+31350), for staff to check before it is sent";

    private final DisclosureLetters letters;
    private final DisclosureResponses responses;

    StaffDisclosureController(
            DisclosureRequests requests,
            CurrentUser currentUser,
            Agencies agencies,
            DisclosureLetters letters,
            DisclosureReminders reminders,
            DisclosureResponses responses) {
        this.requests = requests;
        this.currentUser = currentUser;
        this.agencies = agencies;
        this.letters = letters;
        this.reminders = reminders;
        this.responses = responses;
    }

    /** A paper, in-person, posted or faxed application (线下申请) and the day it was really received. */
    record PaperApplicationForm(
            @NotNull @Valid ApplicationForm application,
            @NotNull ReceiptChannel channel,
            @NotNull LocalDate receivedOn) {}

    /** A page of the queue. */
    record QueuePage(List<QueueItem> items, int page, int size, long total) {}

    @GetMapping("/api/staff/disclosure/requests")
    @Operation(
            summary = "The agency's requests sorted by deadline; filter by state, due=overdue|at-risk, "
                    + "assignee (a subject or 'me'), q (number, title, description or applicant) and closed=true")
    Mono<QueuePage> queue(
            @RequestParam(required = false) @Size(max = 32) String agency,
            @RequestParam(required = false) DisclosureState state,
            @RequestParam(required = false) @Pattern(regexp = "overdue|at-risk") String due,
            @RequestParam(required = false) @Size(max = 64) String assignee,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "false") boolean closed,
            @RequestParam(defaultValue = "1") @Min(1) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        int atRisk = requests.settings().atRiskWorkingDays();
        DisclosureQueue.Due dueFilter =
                due == null ? null : due.equals("overdue") ? DisclosureQueue.Due.OVERDUE : DisclosureQueue.Due.AT_RISK;
        return agencyOfStaff(agency)
                .flatMap(code -> requests.queue(
                        code, closed || (state != null && state.isFinal()), state, dueFilter, assignee, q, page, size))
                .map(found -> new QueuePage(
                        found.items().stream()
                                .map(viewed -> QueueItem.of(viewed, atRisk))
                                .toList(),
                        page,
                        size,
                        found.total()));
    }

    @GetMapping(value = "/api/staff/disclosure/register.csv", produces = "text/csv")
    @Operation(
            summary =
                    "The agency's register of the requests received in a year (政府信息公开申请登记台账), as CSV "
                            + "(UTF-8 with a byte-order mark) for spreadsheets, streamed as it is read; every download is audited")
    Mono<ResponseEntity<Flux<DataBuffer>>> register(
            @RequestParam(required = false) @Size(max = 32) String agency,
            @RequestParam @Min(2000) @Max(2100) int year,
            ServerHttpResponse response) {
        // Who may read it is settled, and the download audited, before the status is sent; the rows follow.
        return agencyOfStaff(agency)
                .flatMap(code -> requests.register(code, year)
                        .map(register -> ResponseEntity.ok()
                                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                                .cacheControl(CacheControl.noStore())
                                .header(
                                        HttpHeaders.CONTENT_DISPOSITION,
                                        ContentDisposition.attachment()
                                                .filename(
                                                        code + "-" + year + "-政府信息公开申请登记台账.csv", StandardCharsets.UTF_8)
                                                .build()
                                                .toString())
                                .body(DisclosureRegister.csv(register.requests(), response.bufferFactory()))));
    }

    @GetMapping("/api/staff/disclosure/reminders")
    @Operation(summary = "The agency's latest deadline reminders: requests at risk (≤ 3 working days left) or overdue")
    Mono<List<DisclosureReminders.Reminder>> reminders(@RequestParam(required = false) @Size(max = 32) String agency) {
        return agencyOfStaff(agency)
                .flatMap(requests::agencyHandledBy)
                .flatMap(found -> reminders.latestFor(found.id()).collectList());
    }

    @PostMapping("/api/staff/disclosure/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a paper, in-person, posted or faxed application with its real day of receipt")
    Mono<ResponseEntity<DisclosureRequestResponse>> registerPaper(
            @Valid @RequestBody PaperApplicationForm form, Locale locale) {
        List<FieldProblem> problems = form.application().problems().stream()
                .map(problem ->
                        new FieldProblem("application." + problem.field(), problem.messageKey(), problem.arguments()))
                .toList();
        if (!problems.isEmpty()) {
            return Mono.error(new PortalException(HttpStatus.BAD_REQUEST, "validation", problems));
        }
        return requests.registerPaper(
                        form.application().agency(),
                        form.application().toApplication(),
                        form.channel(),
                        form.receivedOn())
                .flatMap(request -> requests.findForStaff(request.number()))
                .flatMap(viewed -> response(viewed, locale))
                .map(body -> ResponseEntity.created(URI.create("/api/staff/disclosure/requests/" + body.number()))
                        .body(body));
    }

    @GetMapping("/api/staff/disclosure/requests/{number}")
    @Operation(summary = "One request of the officer's agency, with everything recorded and the actions allowed now")
    Mono<DisclosureRequestResponse> one(@PathVariable String number, Locale locale) {
        return requests.findForStaff(number).flatMap(viewed -> response(viewed, locale));
    }

    @GetMapping("/api/staff/disclosure/requests/{number}/earlier")
    @Operation(summary = "Earlier requests by the same applicant to the same agency (to answer 重复申请)")
    Mono<List<QueueItem>> earlier(@PathVariable String number) {
        int atRisk = requests.settings().atRiskWorkingDays();
        return requests.earlierRequestsOf(number)
                .map(viewed -> QueueItem.of(viewed, atRisk))
                .collectList();
    }

    @PostMapping("/api/staff/disclosure/requests/{number}/actions/{action}")
    @Operation(
            summary = "Take one statutory action: accept, assign, request-correction, receive-correction, lapse, "
                    + "consult, receive-opinion, request-extension, approve-extension, decline-extension, notify-fee, "
                    + "receive-payment, close-unpaid, reply. 409 when the state does not allow it")
    Mono<DisclosureRequestResponse> act(
            @PathVariable String number,
            @PathVariable String action,
            @Valid @RequestBody ActionForm form,
            Locale locale) {
        DisclosureAction chosen = DisclosureAction.bySlug(action)
                .filter(found -> found != DisclosureAction.WITHDRAW)
                .orElseThrow(() -> new PortalException(HttpStatus.NOT_FOUND, "unknown-action", action));
        return Mono.fromCallable(() -> form.toStep(chosen, requests))
                .flatMap(step -> requests.act(number, chosen, step))
                .flatMap(viewed -> response(viewed, locale));
    }

    /** The agency asked for, or the officer's only agency when none is named. */
    private Mono<String> agencyOfStaff(String agency) {
        if (agency != null && !agency.isBlank()) {
            return Mono.just(agency);
        }
        return currentUser.get().flatMap(user -> {
            Set<UUID> handled = new HashSet<>(user.agenciesWhere(Role.DISCLOSURE_OFFICER));
            handled.addAll(user.agenciesWhere(Role.OGI_OFFICE_HEAD));
            if (handled.size() != 1) {
                return Mono.error(new PortalException(
                        HttpStatus.BAD_REQUEST, "bad-parameter", List.of(new FieldProblem("agency", "NotBlank"))));
            }
            return agencies.findById(handled.iterator().next()).map(found -> found.code());
        });
    }

    @GetMapping(
            value = "/api/staff/disclosure/requests/{number}/receipt.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The acknowledgement of receipt (登记回执) as a PDF",
            description = "Always in Chinese" + PLACEHOLDERS_NOTE)
    Mono<ResponseEntity<byte[]>> receipt(@PathVariable String number) {
        return letters.receipt(requests.findForStaff(number));
    }

    @GetMapping(
            value = "/api/staff/disclosure/requests/{number}/reply-letter.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The reply letter (答复告知书) as a PDF, once answered",
            description = "Always in Chinese" + PLACEHOLDERS_NOTE)
    Mono<ResponseEntity<byte[]>> replyLetter(@PathVariable String number) {
        return letters.replyLetter(requests.findForStaff(number));
    }

    private Mono<DisclosureRequestResponse> response(DisclosureRequests.Viewed viewed, Locale locale) {
        return responses.of(viewed, Audience.STAFF, locale);
    }
}
