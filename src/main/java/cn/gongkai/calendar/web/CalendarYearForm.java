package cn.gongkai.calendar.web;

import cn.gongkai.shared.CalendarYear;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A year's holiday arrangement as published by the State Council (节假日安排). */
record CalendarYearForm(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Size(max = 300) String source,
        @NotEmpty @Size(max = 80) List<@Valid @NotNull Day> days) {

    enum Kind {
        HOLIDAY,
        WORKING_WEEKEND
    }

    record Day(
            @NotNull LocalDate date,
            @NotNull Kind kind,
            @NotBlank @Size(max = 40) String name) {}

    CalendarYear toCalendarYear() {
        return CalendarController.checked(this);
    }
}
