package cn.gongkai.calendar;

/**
 * A year's holiday arrangement (节假日安排) was entered: dates counted on its estimate are now final and modules
 * that keep deadlines record so.
 */
public record CalendarYearEntered(int year) {}
