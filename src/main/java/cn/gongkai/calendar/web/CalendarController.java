package cn.gongkai.calendar.web;

import cn.gongkai.calendar.CalendarAdministration;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.platform.web.PublicCaching;
import cn.gongkai.shared.CalendarYear;
import cn.gongkai.shared.WorkingDayCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The public deadline calculator (工作日计算器) and the administrator's calendar entry. */
@RestController
@Tag(name = "calendar", description = "工作日历 Working-day calendar")
class CalendarController {

    private static final CacheControl PUBLIC = PublicCaching.keptFor(Duration.ofMinutes(10));

    private final WorkingDays workingDays;
    private final CalendarAdministration administration;

    CalendarController(WorkingDays workingDays, CalendarAdministration administration) {
        this.workingDays = workingDays;
        this.administration = administration;
    }

    /** @param provisional counted on a year not entered yet: estimated from the statutory holidays (预计) */
    record DeadlineResponse(LocalDate from, int add, LocalDate date, boolean fromIsWorkingDay, boolean provisional) {}

    /** @param provisional counted on a year not entered yet: estimated from the statutory holidays (预计) */
    record SpanResponse(LocalDate from, LocalDate to, int workingDays, boolean provisional) {}

    /** One operation in the document, as clients call it: the two questions are told apart by their parameter. */
    @GetMapping(
            path = "/api/calendar/working-days",
            params = {"add", "!to"})
    @Operation(
            summary = "Give exactly one of add and to: the add-th working day after from (periods count from the "
                    + "next day), or how many working days lie in (from, to]",
            parameters =
                    @Parameter(
                            name = "to",
                            in = ParameterIn.QUERY,
                            required = false,
                            description = "The last day of the span; not with add",
                            schema = @Schema(type = "string", format = "date")),
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "DeadlineResponse for add, SpanResponse for to",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(oneOf = {DeadlineResponse.class, SpanResponse.class}))),
                @ApiResponse(
                        responseCode = "422",
                        description = "A day before the first year entered: nothing can be counted there")
            })
    Mono<ResponseEntity<DeadlineResponse>> plus(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(required = false, description = "How many working days on; not with to")
                    @RequestParam(required = false)
                    @Min(0)
                    @Max(366)
                    Integer add) {
        if (add == null) {
            return neither().then(Mono.empty());
        }
        return workingDays.calendar().map(calendar -> {
            LocalDate date = calendar.plusWorkingDays(from, add);
            return ResponseEntity.ok()
                    .cacheControl(PUBLIC)
                    .body(new DeadlineResponse(
                            from, add, date, calendar.isWorkingDay(from), calendar.isProvisional(date)));
        });
    }

    @GetMapping(
            path = "/api/calendar/working-days",
            params = {"to", "!add"})
    @Operation(hidden = true)
    Mono<ResponseEntity<SpanResponse>> between(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return workingDays
                .calendar()
                .map(calendar -> ResponseEntity.ok()
                        .cacheControl(PUBLIC)
                        .body(new SpanResponse(
                                from,
                                to,
                                calendar.workingDaysBetween(from, to),
                                calendar.isProvisional(from) || calendar.isProvisional(to))));
    }

    /**
     * @param year the first year whose arrangement is not entered
     * @param due whether entering it is due: from 1 November of the year before, when the State Council publishes it
     * @param notice the title of the notice to enter it from
     */
    record PendingYearResponse(int year, boolean due, String notice) {}

    @GetMapping("/api/calendar/pending-year")
    @Operation(summary = "The next year whose holiday arrangement is to be entered, and whether it is due now")
    Mono<ResponseEntity<PendingYearResponse>> pendingYear() {
        return workingDays
                .pendingYear()
                .map(pending -> ResponseEntity.ok()
                        .cacheControl(PublicCaching.keptFor(Duration.ofMinutes(1)))
                        .body(new PendingYearResponse(pending.year(), pending.due(), pending.notice())));
    }

    @GetMapping(
            path = "/api/calendar/working-days",
            params = {"!add", "!to"})
    @Operation(hidden = true)
    Mono<Void> neither() {
        return Mono.error(new PortalException(
                HttpStatus.BAD_REQUEST,
                "bad-parameter",
                List.of(new FieldProblem("add", "calendar.add-or-to"), new FieldProblem("to", "calendar.add-or-to"))));
    }

    /** One question at a time: the day n working days on, or the working days between two days. */
    @GetMapping(
            path = "/api/calendar/working-days",
            params = {"add", "to"})
    @Operation(hidden = true)
    Mono<Void> both() {
        return Mono.error(new PortalException(
                HttpStatus.BAD_REQUEST,
                "bad-parameter",
                List.of(
                        new FieldProblem("add", "calendar.add-and-to"),
                        new FieldProblem("to", "calendar.add-and-to"))));
    }

    record CalendarDayResponse(LocalDate date, String name) {}

    record CalendarYearResponse(
            int year, int workingDays, List<CalendarDayResponse> holidays, List<LocalDate> workingWeekends) {}

    @GetMapping("/api/calendar/years")
    @Operation(summary = "Every year entered, with its holidays and make-up working days")
    Mono<ResponseEntity<List<CalendarYearResponse>>> years() {
        return workingDays
                .calendar()
                .map(calendar -> ResponseEntity.ok()
                        .cacheControl(PUBLIC)
                        .body(calendar.years().stream()
                                .sorted()
                                .map(year -> describe(calendar, year))
                                .toList()));
    }

    private static CalendarYearResponse describe(WorkingDayCalendar calendar, int year) {
        List<CalendarDayResponse> holidays = new ArrayList<>();
        List<LocalDate> workingWeekends = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            LocalDate date = day;
            calendar.holidayName(day).ifPresent(name -> holidays.add(new CalendarDayResponse(date, name)));
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend && calendar.isWorkingDay(day)) {
                workingWeekends.add(day);
            }
        }
        return new CalendarYearResponse(year, calendar.workingDaysIn(year), holidays, workingWeekends);
    }

    @PostMapping("/api/admin/calendar/years")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter a new year's holiday arrangement (system administrator)")
    Mono<CalendarYearResponse> add(@Valid @RequestBody CalendarYearForm form) {
        return Mono.fromCallable(() -> form.toCalendarYear())
                .flatMap(year -> administration.addYear(year, form.source()))
                .flatMap(year -> workingDays.calendar().map(calendar -> describe(calendar, year.year())));
    }

    /** Checks the form beyond single fields and names the offending entry. */
    static CalendarYear checked(CalendarYearForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<LocalDate, String> holidays = new HashMap<>();
        Set<LocalDate> workingWeekends = new HashSet<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < form.days().size(); i++) {
            CalendarYearForm.Day day = form.days().get(i);
            String field = "days[" + i + "].date";
            if (day.date().getYear() != form.year()) {
                problems.add(new FieldProblem(field, "calendar.day-outside-year", form.year()));
            } else if (!seen.add(day.date())) {
                problems.add(new FieldProblem(field, "calendar.day-twice"));
            } else if (day.kind() == CalendarYearForm.Kind.WORKING_WEEKEND) {
                DayOfWeek weekday = day.date().getDayOfWeek();
                if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
                    problems.add(new FieldProblem(field, "calendar.working-weekend-not-weekend"));
                }
                workingWeekends.add(day.date());
            } else {
                holidays.put(day.date(), day.name());
            }
        }
        if (!problems.isEmpty()) {
            throw new PortalException(HttpStatus.BAD_REQUEST, "validation", problems);
        }
        return new CalendarYear(form.year(), holidays, workingWeekends);
    }
}
