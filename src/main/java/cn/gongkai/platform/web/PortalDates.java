package cn.gongkai.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Days (and moments) as the front end writes them on the pages the server renders: 2020年3月30日, 30 March 2020
 * (Beijing time).
 */
public final class PortalDates {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CHINESE =
            DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(CHINA);
    private static final DateTimeFormatter ENGLISH =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(CHINA);

    private static final DateTimeFormatter CHINESE_TIME =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(CHINA);
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy 'at' HH:mm", Locale.ENGLISH)
            .withZone(CHINA);

    private final DateTimeFormatter format;
    private final DateTimeFormatter withTime;

    public PortalDates(PortalPreferences preferences) {
        this.format = preferences.english() ? ENGLISH : CHINESE;
        this.withTime = preferences.english() ? ENGLISH_TIME : CHINESE_TIME;
    }

    /** A moment to the minute: 2026年12月3日 14:05, 3 December 2026 at 14:05. */
    public String minute(Instant instant) {
        return withTime.format(instant);
    }

    public String format(Instant instant) {
        return format.format(instant);
    }

    public String day(LocalDate day) {
        return format.format(day);
    }
}
