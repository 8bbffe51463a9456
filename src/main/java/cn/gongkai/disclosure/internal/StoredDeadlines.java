package cn.gongkai.disclosure.internal;

import cn.gongkai.calendar.DeadlineConfirmation;
import cn.gongkai.calendar.ProvisionalDeadlines;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.disclosure.DisclosureRequest;
import cn.gongkai.disclosure.DisclosureRequest.Actor;
import cn.gongkai.shared.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps the deadline stored beside each request right. Provisional deadlines become final (答复期限确定) through
 * {@link DeadlineConfirmation}, which holds the rule for every module: each open request whose deadline was counted
 * on an entered year's estimate gets its final dates and a timeline entry saying so. Requests stored before deadlines
 * were kept with them get theirs at start-up.
 */
@Component
public class StoredDeadlines implements ProvisionalDeadlines<DisclosureRequest> {

    private static final int BATCH = 500;
    private static final Actor CALENDAR = new Actor("working-day-calendar", "SYSTEM");

    private final DisclosureRequestStore store;
    private final WorkingDays workingDays;
    private final Clock clock;

    StoredDeadlines(DisclosureRequestStore store, WorkingDays workingDays, Clock clock) {
        this.store = store;
        this.workingDays = workingDays;
        this.clock = clock;
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

    @Override
    public String name() {
        return "disclosure request";
    }

    @Override
    public Flux<DisclosureRequest> provisionalUpTo(int year) {
        return store.findProvisionalUpTo(year);
    }

    @Override
    public Mono<Void> confirm(DisclosureRequest request, int year, WorkingDayCalendar calendar, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        request.confirmDeadline(year, calendar, CALENDAR, today, now);
        return store.update(request, calendar, today);
    }

    @Override
    public String describe(DisclosureRequest request) {
        return request.number();
    }
}
