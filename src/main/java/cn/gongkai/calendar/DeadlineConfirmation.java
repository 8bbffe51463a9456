package cn.gongkai.calendar;

import cn.gongkai.shared.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Provisional deadlines become final (期限确定) for every module that keeps them ({@link ProvisionalDeadlines}): when
 * a year's holiday arrangement is entered, each open record counted on that year's estimate gets its final dates and
 * a timeline entry saying so, each in its own transaction. It runs on the event, at start-up and each morning, for
 * any record a failed or concurrent run left behind: a record changed meanwhile is confirmed by the next run.
 */
@Component
public class DeadlineConfirmation {

    private static final Logger log = LoggerFactory.getLogger(DeadlineConfirmation.class);

    private final List<ProvisionalDeadlines<?>> holders;
    private final WorkingDays workingDays;
    private final TransactionalOperator transaction;
    private final Clock clock;

    DeadlineConfirmation(
            List<ProvisionalDeadlines<?>> holders,
            WorkingDays workingDays,
            TransactionalOperator transaction,
            Clock clock) {
        this.holders = List.copyOf(holders);
        this.workingDays = workingDays;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Spring subscribes to the returned Mono: the confirmation runs after the year is stored. */
    @EventListener
    Mono<Void> on(CalendarYearEntered entered) {
        return confirmAll()
                .doOnNext(confirmed ->
                        log.info("deadlines confirmed after {} was entered: {}", entered.year(), confirmed))
                .then();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        everyMorning().subscribe();
    }

    @Scheduled(cron = "${gongkai.calendar.confirm-deadlines-cron:0 20 8 * * *}", zone = "Asia/Shanghai")
    Mono<Void> everyMorning() {
        return confirmAll()
                .onErrorResume(error -> {
                    log.error("deadline confirmation failed; the next run tries again", error);
                    return Mono.empty();
                })
                .then();
    }

    /** Confirms the deadlines of every module's open records counted on years now entered; the number confirmed. */
    public Mono<Long> confirmAll() {
        return workingDays.calendar().flatMap(calendar -> {
            int entered = calendar.firstProvisionalYear() - 1;
            return Flux.fromIterable(holders)
                    .concatMap(holder -> confirm(holder, entered, calendar))
                    .count();
        });
    }

    private <T> Flux<T> confirm(ProvisionalDeadlines<T> holder, int entered, WorkingDayCalendar calendar) {
        return holder.provisionalUpTo(entered)
                .concatMap(record -> Mono.defer(() -> holder.confirm(record, entered, calendar, Instant.now(clock)))
                        .as(transaction::transactional)
                        .thenReturn(record)
                        // Changed by someone meanwhile: the next run confirms it.
                        .onErrorResume(error -> {
                            log.warn(
                                    "deadline of {} {} not confirmed this time: {}",
                                    holder.name(),
                                    holder.describe(record),
                                    error.toString());
                            return Mono.empty();
                        }));
    }
}
