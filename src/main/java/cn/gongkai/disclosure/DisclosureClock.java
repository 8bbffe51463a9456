package cn.gongkai.disclosure;

import cn.gongkai.shared.CalendarYearMissingException;
import cn.gongkai.shared.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The statutory clock of a request (答复期限), worked out from its timeline, never stored: 20 working days
 * from the day after receipt (Art. 33), restarted by a correction (Art. 30), paused while a third party or
 * another agency is consulted (Arts. 32, 34) or a fee is unpaid (Art. 42), lengthened by an approved
 * extension (Art. 33).
 *
 * <p>A pause covers the working days after the day it began up to and including the day it ended: the day a
 * consultation letter goes out still counts, the day the opinion arrives does not. A consulted party that
 * stays silent ends the pause after its 15 working days, however late the officer records the silence.
 */
public final class DisclosureClock {

    /** Art. 33: the reply period. */
    public static final int REPLY_PERIOD = 20;
    /** Art. 30: a correction notice goes out within this many working days of receipt. */
    public static final int CORRECTION_NOTICE_PERIOD = 7;
    /** Art. 32: the time a consulted party has to give its opinion. */
    public static final int CONSULTATION_PERIOD = 15;
    /** Art. 33: the longest extension. */
    public static final int MAX_EXTENSION = 20;

    private DisclosureClock() {}

    /** What a pause was for. */
    public enum PauseReason {
        /** 征求第三方或其他机关意见 */
        CONSULTATION,
        /** 待缴纳信息处理费 */
        FEE
    }

    /** One line of the explanation of the deadline, in the order it happened. */
    public sealed interface Step {}

    /** Received on {@code on}; when confirmed on a non-working day, {@code confirmedOn} is that day. */
    public record Received(LocalDate on, LocalDate confirmedOn) implements Step {}

    /** A correction notice stopped the clock; the applicant had until {@code dueOn}. */
    public record CorrectionAsked(LocalDate on, LocalDate dueOn) implements Step {}

    /** The corrected application arrived: the reply period runs again in full from here. */
    public record Restarted(LocalDate on) implements Step {}

    /** Days not counted; {@code to} is null while the pause lasts and {@code workingDays} counts up to today. */
    public record Paused(PauseReason reason, LocalDate from, LocalDate to, int workingDays) implements Step {}

    /** An extension approved by the head of the OGI office. */
    public record Extended(LocalDate approvedOn, int workingDays) implements Step {}

    /**
     * The deadline as it stands.
     *
     * @param dueOn the last day to reply; while paused, the day it would be if the pause ended today; null
     *     while the clock waits for a correction
     * @param firstDueOn the deadline without the extension: an extension must be approved and told by then
     * @param correctionNoticeDueOn the last day a correction may be asked for
     * @param correctionDueOn the applicant's last day to correct, while a correction is awaited
     * @param provisionalYear the first year whose holiday arrangement is not entered yet, when any date here falls
     *     in it: those dates are provisional (预计), estimated from the statutory holidays, and become final when the
     *     year is entered; null when every date is final
     * @param unknownYear a year before the calendar's first, needed but never estimated: then every date but the
     *     receipt is null
     */
    public record Deadline(
            LocalDate receivedOn,
            LocalDate clockStartedOn,
            LocalDate dueOn,
            LocalDate firstDueOn,
            LocalDate correctionNoticeDueOn,
            LocalDate correctionDueOn,
            boolean paused,
            List<Step> steps,
            Integer provisionalYear,
            Integer unknownYear) {

        public Deadline {
            steps = List.copyOf(steps);
        }

        /** Whether {@code day}, one of these dates, is provisional. */
        public boolean isProvisional(LocalDate day) {
            return day != null && provisionalYear != null && day.getYear() >= provisionalYear;
        }

        public boolean isRunning() {
            return dueOn != null && !paused;
        }

        /** Working days left after {@code today} up to the deadline: 0 on the last day, negative once overdue. */
        public int workingDaysLeft(WorkingDayCalendar calendar, LocalDate today) {
            return calendar.workingDaysBetween(today, dueOn);
        }

        public boolean isOverdue(LocalDate today) {
            return dueOn != null && today.isAfter(dueOn);
        }
    }

    /**
     * The deadline for showing: for a request received before the first year the calendar holds, a deadline that
     * says so instead of an error, so the request can still be read.
     */
    public static Deadline deadlineOrUnknown(
            WorkingDayCalendar calendar, List<DisclosureEvent> timeline, LocalDate today) {
        try {
            return deadline(calendar, timeline, today);
        } catch (CalendarYearMissingException missing) {
            LocalDate receivedOn = timeline.get(0).occurredOn();
            return new Deadline(
                    receivedOn,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    List.of(new Received(receivedOn, timeline.get(0).dateDetail("confirmedOn"))),
                    null,
                    missing.year());
        }
    }

    /** Art. 30: the last day to ask for a correction of an application received on {@code receivedOn}. */
    public static LocalDate correctionNoticeDueOn(WorkingDayCalendar calendar, LocalDate receivedOn) {
        return calendar.plusWorkingDays(receivedOn, CORRECTION_NOTICE_PERIOD);
    }

    /**
     * The deadline of a request with this timeline, as of {@code today}.
     *
     * @throws CalendarYearMissingException when the request was received before the first year the calendar holds
     */
    public static Deadline deadline(WorkingDayCalendar calendar, List<DisclosureEvent> timeline, LocalDate today) {
        List<Step> steps = new ArrayList<>();
        LocalDate receivedOn = null;
        LocalDate start = null;
        LocalDate correctionDueOn = null;
        LocalDate pauseFrom = null;
        PauseReason pauseReason = null;
        int pausedDays = 0;
        int extension = 0;
        for (DisclosureEvent event : timeline) {
            LocalDate on = event.occurredOn();
            switch (event.type()) {
                case RECEIVED -> {
                    receivedOn = on;
                    start = on;
                    steps.add(new Received(on, event.dateDetail("confirmedOn")));
                }
                case CORRECTION_REQUESTED -> {
                    correctionDueOn = event.dateDetail("dueOn");
                    steps.add(new CorrectionAsked(on, correctionDueOn));
                }
                case CORRECTION_RECEIVED -> {
                    correctionDueOn = null;
                    start = on;
                    pausedDays = 0;
                    extension = 0;
                    steps.add(new Restarted(on));
                }
                case CONSULTATION_SENT, FEE_NOTIFIED -> {
                    pauseFrom = on;
                    pauseReason = event.type() == DisclosureEventType.FEE_NOTIFIED
                            ? PauseReason.FEE
                            : PauseReason.CONSULTATION;
                }
                case OPINION_RECEIVED, FEE_PAID, FEE_UNPAID, REPLIED, WITHDRAWN, LAPSED -> {
                    if (pauseFrom != null) {
                        LocalDate to = on;
                        if (event.type() == DisclosureEventType.OPINION_RECEIVED
                                && "true".equals(event.detail("silent"))) {
                            LocalDate lastDay = calendar.plusWorkingDays(pauseFrom, CONSULTATION_PERIOD);
                            to = to.isAfter(lastDay) ? lastDay : to;
                        }
                        int days = calendar.workingDaysBetween(pauseFrom, to);
                        pausedDays += days;
                        steps.add(new Paused(pauseReason, pauseFrom, to, days));
                        pauseFrom = null;
                    }
                }
                case EXTENSION_APPROVED -> {
                    int days = event.intDetail("workingDays");
                    extension += days;
                    steps.add(new Extended(on, days));
                }
                default -> {
                    // Acceptance, assignment and internal requests do not move the clock.
                }
            }
        }
        if (receivedOn == null) {
            throw new IllegalArgumentException("A timeline starts with the receipt of the application");
        }
        boolean paused = pauseFrom != null;
        if (paused) {
            LocalDate to = today.isAfter(pauseFrom) ? today : pauseFrom;
            int days = calendar.workingDaysBetween(pauseFrom, to);
            pausedDays += days;
            steps.add(new Paused(pauseReason, pauseFrom, null, days));
        }
        LocalDate correctionNoticeDueOn = correctionNoticeDueOn(calendar, receivedOn);
        if (correctionDueOn != null) {
            return new Deadline(
                    receivedOn,
                    start,
                    null,
                    null,
                    correctionNoticeDueOn,
                    correctionDueOn,
                    false,
                    steps,
                    provisionalYear(calendar, correctionNoticeDueOn),
                    null);
        }
        LocalDate firstDueOn = calendar.plusWorkingDays(start, REPLY_PERIOD + pausedDays);
        LocalDate dueOn = calendar.plusWorkingDays(start, REPLY_PERIOD + pausedDays + extension);
        return new Deadline(
                receivedOn,
                start,
                dueOn,
                firstDueOn,
                correctionNoticeDueOn,
                null,
                paused,
                steps,
                provisionalYear(calendar, correctionNoticeDueOn, dueOn),
                null);
    }

    /** The calendar's first estimated year when any of {@code dates} falls in it or later, else null. */
    private static Integer provisionalYear(WorkingDayCalendar calendar, LocalDate... dates) {
        for (LocalDate date : dates) {
            if (calendar.isProvisional(date)) {
                return calendar.firstProvisionalYear();
            }
        }
        return null;
    }
}
