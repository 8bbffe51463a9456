package cn.gongkai.hotline.internal;

import cn.gongkai.hotline.HotlineStatistics.Figures;
import cn.gongkai.hotline.HotlineStatistics.Row;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The hotline's statistics (热线数据统计) in one query: the tickets a centre received in a period (or those of them
 * some departments lead), counted in every grouping the statistics show at once ({@code grouping sets}), over the
 * deadlines stored with each ticket, the replies recorded with their limits, and the steps of the timeline each found by
 * a partial index. What each figure means is said on {@link Figures}.
 */
@Repository
public class HotlineStatisticsStore {

    /** The tickets of the period, each with what the figures count of it. */
    private static final String PER_TICKET = """
            with cohort as (
                select t.id, t.type, t.category_code, t.lead_department_id, m.business_environment,
                       date_trunc('month', t.received_on)::date as month,
                       case
                           when acc.ticket_id is not null
                               then coalesce(acc.occurred_at <= t.acceptance_due_at,
                                             acc.occurred_on <= t.acceptance_due_on)
                           when t.state = 'DISPATCHED'
                                and (t.acceptance_due_at < :now
                                     or (t.acceptance_due_at is null and t.acceptance_due_on < :today))
                               then false
                       end as accepted_on_time,
                       (t.state in ('DISPATCHED', 'IN_PROGRESS', 'REOPENED')
                        and (t.reply_due_at < :now
                             or (t.reply_due_at is null and t.reply_due_on < :today)))::int as reply_overdue,
                       (t.state = 'ANSWERED_BY_KNOWLEDGE_BASE'
                        and exists (select 1 from hotline_event s
                                    where s.ticket_id = t.id and s.type = 'ANSWERED_BY_KNOWLEDGE_BASE'
                                      and s.actor_role is null)) as self_service
                from hotline_ticket t
                join hotline_matter m on m.code = t.category_code
                left join hotline_event acc on acc.ticket_id = t.id and acc.type = 'ACCEPTED'
                where t.centre_id = :centre and t.received_on between :from and :to %s
            ),
            replies as (
                select r.ticket_id, count(*) as replies, count(*) filter (where r.on_time) as on_time
                from hotline_reply r where r.ticket_id in (select id from cohort)
                group by r.ticket_id
            ),
            ratings as (
                select e.ticket_id, count(*) as rated,
                       count(*) filter (where e.details ->> 'rating' in ('SATISFIED', 'BASICALLY_SATISFIED'))
                           as satisfied
                from hotline_event e where e.type = 'RATED' and e.ticket_id in (select id from cohort)
                group by e.ticket_id
            ),
            per_ticket as (
                select c.*, coalesce(r.replies, 0) + c.reply_overdue as replies_due,
                       coalesce(r.on_time, 0) as replied_on_time, coalesce(g.rated, 0) as rated,
                       coalesce(g.satisfied, 0) as satisfied
                from cohort c
                left join replies r on r.ticket_id = c.id
                left join ratings g on g.ticket_id = c.id
            ),
            figures as (
                select case when grouping(type) = 0 then 'TYPE'
                            when grouping(category_code) = 0 then 'CATEGORY'
                            when grouping(lead_department_id) = 0 then 'DEPARTMENT'
                            when grouping(month) = 0 then 'MONTH'
                            when grouping(business_environment) = 0 then 'BUSINESS_ENVIRONMENT'
                            else 'TOTAL' end as dimension,
                       type, category_code, lead_department_id, month, business_environment,
                       count(*) as tickets,
                       count(*) filter (where business_environment) as business_environment_tickets,
                       count(accepted_on_time) as acceptance_due,
                       count(*) filter (where accepted_on_time) as accepted_on_time,
                       sum(replies_due) as replies_due,
                       sum(replied_on_time) as replied_on_time,
                       sum(rated) as rated,
                       sum(satisfied) as satisfied,
                       count(*) filter (where self_service) as self_service
                from per_ticket
                group by grouping sets ((), (type), (category_code), (lead_department_id), (month),
                                        (business_environment))
            )
            select f.*, m.name as category_name, m.business_environment as category_business_environment,
                   a.code as department_code, a.name as department_name
            from figures f
            left join hotline_matter m on m.code = f.category_code
            left join agency a on a.id = f.lead_department_id
            """;

    private final DatabaseClient database;

    HotlineStatisticsStore(DatabaseClient database) {
        this.database = database;
    }

    /**
     * The figures of the tickets the centre received from {@code from} to {@code to} (both included, days in Beijing),
     * only those led by {@code departments} when given, judged at {@code now}: one row per grouping.
     */
    public Mono<List<Row>> figures(
            UUID centreId,
            LocalDate from,
            LocalDate to,
            @Nullable List<UUID> departments,
            Instant now,
            LocalDate today) {
        String sql = PER_TICKET.formatted(departments == null ? "" : "and t.lead_department_id = any(:departments)");
        var spec = database.sql(sql)
                .bind("centre", centreId)
                .bind("from", from)
                .bind("to", to)
                .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .bind("today", today);
        if (departments != null) {
            spec = spec.bind("departments", departments.toArray(UUID[]::new));
        }
        return spec.map(row -> new Row(
                        row.get("dimension", String.class),
                        row.get("type", String.class),
                        row.get("category_code", String.class),
                        row.get("category_name", String.class),
                        Boolean.TRUE.equals(row.get("category_business_environment", Boolean.class)),
                        row.get("lead_department_id", UUID.class),
                        row.get("department_code", String.class),
                        row.get("department_name", String.class),
                        row.get("month", LocalDate.class),
                        row.get("business_environment", Boolean.class),
                        Figures.of(
                                number(row.get("tickets")),
                                number(row.get("business_environment_tickets")),
                                number(row.get("acceptance_due")),
                                number(row.get("accepted_on_time")),
                                number(row.get("replies_due")),
                                number(row.get("replied_on_time")),
                                number(row.get("rated")),
                                number(row.get("satisfied")),
                                number(row.get("self_service")))))
                .all()
                .collectList();
    }

    /** count() answers bigint, sum() of it numeric: both as a long. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
