package cn.gongkai.hotline;

import cn.gongkai.audit.AuditEntry;
import cn.gongkai.audit.AuditTrail;
import cn.gongkai.calendar.ProvisionalDeadlines;
import cn.gongkai.hotline.internal.HotlineTicketStore;
import cn.gongkai.hotline.internal.HotlineTicketStore.Stored;
import cn.gongkai.shared.WorkingDayCalendar;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Tickets' provisional time limits made final (办理时限确定) when their year's holidays are entered: the dates stored
 * for the queues are recomputed and the timeline says so, under the rule {@link
 * cn.gongkai.calendar.DeadlineConfirmation} applies to every module.
 */
@Component
class TicketDeadlineConfirmation implements ProvisionalDeadlines<Stored> {

    private final HotlineTicketStore store;
    private final AuditTrail audit;
    private final HotlineSettings settings;

    TicketDeadlineConfirmation(HotlineTicketStore store, AuditTrail audit, HotlineSettings settings) {
        this.store = store;
        this.audit = audit;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "hotline ticket";
    }

    @Override
    public Flux<Stored> provisionalUpTo(int year) {
        return store.findProvisionalUpTo(year);
    }

    @Override
    public Mono<Void> confirm(Stored stored, int year, WorkingDayCalendar calendar, Instant now) {
        HotlineTicket ticket = stored.ticket();
        HotlineClock clock = new HotlineClock(calendar, settings.limits());
        HotlineEvent confirmed = ticket.confirmDeadlines(year, clock, now);
        if (confirmed == null) {
            return Mono.empty();
        }
        return store.update(ticket, clock, now)
                .then(audit.record(
                        AuditEntry.succeeded("hotline.deadlines-confirmed", "hotline_ticket", ticket.number())
                                .as("SYSTEM", ticket.centreId())
                                .with(Map.of(
                                        "year",
                                        Integer.toString(year),
                                        "state",
                                        ticket.state().name()))));
    }

    @Override
    public String describe(Stored stored) {
        return stored.ticket().number();
    }
}
