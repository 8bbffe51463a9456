package cn.gongkai.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.IntegrationTest;
import cn.gongkai.hotline.HotlineState;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The demo's tickets (on in these tests, as in {@code ./gongkai up}): all of them written once however often the
 * demo runs, spread over the year before the clock, in every state, with the deadlines stored as their timelines give
 * them, some overdue and at risk, rated mostly 满意.
 */
@IntegrationTest
class DemoHotlineTicketsIntegrationTests {

    @Autowired
    DemoHotlineTickets demo;

    @Autowired
    DatabaseClient database;

    @Test
    void theDemoTicketsAreThereOnceInEveryStateOverThePastYear() {
        // Whatever the start-up run wrote, a second run writes only what is missing, and then nothing.
        demo.write().block();
        assertThat(demo.write().block()).isZero();
        UUID[] ids = IntStream.range(0, DemoHotlineTickets.COUNT)
                .mapToObj(i -> UUID.nameUUIDFromBytes(("gongkai-demo-hotline-" + i).getBytes(StandardCharsets.UTF_8)))
                .toArray(UUID[]::new);

        Map<String, Object> facts = database.sql("""
                        select count(*) as tickets, count(distinct type) as types,
                            count(distinct category_code) as matters, count(distinct lead_department_id) as departments,
                            min(received_on)::text as first, max(received_on)::text as last,
                            count(*) filter (where submitter_kind = 'ENTERPRISE') as enterprises,
                            count(*) filter (where publish_reply) as published,
                            count(*) filter (where closed_on is null and due_on is not null and due_on < :today)
                                as overdue,
                            count(*) filter (where supervised) as supervised,
                            count(*) filter (where state not in ('RECEIVED', 'RETURNED')
                                and state <> 'ANSWERED_BY_KNOWLEDGE_BASE' and state <> 'MERGED'
                                and reply_due_on is null) as without_deadlines
                        from hotline_ticket where id = any(:ids)
                        """)
                .bind("ids", ids)
                .bind("today", LocalDate.of(2026, 6, 17))
                .fetch()
                .one()
                .block();
        assertThat(facts.get("tickets")).isEqualTo((long) DemoHotlineTickets.COUNT);
        assertThat(facts.get("types")).isEqualTo(5L);
        assertThat((Long) facts.get("matters")).isGreaterThanOrEqualTo(30L);
        assertThat((Long) facts.get("departments")).isGreaterThanOrEqualTo(10L);
        assertThat(LocalDate.parse((String) facts.get("first"))).isBefore(LocalDate.of(2025, 8, 1));
        assertThat(LocalDate.parse((String) facts.get("last"))).isBeforeOrEqualTo(LocalDate.of(2026, 6, 17));
        assertThat((Long) facts.get("enterprises")).isPositive();
        assertThat((Long) facts.get("published")).isPositive();
        assertThat((Long) facts.get("overdue")).isPositive();
        assertThat((Long) facts.get("supervised")).isPositive();
        assertThat(facts.get("without_deadlines")).isEqualTo(0L);

        List<String> states = database.sql("select distinct state from hotline_ticket where id = any(:ids)")
                .bind("ids", ids)
                .map(row -> row.get("state", String.class))
                .all()
                .collectList()
                .block();
        assertThat(states)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(HotlineState.values())
                        .map(HotlineState::name)
                        .toList());

        Map<String, Object> ratings =
                database.sql("""
                        select count(*) filter (where e.details->>'rating' = 'SATISFIED') as satisfied,
                            count(*) filter (where e.details->>'rating' = 'UNSATISFIED') as unsatisfied,
                            count(*) filter (where e.type = 'CLOSED_UNRATED') as unrated,
                            count(*) filter (where e.type = 'RETURNED') as returned,
                            count(*) filter (where e.type = 'EXTENSION_APPROVED') as extended,
                            count(*) filter (where e.type = 'ANSWERED_BY_KNOWLEDGE_BASE' and e.actor_role is null)
                                as self_served
                        from hotline_event e where e.ticket_id = any(:ids)
                        """).bind("ids", ids).fetch().one().block();
        assertThat((Long) ratings.get("satisfied")).isGreaterThan(3 * (Long) ratings.get("unsatisfied"));
        assertThat((Long) ratings.get("unsatisfied")).isPositive();
        assertThat((Long) ratings.get("unrated")).isPositive();
        assertThat((Long) ratings.get("returned")).isPositive();
        assertThat((Long) ratings.get("extended")).isPositive();
        assertThat((Long) ratings.get("self_served")).isPositive();
        // Every reply is recorded as the service records it, most in time; the board has replies and the dispatcher's
        // queue some to check.
        Map<String, Object> replies =
                database.sql("""
                        select (select count(*) from hotline_event e where e.ticket_id = any(:ids)
                                    and e.type = 'REPLIED') as given,
                            count(*) as recorded, count(*) filter (where r.on_time) as on_time,
                            count(*) filter (where r.publication = 'PUBLISHED') as published,
                            count(*) filter (where r.publication = 'WITHHELD') as withheld,
                            count(*) filter (where r.publication = 'PUBLISHED'
                                and (r.published_at <= r.replied_at or r.published_text is null)) as misdated
                        from hotline_reply r where r.ticket_id = any(:ids)
                        """).bind("ids", ids).fetch().one().block();
        assertThat(replies.get("recorded")).isEqualTo(replies.get("given"));
        assertThat((Long) replies.get("on_time")).isGreaterThan((Long) replies.get("recorded") / 2);
        assertThat((Long) replies.get("published")).isGreaterThan(20L);
        assertThat((Long) replies.get("withheld")).isPositive();
        assertThat(replies.get("misdated")).isEqualTo(0L);
        // Each step is in the audit trail, as the service's own are.
        assertThat(database.sql("select count(*) as n from audit_record where action = 'hotline.received'"
                                + " and details::jsonb->>'demo' = 'true'")
                        .map(row -> row.get("n", Long.class))
                        .one()
                        .block())
                .isGreaterThanOrEqualTo((long) DemoHotlineTickets.COUNT);
    }
}
