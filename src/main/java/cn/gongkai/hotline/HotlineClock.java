package cn.gongkai.hotline;

import cn.gongkai.shared.WorkingDayCalendar;
import jakarta.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The time limits of a ticket (办理时限), worked out from its timeline, never stored: acceptance within
 * {@link HotlineTimeLimits#acceptanceWorkingDays()} working days of the dispatch, the reply within its type's limit,
 * lengthened by approved extensions and restarted in full when the ticket is reopened; an urgent ticket is accepted
 * and replied to within {@link HotlineTimeLimits#urgentHours()} hours by the clock, holidays or not.
 *
 * <p>Periods count from the day after the step, in Beijing, as statutory periods do ({@link
 * WorkingDayCalendar#plusWorkingDays}). A date counted on a year whose holiday arrangement is not entered yet is
 * provisional (预计), exactly as for disclosure requests.
 */
public final class HotlineClock {

    private final WorkingDayCalendar calendar;
    private final HotlineTimeLimits limits;

    public HotlineClock(WorkingDayCalendar calendar, HotlineTimeLimits limits) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public HotlineTimeLimits limits() {
        return limits;
    }

    /**
     * A time limit: the last day, and for an urgent ticket the exact instant ({@code at}); a working-day limit runs to
     * the end of its last day.
     */
    public record Due(LocalDate on, @Nullable Instant at) {

        public boolean isOverdue(Instant now) {
            return at != null ? now.isAfter(at) : HotlineTicket.dayOf(now).isAfter(on);
        }
    }

    /**
     * The time limits as they stand at a given instant.
     *
     * @param acceptance the lead department's time to accept the last dispatch; null before dispatch and while a
     *     return awaits review
     * @param reply the time to reply; null before dispatch and while a return awaits review
     * @param ratingDueOn the last day to rate the reply, while a reply awaits its rating
     * @param extensionWorkingDays the working days of extension in the reply limit
     * @param overdue whether the step the ticket waits for is late: acceptance or reply while dispatched, the reply
     *     while handled; never for a ticket awaiting the dispatcher, the person, or closed
     * @param atRisk not overdue yet, but due within {@link HotlineTimeLimits#atRiskWorkingDays()} working days (an
     *     urgent ticket: {@link HotlineTimeLimits#urgentAtRiskMinutes()} minutes)
     * @param provisionalYear the first year not entered in the calendar, when a working-day limit here falls in it or
     *     later: those dates are provisional (预计) until the year is entered; null when every date is final
     */
    public record Deadlines(
            @Nullable Due acceptance,
            @Nullable Due reply,
            @Nullable LocalDate ratingDueOn,
            int extensionWorkingDays,
            boolean overdue,
            boolean atRisk,
            @Nullable Integer provisionalYear) {

        /** Whether {@code day}, one of these dates, is provisional. */
        public boolean isProvisional(LocalDate day) {
            return day != null && provisionalYear != null && day.getYear() >= provisionalYear;
        }
    }

    /** What the ticket waits for, as far as time limits go. */
    private enum Waiting {
        DISPATCH,
        ACCEPTANCE,
        REPLY,
        RATING,
        NOTHING
    }

    /** The time limits of a ticket of {@code type} with this timeline, at {@code now}. */
    public Deadlines deadlines(HotlineType type, List<HotlineEvent> timeline, Instant now) {
        Waiting waiting = Waiting.DISPATCH;
        HotlineEvent dispatched = null;
        HotlineEvent started = null;
        LocalDate repliedOn = null;
        boolean urgent = false;
        int extension = 0;
        for (HotlineEvent event : timeline) {
            switch (event.type()) {
                case DISPATCHED, REDISPATCHED -> {
                    waiting = Waiting.ACCEPTANCE;
                    dispatched = event;
                    // The reply is due counting from the dispatch, not the acceptance: the limits are the centre's
                    // promise to the person, and a department that is slow to accept must not move them.
                    started = event;
                    urgent = "true".equals(event.detail("urgent"));
                    extension = 0;
                }
                case RETURNED -> waiting = Waiting.DISPATCH;
                case ACCEPTED -> waiting = Waiting.REPLY;
                case EXTENSION_APPROVED -> extension += event.intDetail("workingDays");
                case REPLIED -> {
                    waiting = Waiting.RATING;
                    repliedOn = event.occurredOn();
                }
                case RATED -> {
                    if ("true".equals(event.detail("reopened"))) {
                        // 重办: the department has the type's whole limit again, from the day it is reopened.
                        waiting = Waiting.REPLY;
                        started = event;
                        extension = 0;
                    } else {
                        waiting = Waiting.NOTHING;
                    }
                }
                case CLOSED_UNRATED, MERGED, ANSWERED_BY_KNOWLEDGE_BASE -> waiting = Waiting.NOTHING;
                default -> {
                    // Receipt and requests or refusals of extensions do not move the limits.
                }
            }
        }
        if (waiting == Waiting.DISPATCH || dispatched == null) {
            return new Deadlines(null, null, null, 0, false, false, null);
        }
        Due acceptance = urgent
                ? urgentDue(dispatched)
                : new Due(calendar.plusWorkingDays(dispatched.occurredOn(), limits.acceptanceWorkingDays()), null);
        Due reply = urgent
                ? urgentDue(started)
                : new Due(calendar.plusWorkingDays(started.occurredOn(), limits.replyLimit(type) + extension), null);
        LocalDate ratingDueOn = waiting == Waiting.RATING ? repliedOn.plusDays(limits.ratingDays()) : null;
        List<Due> running = switch (waiting) {
            case ACCEPTANCE -> List.of(acceptance, reply);
            case REPLY -> List.of(reply);
            default -> List.of();
        };
        boolean overdue = running.stream().anyMatch(due -> due.isOverdue(now));
        boolean atRisk = !overdue && running.stream().anyMatch(due -> isAtRisk(due, now));
        Integer provisionalYear = urgent ? null : provisionalYear(acceptance.on(), reply.on());
        return new Deadlines(acceptance, reply, ratingDueOn, extension, overdue, atRisk, provisionalYear);
    }

    /** The last day the lead department may return the ticket (退单): counted from the day of the last dispatch. */
    public LocalDate returnDueOn(List<HotlineEvent> timeline) {
        HotlineEvent dispatched = last(timeline, HotlineEventType.DISPATCHED, HotlineEventType.REDISPATCHED);
        return calendar.plusWorkingDays(dispatched.occurredOn(), limits.returnWorkingDays());
    }

    /** The last day the person may rate the reply: calendar days, since the person's days are not working days. */
    public LocalDate ratingDueOn(List<HotlineEvent> timeline) {
        return last(timeline, HotlineEventType.REPLIED).occurredOn().plusDays(limits.ratingDays());
    }

    private Due urgentDue(HotlineEvent from) {
        Instant at = from.occurredAt().plus(Duration.ofHours(limits.urgentHours()));
        return new Due(HotlineTicket.dayOf(at), at);
    }

    private boolean isAtRisk(Due due, Instant now) {
        if (due.at() != null) {
            return !now.isBefore(due.at().minus(Duration.ofMinutes(limits.urgentAtRiskMinutes())));
        }
        return calendar.workingDaysBetween(HotlineTicket.dayOf(now), due.on()) <= limits.atRiskWorkingDays();
    }

    /** The calendar's first estimated year when any of {@code dates} falls in it or later, else null. */
    private Integer provisionalYear(LocalDate... dates) {
        for (LocalDate date : dates) {
            if (calendar.isProvisional(date)) {
                return calendar.firstProvisionalYear();
            }
        }
        return null;
    }

    private static HotlineEvent last(List<HotlineEvent> timeline, HotlineEventType... types) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            HotlineEvent event = timeline.get(i);
            for (HotlineEventType type : types) {
                if (event.type() == type) {
                    return event;
                }
            }
        }
        throw new IllegalStateException("The timeline has no " + List.of(types) + " event");
    }
}
