package cn.gongkai.calendar;

import cn.gongkai.audit.AuditEntry;
import cn.gongkai.audit.AuditTrail;
import cn.gongkai.platform.ConflictException;
import cn.gongkai.shared.CalendarYear;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Entering a new year's holiday arrangement (录入节假日安排), each November. */
@Service
public class CalendarAdministration {

    private final DatabaseClient database;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final ApplicationEventPublisher events;

    CalendarAdministration(
            DatabaseClient database,
            WorkingDays workingDays,
            AuditTrail audit,
            TransactionalOperator transaction,
            ApplicationEventPublisher events) {
        this.database = database;
        this.workingDays = workingDays;
        this.audit = audit;
        this.transaction = transaction;
        this.events = events;
    }

    /**
     * Records a year; a year is entered once (a correction is a new migration, reviewed like code). Then
     * {@link CalendarYearEntered} tells the modules whose provisional dates became final.
     */
    public Mono<CalendarYear> addYear(CalendarYear year, String source) {
        Mono<Void> header = database.sql("insert into calendar_year (year, source) values (:year, :source)")
                .bind("year", year.year())
                .bind("source", source)
                .then();
        Flux<Long> holidays = Flux.fromIterable(year.holidays().entrySet())
                .concatMap(holiday -> insertDay(year.year(), holiday.getKey(), "HOLIDAY", holiday.getValue()));
        Flux<Long> workingWeekends = Flux.fromIterable(year.workingWeekends())
                .concatMap(day -> insertDay(year.year(), day, "WORKING_WEEKEND", "调休上班"));
        return header.thenMany(holidays)
                .thenMany(workingWeekends)
                .then(audit.record(AuditEntry.succeeded("calendar.year-added", "calendar_year", year.year())
                        .as("SYSTEM_ADMINISTRATOR", null)
                        .with(Map.of(
                                "source",
                                source,
                                "holidays",
                                Integer.toString(year.holidays().size()),
                                "workingWeekends",
                                Integer.toString(year.workingWeekends().size())))))
                .as(transaction::transactional)
                .onErrorMap(
                        DuplicateKeyException.class,
                        duplicate -> new ConflictException("calendar-year-exists", year.year()))
                .doOnSuccess(done -> {
                    workingDays.reload();
                    events.publishEvent(new CalendarYearEntered(year.year()));
                })
                .thenReturn(year);
    }

    private Mono<Long> insertDay(int year, LocalDate day, String kind, String name) {
        return database.sql("insert into calendar_day (day, year, kind, name) values (:day, :year, :kind, :name)")
                .bind("day", day)
                .bind("year", year)
                .bind("kind", kind)
                .bind("name", name)
                .fetch()
                .rowsUpdated();
    }
}
