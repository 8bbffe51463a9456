package cn.gongkai.shared;

import java.io.Serial;

/**
 * The working-day calendar has no holiday arrangement (节假日安排) for a year it was asked about.
 *
 * <p>Deadlines are legal facts, so the calendar refuses to guess; the fix is to load that year's State
 * Council notice.
 */
public class CalendarYearMissingException extends IllegalStateException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int year;

    public CalendarYearMissingException(int year) {
        super("The working-day calendar has no data for " + year + ": load the State Council's holiday notice for "
                + year + " before computing dates in it");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
