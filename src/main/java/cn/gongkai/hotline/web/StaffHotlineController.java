package cn.gongkai.hotline.web;

import cn.gongkai.hotline.HotlineAction;
import cn.gongkai.hotline.HotlinePublication;
import cn.gongkai.hotline.HotlineQueue;
import cn.gongkai.hotline.HotlineStaffStep;
import cn.gongkai.hotline.HotlineState;
import cn.gongkai.hotline.HotlineTickets;
import cn.gongkai.hotline.HotlineType;
import cn.gongkai.hotline.web.HotlineTicketResponse.Named;
import cn.gongkai.platform.PortalException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The staff's side of the hotline: the dispatcher's and the departments' queue, a ticket, and every action. */
@RestController
@Tag(name = "hotline-staff", description = "12345工单办理 Handling hotline tickets")
class StaffHotlineController {

    private final HotlineTickets tickets;
    private final StaffTicketResponses views;

    StaffHotlineController(HotlineTickets tickets, StaffTicketResponses views) {
        this.tickets = tickets;
        this.views = views;
    }

    /** One ticket in the queue. */
    @Schema(name = "HotlineQueueItem")
    record QueueItem(
            String number,
            HotlineType type,
            String title,
            HotlineState state,
            boolean urgent,
            String categoryName,
            @Nullable Named leadDepartment,
            OffsetDateTime receivedAt,
            @Nullable LocalDate acceptanceDueOn,
            @Nullable LocalDate replyDueOn,
            boolean provisional,
            boolean overdue,
            boolean atRisk,
            boolean supervised) {

        static QueueItem of(HotlineQueue.Item item) {
            return new QueueItem(
                    item.number(),
                    item.type(),
                    item.title(),
                    item.state(),
                    item.urgent(),
                    item.categoryName(),
                    item.leadDepartmentId() == null
                            ? null
                            : new Named(item.leadDepartmentId(), item.leadDepartmentName()),
                    HotlineResponses.time(item.receivedAt()),
                    item.acceptanceDueOn(),
                    item.replyDueOn(),
                    item.provisional(),
                    item.overdue(),
                    item.atRisk(),
                    item.supervised());
        }
    }

    /** A page of the queue. */
    @Schema(name = "HotlineQueuePage")
    record QueuePage(List<QueueItem> items, long total, int page, int size) {}

    /**
     * What an action carries; each action reads its own fields: dispatch {leadDepartmentId, assistingDepartmentIds,
     * urgent}, return {reason}, reply {text, attachmentIds}, request-extension {workingDays, reason},
     * decline-extension {reason}, merge {leadTicketNumber}, answer-from-knowledge-base {entryId}.
     */
    @Schema(name = "HotlineActionForm")
    record ActionForm(
            @Nullable UUID leadDepartmentId,
            @Nullable @Size(max = 10) List<UUID> assistingDepartmentIds,
            @Nullable Boolean urgent,
            @Nullable @Size(max = 2000) String reason,
            @Nullable @Size(max = 4000) String text,
            @Nullable @Size(max = 9) List<@Size(max = 64) String> attachmentIds,
            @Nullable @Min(-1000) @Max(1000) Integer workingDays,
            @Nullable @Size(max = 40) String leadTicketNumber,
            @Nullable UUID entryId) {

        HotlineStaffStep toStep() {
            return new HotlineStaffStep(
                    leadDepartmentId,
                    assistingDepartmentIds,
                    Boolean.TRUE.equals(urgent),
                    reason,
                    text,
                    attachmentIds,
                    workingDays,
                    leadTicketNumber,
                    entryId);
        }
    }

    @GetMapping("/api/staff/hotline/tickets")
    @Operation(
            summary = "The tickets the signed-in dispatcher (all of the centre's) or handler (those their department "
                    + "leads or assists) handles, by the limit that runs first; filter by lead department (agency "
                    + "code), state (open ones when absent), overdue, atRisk, q (number, title, description, or a "
                    + "whole phone number or credit code) and publication (the tickets with a reply in that "
                    + "publication status, open or closed: AWAITING_CHECK is the dispatcher's check of replies for "
                    + "the board; only the centre's dispatchers are shown them, a department's queue holds none)")
    Mono<QueuePage> queue(
            @RequestParam(required = false) @Size(max = 32) String agency,
            @RequestParam(required = false) HotlineState state,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean atRisk,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) HotlinePublication.Status publication,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return tickets.queue(agency, state, overdue, atRisk, q, publication, page, size)
                .map(found -> new QueuePage(
                        found.page().items().stream().map(QueueItem::of).toList(),
                        found.page().total(),
                        page,
                        size));
    }

    @GetMapping("/api/staff/hotline/tickets/{number}")
    @Operation(
            summary = "A ticket in full for the staff handling it, with the suggested lead department, similar open "
                    + "tickets, the actions the viewer may take now and the publication of the latest reply (redacted "
                    + "texts with each removal, for the dispatcher's check)")
    Mono<HotlineStaffTicketResponse> one(@PathVariable @Size(max = 40) String number, Locale locale) {
        return views.find(number, locale);
    }

    @PostMapping("/api/staff/hotline/tickets/{number}/{action}")
    @Operation(
            summary = "Take one action: dispatch, accept, return, reply, request-extension, approve-extension, "
                    + "decline-extension, merge, answer-from-knowledge-base. 409 when the state does not allow it, "
                    + "403 when it is another role's, 404 for a ticket the viewer does not handle")
    Mono<HotlineStaffTicketResponse> act(
            @PathVariable @Size(max = 40) String number,
            @PathVariable String action,
            @Valid @RequestBody ActionForm form,
            Locale locale) {
        HotlineAction chosen = HotlineAction.bySlug(action)
                .filter(HotlineTickets.STAFF_ACTIONS::contains)
                .orElseThrow(() -> new PortalException(HttpStatus.NOT_FOUND, "unknown-action", action));
        return tickets.act(number, chosen, form.toStep()).flatMap(view -> views.of(view, locale));
    }
}
