package cn.gongkai.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days as the front end writes them on the pages the server renders: 2020年3月30日, 30 March 2020 (Beijing time). */
public final class PortalDates {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CHINESE =
            DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(CHINA);
    private static final DateTimeFormatter ENGLISH =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(CHINA);

    private final DateTimeFormatter format;

    public PortalDates(PortalPreferences preferences) {
        this.format = preferences.english() ? ENGLISH : CHINESE;
    }

    public String format(Instant instant) {
        return format.format(instant);
    }

    public String day(LocalDate day) {
        return format.format(day);
    }
}
