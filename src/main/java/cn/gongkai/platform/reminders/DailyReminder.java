package cn.gongkai.platform.reminders;

/**
 * One line of a person's daily reminder (每日到期提醒): to whom, under which heading (a module's kind of case and the
 * agency), and the line itself (the case's number, its due date and how late or near it is).
 */
public record DailyReminder(String email, String heading, String line) {}
