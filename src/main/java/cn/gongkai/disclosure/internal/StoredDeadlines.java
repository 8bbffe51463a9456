package cn.gongkai.disclosure.internal;

import cn.gongkai.calendar.CalendarYearEntered;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.disclosure.DisclosureRequest.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Keeps the deadline stored beside each request right. Provisional deadlines become final (答复期限确定): when a year's
 * holiday arrangement is entered, every open request whose deadline was counted on that year's estimate gets its
 * final dates and a timeline entry saying so; this runs on the event, and again each morning for any request a failed
 * or concurrent run left behind. Requests stored before deadlines were kept with them get theirs at start-up.
 */
@Component
public class StoredDeadlines {

    private static final Logger log = LoggerFactory.getLogger(StoredDeadlines.class);
    private static final int BATCH = 500;
    private static final Actor CALENDAR = new Actor("working-day-calendar", "SYSTEM");

    private final DisclosureRequestStore store;
    private final WorkingDays workingDays;
    private final TransactionalOperator transaction;
    private final Clock clock;

    StoredDeadlines(
            DisclosureRequestStore store, WorkingDays workingDays, TransactionalOperator transaction, Clock clock) {
        this.store = store;
        this.workingDays = workingDays;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Spring subscribes to the returned Mono: the confirmation runs after the year is stored. */
    @EventListener
    Mono<Void> on(CalendarYearEntered entered) {
        return confirmDeadlines()
                .doOnNext(confirmed ->
                        log.info("deadlines confirmed after {} was entered: {}", entered.year(), confirmed))
                .then();
    }

    /** Writes the deadline of open requests stored without one, a batch at a time; the number written. */
    public Mono<Long> writeMissing() {
        return writeMissingBatch()
                .expand(written -> written == BATCH ? writeMissingBatch() : Mono.empty())
                .reduce(0L, Long::sum);
    }

    private Mono<Long> writeMissingBatch() {
        return workingDays
                .calendar()
                .flatMap(calendar -> store.findWithoutStoredDeadline(BATCH)
                        .concatMap(request -> store.writeDeadline(request, calendar, LocalDate.now(clock))
                                .thenReturn(request))
                        .count());
    }

    /** Confirms the deadlines of the open requests counted on years now entered; the number confirmed. */
    public Mono<Long> confirmDeadlines() {
        return workingDays
                .calendar()
                .flatMapMany(calendar -> {
                    int entered = calendar.firstProvisionalYear() - 1;
                    return store.findProvisionalUpTo(entered).concatMap(request -> {
                        LocalDate today = LocalDate.now(clock);
                        request.confirmDeadline(entered, calendar, CALENDAR, today, Instant.now(clock));
                        return store.update(request, calendar, today)
                                .as(transaction::transactional)
                                .thenReturn(request)
                                // Changed by an officer meanwhile: the next run confirms it.
                                .onErrorResume(error -> {
                                    log.warn(
                                            "deadline of {} not confirmed this time: {}",
                                            request.number(),
                                            error.toString());
                                    return Mono.empty();
                                });
                    });
                })
                .count();
    }
}
