-- Volume for bench/run: 100,000 disclosure requests over five agencies and the years 2024 to 2026, for timing the
-- staff's questions (queue, filters, register, table 三) at a city's scale. Personal data is copied from one demo
-- request, whose ciphertexts are bound to their columns, not to their rows. Generated numbers start with "V", and a
-- new run replaces the last one's.
\set ON_ERROR_STOP on
begin;

-- A timeline is append-only for everyone else; the bench alone (as the database owner) clears its own generated
-- requests, with triggers off for these statements only.
set local session_replication_role = replica;
delete from disclosure_reminder where request_number like 'V%';
delete from disclosure_event where request_id in (select id from disclosure_request where number like 'V%');
delete from disclosure_request where number like 'V%';
set local session_replication_role = origin;

create temporary table volume_agency on commit drop as
    select id, code, row_number() over (order by code) - 1 as k
    from agency where code in ('340600', '340600-sfj', '340600-sthjj', '340621', '420105');

create temporary table volume_template on commit drop as
    select * from disclosure_request where number like '340600-%' order by number limit 1;

insert into disclosure_request (id, number, agency_id, receipt_channel, applicant_user_id, applicant_kind,
    applicant_name, credit_code, representative, id_type, id_number, id_number_index, agent_name, agent_id_type,
    agent_id_number, power_of_attorney_id, phone, phone_index, email, postal_address, postal_code, info_title,
    info_document_number, info_description, medium, delivery_channel, attachment_ids, received_on, state, outcome,
    closed_on, assignee, extension_pending, version, due_on, provisional_year, deadline_as_of)
select gen_random_uuid(),
       'V' || a.code || '-' || extract(year from g.received_on)::int || '-' || lpad(g.n::text, 6, '0'),
       a.id, 'ONLINE', null,
       (array['NATURAL_PERSON', 'NATURAL_PERSON', 'NATURAL_PERSON', 'COMMERCIAL_ENTERPRISE', 'OTHER_ORGANISATION'])[1 + g.n % 5],
       '申请人' || (g.n % 997), null, null, t.id_type, t.id_number, t.id_number_index, null, null, null, null,
       t.phone, t.phone_index, null, t.postal_address, t.postal_code,
       (array['部门预算', '政府采购', '征地补偿', '环境影响评价', '行政处罚'])[1 + g.n % 5] || '信息（第' || g.n || '号）',
       null, '请提供相关政府信息的全文及附件。', t.medium, t.delivery_channel, '', g.received_on,
       case when g.open then (array['RECEIVED', 'IN_PROGRESS', 'IN_PROGRESS', 'AWAITING_OPINION'])[1 + g.n % 4]
            else 'ANSWERED' end,
       case when g.open then null
            else (array['DISCLOSED', 'PARTLY_DISCLOSED', 'UNAVAILABLE_NOT_HELD', 'WITHHELD_THIRD_PARTY_RIGHTS',
                        'NOT_PROCESSED_REPEATED'])[1 + g.n % 5] end,
       case when g.open then null else g.received_on + 15 end,
       case when g.n % 3 = 0 then 'officer-huaibei' end, false, 0,
       g.received_on + 28, null, current_date
from generate_series(1, 100000) as g0(n)
cross join lateral (select g0.n as n,
                           date '2024-01-02' + (g0.n * 7919 % 1060) as received_on,
                           (g0.n % 100) < 12 or date '2024-01-02' + (g0.n * 7919 % 1060) > date '2026-11-01' as open) g
join volume_agency a on a.k = g.n % 5
cross join volume_template t;

insert into disclosure_event (request_id, seq, type, occurred_on, recorded_at, actor, actor_role, details)
select r.id, 1, 'RECEIVED', r.received_on, r.received_on::timestamptz, 'volume', 'CITIZEN', '{"channel": "ONLINE"}'
from disclosure_request r where r.number like 'V%';

insert into disclosure_event (request_id, seq, type, occurred_on, recorded_at, actor, actor_role, details)
select r.id, 2, 'REPLIED', r.closed_on, r.closed_on::timestamptz, 'volume', 'DISCLOSURE_OFFICER',
       jsonb_build_object('outcome', r.outcome, 'legalBasis', '《中华人民共和国政府信息公开条例》', 'explanation', '说明',
                          'withheldParts', '', 'competentAgency', '', 'whereAlreadyPublished', '',
                          'accessArrangements', '电子邮件发送', 'repeatOf', '', 'documents', '')
from disclosure_request r where r.number like 'V%' and r.outcome is not null;

commit;
analyze disclosure_request;
analyze disclosure_event;
select count(*) as volume_requests from disclosure_request where number like 'V%';
