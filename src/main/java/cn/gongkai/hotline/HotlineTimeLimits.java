package cn.gongkai.hotline;

import java.util.EnumMap;
import java.util.Map;

/**
 * The time limits of the hotline (办理时限). No national numbers exist, so each is configurable; the defaults are
 * those of DOMAIN.md §3. Bound from {@code gongkai.hotline.time-limits.*} ({@link HotlineSettings}).
 *
 * @param replyWorkingDays working days to reply, per type; a type left out keeps its default
 * @param acceptanceWorkingDays working days the lead department has to accept (签收) a dispatched ticket
 * @param returnWorkingDays working days after dispatch within which a department may return (退单) a ticket
 * @param urgentHours hours, by the clock, within which an urgent ticket is accepted and replied to
 * @param ratingDays days (calendar days) after the reply the person has to rate it before it closes unrated
 * @param atRiskWorkingDays a ticket due within this many working days is flagged at risk
 * @param urgentAtRiskMinutes an urgent ticket due within this many minutes is flagged at risk
 */
public record HotlineTimeLimits(
        Map<HotlineType, Integer> replyWorkingDays,
        int acceptanceWorkingDays,
        int returnWorkingDays,
        int urgentHours,
        int ratingDays,
        int atRiskWorkingDays,
        int urgentAtRiskMinutes) {

    public HotlineTimeLimits {
        Map<HotlineType, Integer> complete = new EnumMap<>(HotlineType.class);
        for (HotlineType type : HotlineType.values()) {
            Integer days = replyWorkingDays == null ? null : replyWorkingDays.get(type);
            complete.put(type, days == null ? type.defaultReplyWorkingDays() : days);
        }
        complete.forEach((type, days) -> requirePositive("replyWorkingDays." + type.name(), days));
        replyWorkingDays = Map.copyOf(complete);
        requirePositive("acceptanceWorkingDays", acceptanceWorkingDays);
        requirePositive("returnWorkingDays", returnWorkingDays);
        requirePositive("urgentHours", urgentHours);
        requirePositive("ratingDays", ratingDays);
        requireNotNegative("atRiskWorkingDays", atRiskWorkingDays);
        requireNotNegative("urgentAtRiskMinutes", urgentAtRiskMinutes);
    }

    /** DOMAIN.md §3: accept in 1 working day; reply by type; urgent in 2 hours; return in 1 working day; rate in 7 days. */
    public static HotlineTimeLimits defaults() {
        return new HotlineTimeLimits(Map.of(), 1, 1, 2, 7, 1, 30);
    }

    /** Working days to reply to a ticket of {@code type}. */
    public int replyLimit(HotlineType type) {
        return replyWorkingDays.get(type);
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("gongkai.hotline.time-limits." + name + " must be 1 or more: " + value);
        }
    }

    private static void requireNotNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("gongkai.hotline.time-limits." + name + " must be 0 or more: " + value);
        }
    }
}
