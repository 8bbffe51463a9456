package cn.gongkai.hotline.web;

import cn.gongkai.hotline.HotlineSubmission;
import cn.gongkai.hotline.HotlineSubmitterKind;
import cn.gongkai.hotline.HotlineType;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.shared.CreditCode;
import cn.gongkai.shared.MobileNumber;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A ticket as filled in on-line (诉求登记表). Single fields are checked by their annotations; {@link #problems} checks
 * what depends on several fields or on today.
 *
 * @param answeredByEntryId for an enquiry (咨询): the knowledge-base answer the person says answered it
 * @param confirmedNotDuplicate the person was told they raised the same matter before (a 409 {@code
 *     possible-duplicate}) and raises it again on purpose
 */
public record HotlineTicketForm(
        @NotNull HotlineType type,
        @NotBlank @Size(max = 64) String categoryCode,
        @NotBlank @Size(max = 100) String title,
        @NotBlank @Size(max = 4000) String description,
        @NotNull @Valid PlaceForm place,
        @Nullable LocalDate happenedOn,
        @Size(max = 9) List<@NotBlank @Size(max = 64) String> attachmentIds,
        @NotNull Boolean publishReply,
        @NotNull @Valid SubmitterForm submitter,
        @Nullable UUID answeredByEntryId,
        @Nullable Boolean confirmedNotDuplicate) {

    /** 发生地点: the city or one of its districts and counties, and the address. */
    @Schema(name = "HotlinePlaceForm")
    public record PlaceForm(
            @NotNull UUID regionId,
            @Nullable @Size(max = 200) String address) {}

    /** 诉求人 */
    @Schema(name = "HotlineSubmitterForm")
    public record SubmitterForm(
            @NotNull HotlineSubmitterKind kind,
            @Nullable @Size(max = 50) String name,
            @Nullable @Size(max = 20) String phone,
            @Nullable @Size(max = 100) String enterpriseName,
            @Nullable @Size(max = 30) String creditCode) {}

    /** How far back a matter may have happened: older ones are not a hotline's to handle. */
    static final int EARLIEST_YEARS_AGO = 20;

    /** What depends on several fields: the contact each kind of submitter owes, the enterprise's code, the date. */
    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (happenedOn != null && happenedOn.isAfter(today)) {
            problems.add(new FieldProblem("happenedOn", "disclosure.date-in-future"));
        } else if (happenedOn != null && happenedOn.isBefore(today.minusYears(EARLIEST_YEARS_AGO))) {
            problems.add(new FieldProblem("happenedOn", "hotline.date-too-early", EARLIEST_YEARS_AGO));
        }
        HotlineSubmitterKind kind = submitter.kind();
        boolean named = kind != HotlineSubmitterKind.ANONYMOUS;
        if (named && isBlank(submitter.name())) {
            problems.add(new FieldProblem("submitter.name", "NotBlank"));
        }
        if (named && isBlank(submitter.phone())) {
            problems.add(new FieldProblem("submitter.phone", "NotBlank"));
        } else if (!isBlank(submitter.phone()) && !MobileNumber.isValid(submitter.phone())) {
            problems.add(new FieldProblem("submitter.phone", "ValidMobileNumber"));
        }
        if (kind == HotlineSubmitterKind.ENTERPRISE) {
            if (isBlank(submitter.enterpriseName())) {
                problems.add(new FieldProblem("submitter.enterpriseName", "NotBlank"));
            }
            if (isBlank(submitter.creditCode())) {
                problems.add(new FieldProblem("submitter.creditCode", "NotBlank"));
            } else if (!CreditCode.hasValidCheckCharacter(submitter.creditCode())) {
                problems.add(new FieldProblem("submitter.creditCode", "ValidCreditCode"));
            }
        }
        return problems;
    }

    /** The submission as the service takes it; the enterprise's fields only for an enterprise. */
    HotlineSubmission toSubmission() {
        HotlineSubmitterKind kind = submitter.kind();
        boolean enterprise = kind == HotlineSubmitterKind.ENTERPRISE;
        return new HotlineSubmission(
                type,
                categoryCode.strip(),
                title.strip(),
                description.strip(),
                place.regionId(),
                blankToNull(place.address()),
                happenedOn,
                List.of(),
                publishReply,
                kind,
                blankToNull(submitter.name()),
                isBlank(submitter.phone())
                        ? null
                        : MobileNumber.of(submitter.phone()).value(),
                enterprise ? submitter.enterpriseName().strip() : null,
                enterprise ? CreditCode.of(submitter.creditCode()).value() : null);
    }

    boolean filesAgain() {
        return Boolean.TRUE.equals(confirmedNotDuplicate);
    }

    List<String> attachments() {
        return attachmentIds == null ? List.of() : attachmentIds;
    }

    static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
