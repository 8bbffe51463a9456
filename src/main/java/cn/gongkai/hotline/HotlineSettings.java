package cn.gongkai.hotline;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the 12345 hotline (热线设置).
 *
 * @param centreCode the agency code of the government whose hotline centre (12345 热线工作机构) this portal serves:
 *     on-line tickets are taken in by it, its dispatchers dispatch them, and its districts and counties are the
 *     places a ticket can be about
 * @param timeLimits the time limits, DOMAIN.md §3's defaults unless set ({@code gongkai.hotline.time-limits.*})
 * @param repeatWindowDays a person raising a ticket of the same type and matter with the same description as one they
 *     raised within this many days (or one still open) is warned first and must confirm
 * @param targets the rates the centre is held to, which its statistics are shown against
 *     ({@code gongkai.hotline.targets.*})
 * @param publicStatisticsFreshness how long an instance answers the public statistics of a period and department from
 *     what it computed, instead of asking the database again: a year's statistics take the database about half a
 *     second over a city's 100,000 tickets, and every reader of a busy statistics page would otherwise ask again
 */
@ConfigurationProperties("gongkai.hotline")
public record HotlineSettings(
        @DefaultValue("340600") String centreCode,
        @DefaultValue TimeLimits timeLimits,
        @DefaultValue("30") int repeatWindowDays,
        @DefaultValue Targets targets,
        @DefaultValue("30s") Duration publicStatisticsFreshness) {

    /**
     * 考核目标: the share of acceptances and of replies on time and the satisfaction the centre is to reach, each 0..1;
     * by default those of the local plans (every ticket on time, 满意率 at least 95 %, DOMAIN.md §3).
     */
    public record Targets(
            @DefaultValue("1") double onTimeAcceptanceRate,
            @DefaultValue("1") double onTimeReplyRate,
            @DefaultValue("0.95") double satisfactionRate) {

        public Targets {
            for (double target : new double[] {onTimeAcceptanceRate, onTimeReplyRate, satisfactionRate}) {
                if (!(target > 0 && target <= 1)) {
                    throw new IllegalArgumentException("a hotline target is a share above 0 and at most 1: " + target);
                }
            }
        }
    }

    /** {@link HotlineTimeLimits} as bound from configuration; a value left out keeps its default. */
    public record TimeLimits(
            Map<HotlineType, Integer> replyWorkingDays,
            @DefaultValue("1") int acceptanceWorkingDays,
            @DefaultValue("1") int returnWorkingDays,
            @DefaultValue("2") int urgentHours,
            @DefaultValue("7") int ratingDays,
            @DefaultValue("1") int atRiskWorkingDays,
            @DefaultValue("30") int urgentAtRiskMinutes) {

        public HotlineTimeLimits toLimits() {
            return new HotlineTimeLimits(
                    replyWorkingDays,
                    acceptanceWorkingDays,
                    returnWorkingDays,
                    urgentHours,
                    ratingDays,
                    atRiskWorkingDays,
                    urgentAtRiskMinutes);
        }
    }

    public HotlineTimeLimits limits() {
        return timeLimits.toLimits();
    }
}
