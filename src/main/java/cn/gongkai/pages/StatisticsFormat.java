package cn.gongkai.pages;

import cn.gongkai.hotline.HotlineSettings;
import cn.gongkai.hotline.HotlineStatistics.Figures;
import jakarta.annotation.Nullable;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The hotline's figures as the front end's statistics panel writes them (statistics.ts): counts with the reader's
 * grouping, rates as percentages to one place (97.5%), months as 2026年1月 or Jan 2026, and each rate against the
 * target it is held to.
 */
final class StatisticsFormat {

    /** The three rates in the order the page shows them, each with the counts it is the quotient of. */
    enum Rate {
        onTimeAcceptanceRate,
        onTimeReplyRate,
        satisfactionRate;

        public @Nullable Double of(Figures figures) {
            return switch (this) {
                case onTimeAcceptanceRate -> figures.onTimeAcceptanceRate();
                case onTimeReplyRate -> figures.onTimeReplyRate();
                case satisfactionRate -> figures.satisfactionRate();
            };
        }

        public long part(Figures figures) {
            return switch (this) {
                case onTimeAcceptanceRate -> figures.acceptedOnTime();
                case onTimeReplyRate -> figures.repliedOnTime();
                case satisfactionRate -> figures.satisfied();
            };
        }

        public long whole(Figures figures) {
            return switch (this) {
                case onTimeAcceptanceRate -> figures.acceptanceDue();
                case onTimeReplyRate -> figures.repliesDue();
                case satisfactionRate -> figures.rated();
            };
        }

        public double target(HotlineSettings.Targets targets) {
            return switch (this) {
                case onTimeAcceptanceRate -> targets.onTimeAcceptanceRate();
                case onTimeReplyRate -> targets.onTimeReplyRate();
                case satisfactionRate -> targets.satisfactionRate();
            };
        }
    }

    private final boolean english;
    private final Locale locale;

    StatisticsFormat(Locale locale) {
        this.english = "en".equals(locale.getLanguage());
        this.locale = english ? Locale.UK : Locale.CHINA;
    }

    public List<Rate> rates() {
        return List.of(Rate.values());
    }

    public String count(long count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    /** A rate from 0 to 1 as a percentage to one place; none as an empty text. */
    public String rate(@Nullable Double rate) {
        if (rate == null) {
            return "";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(0);
        percent.setMaximumFractionDigits(1);
        return percent.format(rate);
    }

    /** Whether a rate meets its target; null when there was nothing to measure. */
    public @Nullable Boolean meets(@Nullable Double rate, double target) {
        // The statistics round to four places: 0.95 arrives as 0.95, never 0.9499999.
        return rate == null ? null : rate >= target;
    }

    public String month(YearMonth month) {
        return english
                ? DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK).format(month)
                : month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /** A matter's or a topic's share of all tickets. */
    public String share(long tickets, long total) {
        return rate(total > 0 ? (double) tickets / total : null);
    }
}
