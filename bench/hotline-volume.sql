-- Volume for bench/run: 100,000 hotline tickets of the centre 340600 received over the past year, for timing the public
-- statistics and the reply board at a city's scale. A realistic mix: a few waiting for dispatch or acceptance, some
-- being handled, replied to, reopened, most closed (rated or not), some answered by self-service or merged; one reply
-- in ten late, one acceptance in twenty late; a third of the replies published. Anonymous submitters only, so that no
-- personal data is generated. Generated numbers start with "V", and a new run replaces the last one's.
\set ON_ERROR_STOP on
begin;

-- The timeline is append-only for everyone else; the bench alone (as the database owner) clears its own tickets, with
-- triggers off for these statements only.
set local session_replication_role = replica;
delete from hotline_reply where ticket_id in (select id from hotline_ticket where number like 'V%');
delete from hotline_event where ticket_id in (select id from hotline_ticket where number like 'V%');
delete from hotline_ticket where number like 'V%';
set local session_replication_role = origin;

create temporary table volume_matter on commit drop as
    select m.code, m.lead_department_id, row_number() over (order by m.code) - 1 as k, count(*) over () as n
    from hotline_matter m join agency c on c.id = m.centre_id where c.code = '340600' and m.active;

create temporary table volume_ticket on commit drop as
select g.n,
       gen_random_uuid() as id,
       'V340600-' || lpad(g.n::text, 6, '0') as number,
       c.id as centre_id,
       m.code as category_code,
       m.lead_department_id,
       case when g.bucket between 2 and 3 then 'ENQUIRY'
            else (array['ENQUIRY', 'HELP', 'COMPLAINT', 'COMPLAINT', 'REPORT', 'SUGGESTION'])[1 + g.n % 6] end as type,
       case when g.bucket < 2 then 'RECEIVED'
            when g.bucket < 4 then 'ANSWERED_BY_KNOWLEDGE_BASE'
            when g.bucket < 5 then 'MERGED'
            when g.bucket < 8 then 'DISPATCHED'
            when g.bucket < 15 then 'IN_PROGRESS'
            when g.bucket < 25 then 'REPLIED'
            when g.bucket < 28 then 'REOPENED'
            else 'CLOSED' end as state,
       (current_date - 365 + g.n * 7919 % 365)::timestamp + interval '9 hours' + (g.n % 480) * interval '1 minute'
           as received_at,
       g.n % 10 = 0 as late_reply,
       g.n % 20 = 0 as late_acceptance,
       g.n % 2 = 0 as publish
from generate_series(1, 100000) as g0(n)
cross join lateral (select g0.n as n, g0.n % 100 as bucket) g
cross join (select id from agency where code = '340600') c
join volume_matter m on m.k = g.n % m.n;

insert into hotline_ticket (id, number, centre_id, type, category_code, title, description, region_id, address,
    submitter_kind, submitter, query_code_hash, publish_reply, urgent, state, lead_department_id, supervised,
    received_at, received_on, closed_on, acceptance_due_on, reply_due_on, rating_due_on, due_on, deadline_as_of)
select v.id, v.number, v.centre_id, v.type, v.category_code,
       (array['小区夜间施工噪声扰民', '道路破损积水', '营业执照办理咨询', '餐馆油烟污染', '医保报销进度', '公交线路调整建议',
              '物业收费不合理', '拖欠工资'])[1 + v.n % 8] || '（' || v.n || '）',
       '来电反映' || (array['夜间施工噪声', '路面塌陷积水', '办理材料重复提交', '油烟直排', '报销迟迟未到账', '公交班次少',
                          '物业费上涨', '工资拖欠三个月'])[1 + v.n % 8] || '，请相关部门尽快处理。',
       v.centre_id, null, 'ANONYMOUS', 'anonymous:' || v.id, 'volume', v.publish, false, v.state,
       case when v.state in ('RECEIVED', 'ANSWERED_BY_KNOWLEDGE_BASE', 'MERGED') then null else v.lead_department_id end,
       v.state = 'REOPENED',
       v.received_at, v.received_at::date,
       case when v.state in ('CLOSED', 'MERGED', 'ANSWERED_BY_KNOWLEDGE_BASE')
            then v.received_at::date + case when v.state = 'CLOSED' then 12 else 0 end end,
       case when v.state not in ('RECEIVED', 'ANSWERED_BY_KNOWLEDGE_BASE', 'MERGED') then v.received_at::date + 1 end,
       case when v.state not in ('RECEIVED', 'ANSWERED_BY_KNOWLEDGE_BASE', 'MERGED') then v.received_at::date + 21 end,
       case when v.state = 'REPLIED' then v.received_at::date + 12 end,
       case when v.state = 'DISPATCHED' then v.received_at::date + 1
            when v.state in ('IN_PROGRESS', 'REOPENED') then v.received_at::date + 21 end,
       current_date
from volume_ticket v;

-- The timeline: received; dispatched; accepted; replied; rated (closed ones: four in five rated, mostly satisfied).
insert into hotline_event (ticket_id, seq, type, occurred_at, occurred_on, actor, actor_role, actor_agency_id, details)
select v.id, 1, 'RECEIVED', v.received_at, v.received_at::date, 'anonymous:' || v.id, null, null, '{}'
from volume_ticket v;
insert into hotline_event (ticket_id, seq, type, occurred_at, occurred_on, actor, actor_role, actor_agency_id, details)
select v.id, 2, case v.state when 'MERGED' then 'MERGED' else 'ANSWERED_BY_KNOWLEDGE_BASE' end,
       v.received_at, v.received_at::date, 'anonymous:' || v.id, null, null, '{}'
from volume_ticket v where v.state in ('MERGED', 'ANSWERED_BY_KNOWLEDGE_BASE');
insert into hotline_event (ticket_id, seq, type, occurred_at, occurred_on, actor, actor_role, actor_agency_id, details)
select v.id, 2, 'DISPATCHED', v.received_at + interval '1 hour', v.received_at::date, 'dispatcher-huaibei',
       'HOTLINE_DISPATCHER', v.centre_id, jsonb_build_object('lead', v.lead_department_id, 'urgent', 'false')
from volume_ticket v where v.state not in ('RECEIVED', 'ANSWERED_BY_KNOWLEDGE_BASE', 'MERGED');
insert into hotline_event (ticket_id, seq, type, occurred_at, occurred_on, actor, actor_role, actor_agency_id, details)
select v.id, 3, 'ACCEPTED', a.at, a.at::date, 'volume', 'DEPARTMENT_HANDLER', v.lead_department_id, '{}'
from volume_ticket v
cross join lateral (select v.received_at + case when v.late_acceptance then interval '3 days' else interval '5 hours' end
                    as at) a
where v.state in ('IN_PROGRESS', 'REPLIED', 'REOPENED', 'CLOSED');
insert into hotline_event (ticket_id, seq, type, occurred_at, occurred_on, actor, actor_role, actor_agency_id, details)
select v.id, 4, 'REPLIED', r.at, r.at::date, 'volume', 'DEPARTMENT_HANDLER', v.lead_department_id,
       jsonb_build_object('text', '经核查，已督促责任单位整改，并电话回访确认。', 'attachments', '')
from volume_ticket v
cross join lateral (select v.received_at + case when v.late_reply then interval '25 days' else interval '6 days' end
                    as at) r
where v.state in ('REPLIED', 'REOPENED', 'CLOSED');
insert into hotline_event (ticket_id, seq, type, occurred_at, occurred_on, actor, actor_role, actor_agency_id, details)
select v.id, 5, 'RATED', v.received_at + interval '8 days', (v.received_at + interval '8 days')::date,
       'anonymous:' || v.id, null, null,
       jsonb_build_object('rating', case when v.state = 'REOPENED' then 'UNSATISFIED'
                                         else (array['SATISFIED', 'SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED',
                                                     'UNSATISFIED'])[1 + v.n % 5] end,
                          'comment', '', 'reopened', (v.state = 'REOPENED')::text)
from volume_ticket v where v.state = 'REOPENED' or (v.state = 'CLOSED' and v.n % 5 <> 0);

-- Each reply recorded with its limit; a third of those allowed published, as the dispatcher approved them.
insert into hotline_reply (ticket_id, seq, centre_id, department_id, replied_at, replied_on, due_on, on_time, publication,
    redacted_title, redacted_description, redacted_text, redactions, published_title, published_description,
    published_text, published_at, decided_by, decided_at)
select e.ticket_id, e.seq, t.centre_id, e.actor_agency_id, e.occurred_at, e.occurred_on, v.received_at::date + 21, not v.late_reply,
       case when not v.publish then 'NOT_ALLOWED' when v.n % 3 = 0 then 'PUBLISHED' else 'AWAITING_CHECK' end,
       case when v.publish then t.title end, case when v.publish then t.description end,
       case when v.publish then e.details ->> 'text' end, case when v.publish then '{}'::jsonb end,
       case when v.publish and v.n % 3 = 0 then t.title end,
       case when v.publish and v.n % 3 = 0 then t.description end,
       case when v.publish and v.n % 3 = 0 then e.details ->> 'text' end,
       case when v.publish and v.n % 3 = 0 then e.occurred_at + interval '1 day' end,
       case when v.publish and v.n % 3 = 0 then 'dispatcher-huaibei' end,
       case when v.publish and v.n % 3 = 0 then e.occurred_at + interval '1 day' end
from hotline_event e
join volume_ticket v on v.id = e.ticket_id
join hotline_ticket t on t.id = e.ticket_id
where e.type = 'REPLIED';

commit;
-- Vacuumed as well as analysed, as autovacuum would soon have done: right after a bulk load no page is marked
-- all-visible, and the planner would read the whole timeline for its ratings rather than the partial indexes' index-only
-- scans the statistics rely on.
vacuum analyze hotline_ticket;
vacuum analyze hotline_event;
vacuum analyze hotline_reply;
select count(*) as volume_tickets from hotline_ticket where number like 'V%';
