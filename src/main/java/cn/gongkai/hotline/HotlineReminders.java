package cn.gongkai.hotline;

import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.hotline.internal.HotlineTicketStore;
import cn.gongkai.platform.TimeConfiguration;
import cn.gongkai.platform.reminders.DailyReminder;
import cn.gongkai.platform.reminders.DailyReminderSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The hotline's part of the daily reminders (督办提醒): open tickets overdue or at risk are flagged for supervision
 * (督办) and listed for the centre's dispatchers, all of the centre's, and for the lead department's handlers, their
 * own; found by SQL over the deadlines stored with each ticket, as they stand at the morning's run.
 */
@Component
class HotlineReminders implements DailyReminderSource {

    private final HotlineTicketStore store;
    private final WorkingDays workingDays;
    private final HotlineSettings settings;
    private final Clock clock;

    HotlineReminders(HotlineTicketStore store, WorkingDays workingDays, HotlineSettings settings, Clock clock) {
        this.store = store;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Flux<DailyReminder> remindOn(LocalDate today) {
        Instant now = Instant.now(clock);
        if (!LocalDate.ofInstant(now, TimeConfiguration.CHINA).equals(today)) {
            now = today.atTime(LocalTime.of(8, 30))
                    .atZone(TimeConfiguration.CHINA)
                    .toInstant();
        }
        Instant asOf = now;
        HotlineTimeLimits limits = settings.limits();
        return workingDays.calendar().flatMapMany(calendar -> {
            var query = new HotlineQueue.Query(
                    List.of(),
                    List.of(),
                    null,
                    null,
                    false,
                    false,
                    null,
                    null,
                    asOf,
                    today,
                    calendar.plusWorkingDays(today, limits.atRiskWorkingDays() + 1),
                    asOf.plus(Duration.ofMinutes(limits.urgentAtRiskMinutes())),
                    0,
                    0);
            return store.dueForReminders(query)
                    .map(due -> new DailyReminder(
                            due.email(),
                            "12345热线督办工单",
                            due.number() + "　" + due.title() + "　"
                                    + (due.department() == null ? "" : due.department() + "　") + "办理期限 " + due.dueOn()
                                    + "　" + (due.overdue() ? "已逾期，督办" : "即将到期，督办")
                                    + (due.supervised() ? "（重办）" : "")));
        });
    }
}
