package cn.gongkai.disclosure.web;

import cn.gongkai.disclosure.ApplicantKind;
import cn.gongkai.disclosure.DisclosureClock;
import cn.gongkai.disclosure.DisclosureRequest;
import cn.gongkai.disclosure.DisclosureRequests.Viewed;
import cn.gongkai.disclosure.DisclosureState;
import cn.gongkai.shared.Masking;
import jakarta.annotation.Nullable;
import java.time.LocalDate;

/** One line of an agency's queue (待办列表): identity and phone numbers masked. */
public record QueueItem(
        String number,
        LocalDate receivedOn,
        DisclosureState state,
        ApplicantKind applicantKind,
        @Nullable String applicantName,
        @Nullable String idNumber,
        String phone,
        @Nullable String title,
        @Nullable LocalDate dueOn,
        @Nullable Integer workingDaysLeft,
        boolean overdue,
        boolean dueOnProvisional,
        boolean atRisk,
        boolean paused,
        @Nullable LocalDate correctionDueOn,
        @Nullable String assignee,
        boolean extensionPending) {

    private static final Masking MASKING = Masking.defaults();

    static QueueItem of(Viewed viewed, int atRiskDays) {
        DisclosureRequest request = viewed.request();
        DisclosureClock.Deadline deadline = viewed.deadline();
        boolean open = !request.state().isFinal();
        Integer left =
                open && deadline.dueOn() != null ? deadline.workingDaysLeft(viewed.calendar(), viewed.today()) : null;
        var information = request.information();
        String title = information.title() != null ? information.title() : abbreviate(information.description());
        var applicant = request.application().applicant();
        return new QueueItem(
                request.number(),
                request.receivedOn(),
                request.state(),
                applicant.kind(),
                applicant.name(),
                MASKING.maskIdNumber(applicant.idNumber()),
                MASKING.maskPhone(request.application().contact().phone()),
                title,
                deadline.dueOn(),
                left,
                left != null && left < 0,
                deadline.isProvisional(deadline.dueOn()),
                left != null && left >= 0 && left <= atRiskDays,
                deadline.paused(),
                deadline.correctionDueOn(),
                request.assignee(),
                request.extensionPending());
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
