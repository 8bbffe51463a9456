package cn.gongkai.disclosure.web;

import cn.gongkai.disclosure.ApplicantKind;
import cn.gongkai.disclosure.Application;
import cn.gongkai.disclosure.Application.DeliveryChannel;
import cn.gongkai.disclosure.Application.IdDocumentType;
import cn.gongkai.disclosure.Application.Medium;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.shared.CreditCode;
import cn.gongkai.shared.IdNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * An application for government information as filled in (申请表, Art. 29). Single fields are checked by their
 * annotations; {@link #problems()} checks what depends on several fields.
 *
 * @param insistAsDisclosure the applicant read that the text looks like a complaint and files it anyway
 * @param confirmedNotDuplicate the applicant was told they filed the same information to the agency before (a 409
 *     {@code possible-duplicate}) and files it again on purpose
 */
public record ApplicationForm(
        @NotBlank @Size(max = 32) String agency,
        @NotNull @Valid ApplicantForm applicant,
        @NotNull @Valid ContactForm contact,
        @NotNull @Valid InformationForm information,
        @NotNull @Valid DeliveryForm delivery,
        @Size(max = 5) List<@NotBlank @Size(max = 64) String> attachments,
        Boolean insistAsDisclosure,
        Boolean confirmedNotDuplicate) {

    /** 申请人信息 */
    public record ApplicantForm(
            @NotNull ApplicantKind kind,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 18) String creditCode,
            @Size(max = 50) String representative,
            @NotNull IdDocumentType idType,
            @NotBlank @Size(max = 30) String idNumber,
            @Valid AgentForm agent) {}

    /** 代理人 */
    public record AgentForm(
            @NotBlank @Size(max = 50) String name,
            @NotNull IdDocumentType idType,
            @NotBlank @Size(max = 30) String idNumber,
            @NotBlank @Size(max = 64) String powerOfAttorney) {}

    /** 联系方式: a mobile or a landline number (区号-号码). */
    public record ContactForm(
            @NotBlank @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?")
            String phone,

            @Email @Size(max = 100) String email,
            @Size(max = 200) String postalAddress,
            @Pattern(regexp = "\\d{6}") String postalCode) {}

    /** 所需信息 */
    public record InformationForm(
            @Size(max = 200) String title,
            @Size(max = 100) String documentNumber,
            @NotBlank @Size(max = 2000) String description) {

        Application.RequestedInformation toInformation() {
            return new Application.RequestedInformation(
                    blankToNull(title), blankToNull(documentNumber), description.strip());
        }
    }

    /** 获取方式 */
    public record DeliveryForm(
            @NotNull Medium medium, @NotNull DeliveryChannel channel) {}

    /** Rules across fields: valid identity numbers for their document type, and contact details the delivery needs. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (applicant.idType() == IdDocumentType.RESIDENT_ID_CARD && !IdNumber.isValid(applicant.idNumber())) {
            problems.add(new FieldProblem("applicant.idNumber", "ValidIdNumber"));
        }
        if (applicant.kind().isOrganisation()) {
            if (isBlank(applicant.creditCode())) {
                problems.add(new FieldProblem("applicant.creditCode", "NotBlank"));
            } else if (!CreditCode.hasValidCheckCharacter(applicant.creditCode())) {
                problems.add(new FieldProblem("applicant.creditCode", "ValidCreditCode"));
            }
            if (isBlank(applicant.representative())) {
                problems.add(new FieldProblem("applicant.representative", "NotBlank"));
            }
        }
        AgentForm agent = applicant.agent();
        if (agent != null && agent.idType() == IdDocumentType.RESIDENT_ID_CARD && !IdNumber.isValid(agent.idNumber())) {
            problems.add(new FieldProblem("applicant.agent.idNumber", "ValidIdNumber"));
        }
        if (!delivery.channel().suits(delivery.medium())) {
            problems.add(new FieldProblem("delivery.channel", "disclosure.channel-unsuited"));
        }
        if (delivery.channel() == DeliveryChannel.EMAIL && isBlank(contact.email())) {
            problems.add(new FieldProblem("contact.email", "disclosure.email-needed"));
        }
        if (delivery.channel() == DeliveryChannel.POST) {
            if (isBlank(contact.postalAddress())) {
                problems.add(new FieldProblem("contact.postalAddress", "disclosure.address-needed"));
            }
            if (isBlank(contact.postalCode())) {
                problems.add(new FieldProblem("contact.postalCode", "disclosure.address-needed"));
            }
        }
        return problems;
    }

    /** The application as the domain holds it, blank optional fields dropped. */
    public Application toApplication() {
        AgentForm agent = applicant.agent();
        return new Application(
                new Application.Applicant(
                        applicant.kind(),
                        applicant.name().strip(),
                        blankToNull(applicant.creditCode()),
                        blankToNull(applicant.representative()),
                        applicant.idType(),
                        applicant.idNumber().strip(),
                        agent == null
                                ? null
                                : new Application.Agent(
                                        agent.name().strip(),
                                        agent.idType(),
                                        agent.idNumber().strip(),
                                        agent.powerOfAttorney())),
                new Application.Contact(
                        contact.phone().strip(),
                        blankToNull(contact.email()),
                        blankToNull(contact.postalAddress()),
                        blankToNull(contact.postalCode())),
                information.toInformation(),
                new Application.Delivery(delivery.medium(), delivery.channel()),
                attachments);
    }

    boolean filesAgain() {
        return Boolean.TRUE.equals(confirmedNotDuplicate);
    }

    boolean insists() {
        return Boolean.TRUE.equals(insistAsDisclosure);
    }

    /** The text a complaint check reads. */
    String textOfRequest() {
        return String.join("\n", nullToEmpty(information.title()), information.description());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
