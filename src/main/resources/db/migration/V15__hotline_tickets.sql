-- Tickets of the 12345 hotline (政务服务便民热线工单). The timeline (hotline_event) is the truth; the deadlines written
-- beside each ticket with every change are what its timeline gave that day, so that the queues, their filters and
-- their paging are answered by SQL over indexes. Contact names, phone numbers and credit codes are SM4-GCM
-- ciphertext, each with a keyed hash (*_index) to find "the same person" without decrypting.
create table hotline_ticket (
    id                       uuid primary key,
    number                   text not null unique,
    centre_id                uuid not null references agency (id),
    type                     text not null check (type in ('ENQUIRY', 'HELP', 'COMPLAINT', 'REPORT', 'SUGGESTION')),
    category_code            text not null references hotline_matter (code),
    title                    text not null check (length(title) between 1 and 100),
    description              text not null check (length(description) between 1 and 4000),
    -- Where it happened: the centre's government or one of its districts and counties, and the address given.
    region_id                uuid not null references agency (id),
    address                  text check (length(address) <= 200),
    happened_on              date,
    submitter_kind           text not null check (submitter_kind in ('CITIZEN', 'ENTERPRISE', 'ANONYMOUS')),
    -- Who alone may rate the reply: the signed-in person's subject, or anonymous:<id> for the holder of the code.
    submitter                text not null,
    user_id                  uuid references portal_user (id),
    -- HMAC of the anonymous submitter's query code (查询码), bound to the number; the code itself is never stored.
    query_code_hash          text,
    contact_name             text,
    contact_name_index       text,
    contact_phone            text,
    contact_phone_index      text,
    enterprise_name          text,
    credit_code              text,
    credit_code_index        text,
    publish_reply            boolean not null,
    urgent                   boolean not null default false,
    state                    text not null check (state in ('RECEIVED', 'DISPATCHED', 'RETURNED', 'IN_PROGRESS',
                                 'REPLIED', 'REOPENED', 'CLOSED', 'MERGED', 'ANSWERED_BY_KNOWLEDGE_BASE')),
    lead_department_id       uuid references agency (id),
    assisting_department_ids uuid[] not null default '{}',
    -- Reopened after a first 不满意: handled again under supervision (督办).
    supervised               boolean not null default false,
    received_at              timestamptz not null,
    received_on              date not null,
    closed_on                date,
    -- The deadlines as they stood on deadline_as_of. *_due_at is the exact instant of an urgent ticket's limit (hours);
    -- due_on/due_at are the earliest limit still running (acceptance or reply), null when the ticket waits for the
    -- dispatcher, the person, or nothing.
    acceptance_due_on        date,
    acceptance_due_at        timestamptz,
    reply_due_on             date,
    reply_due_at             timestamptz,
    rating_due_on            date,
    due_on                   date,
    due_at                   timestamptz,
    provisional_year         int,
    deadline_as_of           date not null,
    version                  int not null default 0,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    check ((submitter_kind = 'ANONYMOUS') = (query_code_hash is not null)),
    check (submitter_kind = 'ANONYMOUS' or user_id is not null),
    check ((submitter_kind = 'ENTERPRISE') = (credit_code is not null)),
    check ((state in ('CLOSED', 'MERGED', 'ANSWERED_BY_KNOWLEDGE_BASE')) = (closed_on is not null)),
    check (due_at is null or due_on is not null)
);

-- The dispatcher's queue: the centre's open tickets by the limit that runs first.
create index hotline_ticket_centre_queue_idx on hotline_ticket (centre_id, due_on nulls last, number)
    where closed_on is null;
-- A department's queue: tickets it leads, and those it assists (array overlap).
create index hotline_ticket_lead_queue_idx on hotline_ticket (lead_department_id, due_on nulls last, number);
create index hotline_ticket_assisting_idx on hotline_ticket using gin (assisting_department_ids);
-- Overdue and at-risk: open tickets whose running limit is near or past.
create index hotline_ticket_running_due_idx on hotline_ticket (due_on) where due_on is not null;
create index hotline_ticket_state_idx on hotline_ticket (centre_id, state, received_at desc);
create index hotline_ticket_user_idx on hotline_ticket (user_id, received_at desc) where user_id is not null;
create index hotline_ticket_phone_idx on hotline_ticket (contact_phone_index) where contact_phone_index is not null;
create index hotline_ticket_credit_code_idx on hotline_ticket (credit_code_index) where credit_code_index is not null;
-- Repeats of the same matter at the same place, suggested for merging (并单).
create index hotline_ticket_similar_idx on hotline_ticket (centre_id, category_code, region_id, received_at desc)
    where closed_on is null;
-- Replies awaiting their rating, closed unrated once the rating window is over.
create index hotline_ticket_rating_due_idx on hotline_ticket (rating_due_on) where state = 'REPLIED';
create index hotline_ticket_provisional_idx on hotline_ticket (provisional_year) where provisional_year is not null;
-- The staff's search by words of the title or description, or part of the number.
create extension if not exists pg_trgm;
create index hotline_ticket_text_idx on hotline_ticket using gin ((number || ' ' || title || ' ' || description) gin_trgm_ops);

-- The timeline (办理记录): appended, never changed.
create table hotline_event (
    ticket_id       uuid not null references hotline_ticket (id),
    seq             int  not null check (seq >= 1),
    type            text not null,
    occurred_at     timestamptz not null,
    occurred_on     date not null,
    actor           text not null,
    actor_role      text,
    actor_agency_id uuid references agency (id),
    details         jsonb not null default '{}',
    primary key (ticket_id, seq)
);

create function hotline_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the timeline of a hotline ticket is never changed (ticket %, step %)', old.ticket_id, old.seq;
end;
$$;
create trigger hotline_event_append_only
    before update or delete on hotline_event
    for each row execute function hotline_event_is_append_only();

-- Ticket numbers run per centre and day (340600-20261203-00017) without gaps a caller could wonder about.
create table hotline_number_sequence (
    centre_id uuid not null references agency (id),
    day       date not null,
    last      int  not null,
    primary key (centre_id, day)
);

-- Idempotency-Key of each submission: a retried POST finds the ticket it already created. The owner is the signed-in
-- user (user:<id>) or, for an anonymous caller, a keyed hash of the client (client:<hash>).
create table hotline_submission_key (
    owner       text not null,
    key         text not null,
    fingerprint text not null,
    ticket_id   uuid not null references hotline_ticket (id) deferrable initially deferred,
    -- An anonymous ticket's query code, encrypted: a retry whose first answer was lost gets it again, and only a
    -- retry from the same client with the same key and body.
    query_code  text,
    created_at  timestamptz not null default now(),
    primary key (owner, key)
);

-- Files of tickets: photos and PDFs the person attaches, and those a department attaches to its reply. Kept in the
-- database so every instance serves every file; uploaded_by is a subject or client:<hash> for an anonymous caller.
create table hotline_file (
    id           uuid primary key,
    uploaded_by  text not null,
    file_name    text not null,
    content_type text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size         int  not null check (size > 0 and size <= 10485760),
    sha256       text not null,
    content      bytea not null,
    created_at   timestamptz not null default now()
);
create index hotline_file_uploader_idx on hotline_file (uploaded_by);

-- Which ticket a file belongs to, and to which reply (the reply's step), if to one: a file belongs to one ticket.
create table hotline_attachment (
    file_id   uuid primary key references hotline_file (id),
    ticket_id uuid not null references hotline_ticket (id),
    reply_seq int,
    position  int  not null
);
create index hotline_attachment_ticket_idx on hotline_attachment (ticket_id, reply_seq, position);
