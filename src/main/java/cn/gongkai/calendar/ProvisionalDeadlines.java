package cn.gongkai.calendar;

import cn.gongkai.shared.WorkingDayCalendar;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deadlines a module keeps stored that may be counted on a year's estimate (预计期限): the records concerned and how
 * one of them is confirmed. {@link DeadlineConfirmation} holds the rule of when and how often, for every module.
 *
 * @param <T> a record with deadlines, as the module loads it
 */
public interface ProvisionalDeadlines<T> {

    /** What the records are, for the log. */
    String name();

    /** The open records whose stored deadlines were counted on a year up to {@code year}, oldest first. */
    Flux<T> provisionalUpTo(int year);

    /**
     * Recomputes the record's deadlines on {@code calendar}, notes in its timeline that the dates counted on {@code
     * year} are final, and stores it; in the caller's transaction, failing when it was changed meanwhile.
     */
    Mono<Void> confirm(T record, int year, WorkingDayCalendar calendar, Instant now);

    /** The record's number, for the log. */
    String describe(T record);
}
