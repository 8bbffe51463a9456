package cn.gongkai.platform.reminders;

import java.time.LocalDate;
import reactor.core.publisher.Flux;

/**
 * A module's part of the daily reminders (到期提醒): it brings its records up to date for {@code today} and answers
 * the lines each of its staff is to be reminded of, every one of them, whether or not a run before answered them
 * too; {@link DailyReminders} sends each person one message a day with the lines of every module.
 */
public interface DailyReminderSource {

    Flux<DailyReminder> remindOn(LocalDate today);
}
