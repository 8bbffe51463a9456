package cn.gongkai.shared;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The public holidays fixed by law (法定节假日) of 《全国年节及纪念日放假办法》 as revised by 国务院令第770号 (in force
 * 1 January 2025): what a year's calendar is estimated from until the State Council's arrangement for it
 * (节假日安排) is entered, so that a date in that year can be given as provisional (预计) instead of not at all.
 *
 * <p>Art. 2: 元旦 1 January; 春节 4 days (除夕 and 正月初一 to 初三); 清明 the day of the solar term; 劳动节 1 and 2 May;
 * 端午 the fifth of the fifth lunar month; 中秋 the fifteenth of the eighth; 国庆 1 to 3 October. Art. 6: a holiday
 * falling on a Saturday or Sunday is made up on the next working day (补假). The weekends worked in exchange for
 * longer breaks (调休上班) exist only in the State Council's notice, so an estimate has none. Lunar dates and solar
 * terms come from the lunar library, not from a table of our own.
 */
public final class StatutoryHolidays {

    private static final String NEW_YEAR = "元旦";
    private static final String SPRING_FESTIVAL = "春节";
    private static final String QINGMING = "清明节";
    private static final String LABOUR_DAY = "劳动节";
    private static final String DRAGON_BOAT = "端午节";
    private static final String MID_AUTUMN = "中秋节";
    private static final String NATIONAL_DAY = "国庆节";
    private static final String MADE_UP = "（补假）";

    private StatutoryHolidays() {}

    /** The estimated calendar of {@code year}: the statutory holidays, their make-up days and no working weekend. */
    public static CalendarYear estimate(int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        add(holidays, LocalDate.of(year, Month.JANUARY, 1), NEW_YEAR);
        LocalDate springFestival = toLocalDate(Lunar.fromYmd(year, 1, 1).getSolar());
        for (int day = -1; day <= 2; day++) {
            add(holidays, springFestival.plusDays(day), SPRING_FESTIVAL);
        }
        add(holidays, qingming(year), QINGMING);
        add(holidays, LocalDate.of(year, Month.MAY, 1), LABOUR_DAY);
        add(holidays, LocalDate.of(year, Month.MAY, 2), LABOUR_DAY);
        add(holidays, toLocalDate(Lunar.fromYmd(year, 5, 5).getSolar()), DRAGON_BOAT);
        for (int day = 1; day <= 3; day++) {
            add(holidays, LocalDate.of(year, Month.OCTOBER, day), NATIONAL_DAY);
        }
        add(holidays, toLocalDate(Lunar.fromYmd(year, 8, 15).getSolar()), MID_AUTUMN);
        Map<LocalDate, String> madeUp = new TreeMap<>();
        for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
            if (isWeekend(holiday.getKey())) {
                LocalDate day = holiday.getKey().plusDays(1);
                while (isWeekend(day) || holidays.containsKey(day) || madeUp.containsKey(day)) {
                    day = day.plusDays(1);
                }
                // A make-up day of 31 December's week would fall in the next year: the estimate keeps to its year.
                if (day.getYear() == year) {
                    madeUp.put(day, holiday.getValue() + MADE_UP);
                }
            }
        }
        holidays.putAll(madeUp);
        return new CalendarYear(year, holidays, Set.of());
    }

    /** 清明: the day the sun reaches 15° of ecliptic longitude, always between 3 and 6 April. */
    private static LocalDate qingming(int year) {
        for (int day = 3; day <= 6; day++) {
            if ("清明".equals(Solar.fromYmd(year, 4, day).getLunar().getJieQi())) {
                return LocalDate.of(year, Month.APRIL, day);
            }
        }
        throw new IllegalStateException("No 清明 found in April " + year);
    }

    /** Two holidays on one day (中秋 in the first days of October) give one day off, named after both. */
    private static void add(Map<LocalDate, String> holidays, LocalDate day, String name) {
        holidays.merge(day, name, (earlier, later) -> earlier.equals(later) ? earlier : earlier + "、" + later);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate toLocalDate(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
