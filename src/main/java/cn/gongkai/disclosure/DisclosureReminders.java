package cn.gongkai.disclosure;

import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.disclosure.internal.DisclosureRequestStore;
import cn.gongkai.disclosure.internal.StoredDeadlines;
import cn.gongkai.platform.reminders.DailyReminder;
import cn.gongkai.platform.reminders.DailyReminderSource;
import cn.gongkai.platform.reminders.DailyReminders;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deadline reminders (到期提醒): every morning, each open request whose reply is due within the at-risk margin or
 * overdue is listed for its agency's staff, and its officers and OGI office head find the day's list in their daily
 * reminder e-mail ({@link DailyReminders}, which runs this as one of its sources). Every instance runs the job; an
 * advisory lock lets one do the work and a unique key keeps a reminder from being written twice even so.
 */
@Service
public class DisclosureReminders implements DailyReminderSource {

    /** Any constant; names the lock the instances take turns on. */
    private static final long JOB_LOCK = 0x7265_6d69_6e64L;

    private final DisclosureRequestStore store;
    private final DatabaseClient database;
    private final WorkingDays workingDays;
    private final TransactionalOperator transaction;
    private final DisclosureSettings settings;
    private final StoredDeadlines storedDeadlines;
    private final Clock clock;

    DisclosureReminders(
            DisclosureRequestStore store,
            DatabaseClient database,
            WorkingDays workingDays,
            TransactionalOperator transaction,
            DisclosureSettings settings,
            StoredDeadlines storedDeadlines,
            Clock clock) {
        this.storedDeadlines = storedDeadlines;
        this.store = store;
        this.database = database;
        this.workingDays = workingDays;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
    }

    /** A reminder as staff see it. */
    public record Reminder(
            String kind, String requestNumber, LocalDate dueOn, int workingDaysLeft, LocalDate remindedOn) {}

    /** The day's reminders, written if not yet, and each of the agencies' officers' lines of them. */
    @Override
    public Flux<DailyReminder> remindOn(LocalDate today) {
        return storedDeadlines.writeMissing().then(remindOn0(today)).thenMany(Flux.defer(() -> linesOf(today)));
    }

    /** Writes today's reminders; the number written, 0 when another instance holds the job or wrote them. */
    public Mono<Long> remindToday() {
        return Mono.defer(() -> remindOn0(LocalDate.now(clock)));
    }

    private Mono<Long> remindOn0(LocalDate today) {
        return database.sql("select pg_try_advisory_xact_lock(:lock) as mine")
                .bind("lock", JOB_LOCK)
                .map(row -> Boolean.TRUE.equals(row.get("mine", Boolean.class)))
                .one()
                .flatMap(mine -> mine ? write(today) : Mono.just(List.<Written>of()))
                .as(transaction::transactional)
                .map(written -> (long) written.size());
    }

    /** A reminder written today, with the agency it is for. */
    record Written(UUID agencyId, Reminder reminder) {}

    private Mono<List<Written>> write(LocalDate today) {
        return workingDays
                .calendar()
                .flatMap(calendar -> store.findOpen()
                        .flatMap(
                                request -> {
                                    DisclosureClock.Deadline deadline =
                                            DisclosureClock.deadlineOrUnknown(calendar, request.timeline(), today);
                                    if (!deadline.isRunning()) {
                                        return Flux.empty();
                                    }
                                    int left = deadline.workingDaysLeft(calendar, today);
                                    if (left > settings.atRiskWorkingDays()) {
                                        return Flux.empty();
                                    }
                                    String kind = left < 0 ? "OVERDUE" : "AT_RISK";
                                    return database.sql("""
                                    insert into disclosure_reminder (id, agency_id, request_number, kind, due_on,
                                        working_days_left, reminded_on)
                                    values (:id, :agency, :number, :kind, :dueOn, :left, :today)
                                    on conflict (request_number, kind, reminded_on) do nothing
                                    """)
                                            .bind("id", UUID.randomUUID())
                                            .bind("agency", request.agencyId())
                                            .bind("number", request.number())
                                            .bind("kind", kind)
                                            .bind("dueOn", deadline.dueOn())
                                            .bind("left", left)
                                            .bind("today", today)
                                            .fetch()
                                            .rowsUpdated()
                                            .filter(inserted -> inserted == 1)
                                            .map(inserted -> new Written(
                                                    request.agencyId(),
                                                    new Reminder(
                                                            kind, request.number(), deadline.dueOn(), left, today)))
                                            .flux();
                                },
                                1)
                        .collectList());
    }

    /** Today's reminders of open requests, a line for each officer and OGI office head of the agency. */
    private Flux<DailyReminder> linesOf(LocalDate today) {
        return database.sql("""
                        select u.email, a.name as agency, m.request_number, m.due_on, m.working_days_left
                        from disclosure_reminder m
                        join disclosure_request r on r.number = m.request_number
                        join agency a on a.id = m.agency_id
                        join role_grant g on g.agency_id = m.agency_id
                            and g.role in ('DISCLOSURE_OFFICER', 'OGI_OFFICE_HEAD')
                        join portal_user u on u.id = g.user_id
                        where m.reminded_on = :today and r.outcome is null and u.email is not null and u.email <> ''
                        group by u.email, a.name, m.request_number, m.due_on, m.working_days_left
                        order by u.email, m.working_days_left, m.request_number
                        """)
                .bind("today", today)
                .map(row -> {
                    int left = row.get("working_days_left", Integer.class);
                    return new DailyReminder(
                            row.get("email", String.class),
                            row.get("agency", String.class) + " 政府信息公开申请",
                            row.get("request_number", String.class) + "　答复期限 " + row.get("due_on", LocalDate.class)
                                    + "　" + (left < 0 ? "已逾期 " + -left + " 个工作日" : "还剩 " + left + " 个工作日"));
                })
                .all();
    }

    /** The agency's reminders of the latest morning up to today, most urgent first. */
    public Flux<Reminder> latestFor(UUID agencyId) {
        return database.sql("""
                        select m.kind, m.request_number, m.due_on, m.working_days_left, m.reminded_on
                        from disclosure_reminder m join disclosure_request r on r.number = m.request_number
                        where m.agency_id = :agency and r.outcome is null
                          and m.reminded_on = (select max(reminded_on) from disclosure_reminder
                                               where agency_id = :agency and reminded_on <= :today)
                        order by m.working_days_left, m.request_number
                        """)
                .bind("agency", agencyId)
                .bind("today", LocalDate.now(clock))
                .map(row -> new Reminder(
                        row.get("kind", String.class),
                        row.get("request_number", String.class),
                        row.get("due_on", LocalDate.class),
                        row.get("working_days_left", Integer.class),
                        row.get("reminded_on", LocalDate.class)))
                .all();
    }
}
