package cn.gongkai.disclosure.web;

import cn.gongkai.disclosure.DisclosureClock;
import cn.gongkai.disclosure.DisclosureClock.CorrectionAsked;
import cn.gongkai.disclosure.DisclosureClock.Extended;
import cn.gongkai.disclosure.DisclosureClock.Paused;
import cn.gongkai.disclosure.DisclosureClock.Received;
import cn.gongkai.disclosure.DisclosureClock.Restarted;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Says in words how a deadline was worked out (期限计算说明), in the reader's language. */
@Component
class DeadlineWords {

    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final MessageSource messages;

    DeadlineWords(MessageSource messages) {
        this.messages = messages;
    }

    List<String> explain(DisclosureClock.Deadline deadline, Locale locale) {
        List<String> words = new ArrayList<>();
        for (DisclosureClock.Step step : deadline.steps()) {
            words.add(sentence(step, locale));
        }
        if (deadline.unknownYear() != null) {
            words.add(text(locale, "calendar-missing", Integer.toString(deadline.unknownYear())));
        } else if (deadline.dueOn() != null) {
            words.add(text(locale, deadline.paused() ? "due-if-resumed" : "due", date(deadline.dueOn(), locale)));
        }
        if (deadline.provisionalYear() != null) {
            words.add(provisional(deadline.provisionalYear(), locale));
        }
        return words;
    }

    /** The one line that says why a date is marked 预计 (provisional). */
    String provisional(int year, Locale locale) {
        return text(locale, "provisional", Integer.toString(year));
    }

    private String sentence(DisclosureClock.Step step, Locale locale) {
        if (step instanceof Received received) {
            return received.confirmedOn() == null
                    ? text(locale, "received", date(received.on(), locale))
                    : text(
                            locale,
                            "received-confirmed",
                            date(received.on(), locale),
                            date(received.confirmedOn(), locale));
        }
        if (step instanceof CorrectionAsked asked) {
            return text(locale, "correction-asked", date(asked.on(), locale), date(asked.dueOn(), locale));
        }
        if (step instanceof Restarted restarted) {
            return text(locale, "restarted", date(restarted.on(), locale));
        }
        if (step instanceof Paused paused) {
            return paused.to() == null
                    ? text(
                            locale,
                            "paused-" + reason(paused) + "-ongoing",
                            date(paused.from(), locale),
                            paused.workingDays())
                    : text(
                            locale,
                            "paused-" + reason(paused),
                            date(paused.from(), locale),
                            date(paused.to(), locale),
                            paused.workingDays());
        }
        Extended extended = (Extended) step;
        return text(locale, "extended", date(extended.approvedOn(), locale), extended.workingDays());
    }

    String date(LocalDate day, Locale locale) {
        return day.format(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE);
    }

    private static String reason(Paused paused) {
        return paused.reason() == DisclosureClock.PauseReason.FEE ? "fee" : "consultation";
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage("disclosure.clock." + key, arguments, locale);
    }
}
