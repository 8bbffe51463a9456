package cn.gongkai.hotline.web;

import cn.gongkai.hotline.HotlinePublication.Texts;
import cn.gongkai.hotline.HotlinePublications;
import cn.gongkai.hotline.HotlineStatistics;
import cn.gongkai.hotline.web.HotlineBoardResponses.Statistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The staff's side of the reply board and the statistics: the dispatcher's check of a redacted reply (公开审核), and
 * the figures of the centre (dispatcher) or of the departments a handler works for.
 */
@RestController
@Tag(name = "hotline-staff", description = "12345工单办理 Handling hotline tickets")
class StaffHotlinePublicationController {

    private final HotlinePublications publications;
    private final HotlineStatistics statistics;
    private final StaffTicketResponses views;

    StaffHotlinePublicationController(
            HotlinePublications publications, HotlineStatistics statistics, StaffTicketResponses views) {
        this.publications = publications;
        this.statistics = statistics;
        this.views = views;
    }

    /**
     * The dispatcher's approval: each text the redacted one as edited, or absent (null) to approve the automatic
     * redaction as it stands.
     */
    @Schema(name = "HotlinePublicationForm")
    record PublicationForm(
            @Nullable @Size(max = 100) String title,
            @Nullable @Size(max = 4000) String description,
            @Nullable @Size(max = 4000) String text) {}

    /** Why a reply is kept off the board. */
    @Schema(name = "HotlineWithholdForm")
    record WithholdForm(@Nullable @Size(max = 2000) String reason) {}

    @PostMapping("/api/staff/hotline/tickets/{number}/approve-publication")
    @Operation(
            summary = "Publish the latest reply on the board (答复公开), by the centre's dispatcher, once: the "
                    + "redacted title, description and reply as they stand, or as edited; an edit is redacted again "
                    + "and refused (400 naming the field) while it holds the ticket's own personal data or an "
                    + "identity, bank card or passport number. 409 before a reply, when the person did not allow "
                    + "publication, or when it was decided already; 403 for a department")
    Mono<HotlineStaffTicketResponse> approve(
            @PathVariable @Size(max = 40) String number, @Valid @RequestBody PublicationForm form, Locale locale) {
        return publications
                .approve(number, new Texts(form.title(), form.description(), form.text()))
                .then(Mono.defer(() -> views.find(number, locale)));
    }

    @PostMapping("/api/staff/hotline/tickets/{number}/withhold-publication")
    @Operation(
            summary = "Keep the latest reply off the board (不予公开), by the centre's dispatcher, with a reason; "
                    + "409 and 403 as for approve-publication")
    Mono<HotlineStaffTicketResponse> withhold(
            @PathVariable @Size(max = 40) String number, @Valid @RequestBody WithholdForm form, Locale locale) {
        return publications.withhold(number, form.reason()).then(Mono.defer(() -> views.find(number, locale)));
    }

    @GetMapping("/api/staff/hotline/statistics")
    @Operation(
            summary = "The statistics of the public page (same shape and definitions) for staff: the dispatcher's "
                    + "of the whole centre, a department handler's of the tickets their departments lead")
    Mono<Statistics> statistics(
            @Parameter(description = "First day, YYYY-MM-DD") @RequestParam(required = false) @Size(max = 20)
                    String from,
            @Parameter(description = "Last day, YYYY-MM-DD") @RequestParam(required = false) @Size(max = 20)
                    String to) {
        return statistics.forStaff(from, to).map(Statistics::of);
    }
}
