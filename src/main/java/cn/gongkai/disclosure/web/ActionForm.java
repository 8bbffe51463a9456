package cn.gongkai.disclosure.web;

import cn.gongkai.disclosure.DisclosureAction;
import cn.gongkai.disclosure.DisclosureOutcome;
import cn.gongkai.disclosure.DisclosureRequest;
import cn.gongkai.disclosure.DisclosureRequests;
import cn.gongkai.disclosure.DisclosureRequests.StaffStep;
import cn.gongkai.disclosure.InformationProcessingFee;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;

/**
 * The facts a staff action records (办理操作表单). One shape for every action: each action reads the fields it
 * needs and names any that are missing.
 *
 * @param occurredOn the day something happened off-line: a correction or opinion arrived, a letter was sent, a
 *     fee was paid; today when left out
 * @param items the corrections asked for, every one at once (request-correction)
 * @param dueOn the applicant's deadline to correct or pay; the configured period when left out
 * @param party THIRD_PARTY or AGENCY (consult)
 * @param opinion CONSENTED, OBJECTED or SILENT (receive-opinion)
 * @param workingDays the extension asked for (request-extension)
 * @param method and {@code quantity}: how a fee is counted, and the pages for PER_PAGE (notify-fee)
 */
public record ActionForm(
        LocalDate occurredOn,
        @Size(max = 20) List<@Size(max = 500) String> items,
        LocalDate dueOn,
        @Pattern(regexp = "THIRD_PARTY|AGENCY") String party,
        @Size(max = 200) String partyName,
        @Pattern(regexp = "CONSENTED|OBJECTED|SILENT") String opinion,
        @Size(max = 2000) String summary,
        Integer workingDays,
        @Size(max = 2000) String reason,
        InformationProcessingFee.Method method,
        @Min(0) @Max(100000) Integer quantity,
        DisclosureOutcome outcome,
        @Size(max = 500) String legalBasis,
        @Size(max = 5000) String explanation,
        @Size(max = 5000) String withheldParts,
        @Size(max = 500) String competentAgency,
        @Size(max = 500) String whereAlreadyPublished,
        @Size(max = 2000) String accessArrangements,
        @Size(max = 40) String repeatOf,
        @Size(max = 20) List<@Size(max = 64) String> documents,
        @Size(max = 64) String assignee,
        @Valid ApplicationForm.InformationForm correction,
        @Size(max = 2000) String note) {

    /** The change this action makes, after checking the fields it needs. */
    StaffStep toStep(DisclosureAction action, DisclosureRequests requests) {
        List<FieldProblem> missing = new ArrayList<>();
        StaffStep step = switch (action) {
            case ACCEPT -> StaffStep.of((request, c) -> request.accept(c.actor(), c.today(), c.now()));
            case ASSIGN -> {
                require(missing, "assignee", assignee);
                yield (request, c) -> requests.isHandlerOf(request.agencyId(), assignee)
                        .flatMap(handler -> handler
                                ? Mono.fromRunnable(() -> request.assign(assignee, c.actor(), c.today(), c.now()))
                                : Mono.error(invalid(
                                        List.of(new FieldProblem("assignee", "disclosure.assignee-not-handler")))));
            }
            case REQUEST_CORRECTION -> {
                if (items == null || items.stream().allMatch(item -> item == null || item.isBlank())) {
                    missing.add(new FieldProblem("items", "disclosure.items-needed"));
                }
                yield StaffStep.of((request, c) -> request.requestCorrection(
                        items.stream()
                                .filter(item -> item != null && !item.isBlank())
                                .map(String::strip)
                                .toList(),
                        dueOn,
                        requests.settings().correctionPeriod(),
                        c.calendar(),
                        c.actor(),
                        c.today(),
                        c.now()));
            }
            case RECEIVE_CORRECTION -> {
                if (correction == null) {
                    missing.add(new FieldProblem("correction", "NotNull"));
                }
                yield StaffStep.of((request, c) -> request.receiveCorrection(
                        correction.toInformation(), note, dayOr(c.today()), c.actor(), c.today(), c.now()));
            }
            case LAPSE -> StaffStep.of((request, c) -> request.lapse(c.calendar(), c.actor(), c.today(), c.now()));
            case CONSULT -> {
                require(missing, "party", party);
                require(missing, "partyName", partyName);
                yield StaffStep.of((request, c) ->
                        request.consult(party, partyName.strip(), dayOr(c.today()), c.actor(), c.today(), c.now()));
            }
            case RECEIVE_OPINION -> {
                require(missing, "opinion", opinion);
                yield StaffStep.of((request, c) -> request.receiveOpinion(
                        opinion, summary, dayOr(c.today()), c.calendar(), c.actor(), c.today(), c.now()));
            }
            case REQUEST_EXTENSION -> {
                if (workingDays == null) {
                    missing.add(new FieldProblem("workingDays", "disclosure.extension-days"));
                }
                require(missing, "reason", reason);
                yield StaffStep.of((request, c) -> request.requestExtension(
                        workingDays, reason.strip(), c.calendar(), c.actor(), c.today(), c.now()));
            }
            case APPROVE_EXTENSION ->
                StaffStep.of((request, c) -> request.approveExtension(c.calendar(), c.actor(), c.today(), c.now()));
            case DECLINE_EXTENSION ->
                StaffStep.of((request, c) -> request.declineExtension(reason, c.actor(), c.today(), c.now()));
            case NOTIFY_FEE -> {
                if (method == null) {
                    missing.add(new FieldProblem("method", "NotNull"));
                } else if (method == InformationProcessingFee.Method.PER_PAGE && quantity == null) {
                    missing.add(new FieldProblem("quantity", "NotNull"));
                }
                require(missing, "reason", reason);
                yield (request, c) -> notifyFee(request, c, requests);
            }
            case RECEIVE_PAYMENT ->
                StaffStep.of((request, c) -> request.receivePayment(dayOr(c.today()), c.actor(), c.today(), c.now()));
            case CLOSE_UNPAID -> StaffStep.of((request, c) -> request.closeUnpaid(c.actor(), c.today(), c.now()));
            case REPLY -> {
                DisclosureRequest.Reply reply = new DisclosureRequest.Reply(
                        outcome,
                        legalBasis,
                        explanation,
                        withheldParts,
                        competentAgency,
                        whereAlreadyPublished,
                        accessArrangements,
                        repeatOf);
                List<String> released = documents == null ? List.of() : documents;
                yield (request, c) -> checkRepeatOf(request, reply, requests)
                        .then(requests.requireOwnUploads(released, "documents"))
                        .then(requests.remedyBodiesOf(request.agencyId()))
                        .doOnNext(remedies -> request.reply(reply, released, remedies, c.actor(), c.today(), c.now()))
                        .then();
            }
            case WITHDRAW -> throw new PortalException(HttpStatus.NOT_FOUND, "unknown-action", action.slug());
        };
        if (!missing.isEmpty()) {
            throw invalid(missing);
        }
        return step;
    }

    /** 按件计收 counts this request among the applicant's requests of the month; 按量计收 counts pages. */
    private Mono<Void> notifyFee(DisclosureRequest request, DisclosureRequests.Context c, DisclosureRequests requests) {
        boolean perRequest = method == InformationProcessingFee.Method.PER_REQUEST;
        return (perRequest ? requests.ordinalInMonth(request) : Mono.just(quantity))
                .doOnNext(counted -> request.notifyFee(
                        method,
                        counted,
                        perRequest
                                ? InformationProcessingFee.perRequest(counted)
                                : InformationProcessingFee.perPage(counted),
                        reason.strip(),
                        dueOn,
                        requests.settings().feePaymentPeriod(),
                        c.calendar(),
                        c.actor(),
                        c.today(),
                        c.now()))
                .then();
    }

    /** A 重复申请 reply points to an earlier request of the same applicant that was answered. */
    private Mono<Void> checkRepeatOf(
            DisclosureRequest request, DisclosureRequest.Reply reply, DisclosureRequests requests) {
        // Without a number the aggregate names the missing field.
        if (reply.outcome() != DisclosureOutcome.NOT_PROCESSED_REPEATED || reply.repeatOf() == null) {
            return Mono.empty();
        }
        return requests.earlierRequestsOf(request.number())
                .any(earlier -> earlier.request().number().equals(reply.repeatOf())
                        && earlier.request().reply() != null)
                .flatMap(found -> found
                        ? Mono.empty()
                        : Mono.error(invalid(List.of(new FieldProblem("repeatOf", "disclosure.repeat-of-unknown")))));
    }

    private LocalDate dayOr(LocalDate today) {
        return occurredOn == null ? today : occurredOn;
    }

    private static void require(List<FieldProblem> problems, String field, String value) {
        if (isBlank(value)) {
            problems.add(new FieldProblem(field, "NotBlank"));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static PortalException invalid(List<FieldProblem> problems) {
        return new PortalException(HttpStatus.BAD_REQUEST, "validation", problems);
    }
}
