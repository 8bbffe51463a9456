/**
 * Working-day calendar (工作日历): the official holiday arrangement of each year, kept in the
 * database, and the deadline arithmetic every module counts its statutory periods with.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Working-day calendar",
        allowedDependencies = {"platform", "shared", "audit"})
package cn.gongkai.calendar;
