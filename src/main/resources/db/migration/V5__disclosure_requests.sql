-- Disclosure requests (政府信息公开申请). Identity numbers, phone numbers and postal addresses are
-- SM4-GCM ciphertext; *_index columns hold keyed hashes so "the same applicant" is found without decrypting.
create table disclosure_request (
    id                   uuid primary key,
    number               text not null unique,
    agency_id            uuid not null references agency (id),
    receipt_channel      text not null check (receipt_channel in ('ONLINE', 'IN_PERSON', 'POST', 'FAX')),
    applicant_user_id    uuid references portal_user (id),
    applicant_kind       text not null check (applicant_kind in ('NATURAL_PERSON', 'COMMERCIAL_ENTERPRISE',
                             'RESEARCH_INSTITUTION', 'PUBLIC_INTEREST_ORGANISATION', 'LEGAL_SERVICE_ORGANISATION',
                             'OTHER_ORGANISATION')),
    applicant_name       text not null,
    credit_code          text,
    representative       text,
    id_type              text not null,
    id_number            text not null,
    id_number_index      text not null,
    agent_name           text,
    agent_id_type        text,
    agent_id_number      text,
    power_of_attorney_id text,
    phone                text not null,
    phone_index          text not null,
    email                text,
    postal_address       text,
    postal_code          text,
    info_title           text,
    info_document_number text,
    info_description     text not null,
    medium               text not null check (medium in ('PAPER', 'ELECTRONIC')),
    delivery_channel     text not null check (delivery_channel in ('POST', 'PICK_UP', 'EMAIL', 'ONLINE')),
    attachment_ids       text not null default '',
    received_on          date not null,
    state                text not null check (state in ('RECEIVED', 'AWAITING_CORRECTION', 'IN_PROGRESS',
                             'AWAITING_OPINION', 'AWAITING_FEE', 'ANSWERED', 'WITHDRAWN', 'LAPSED', 'FEE_UNPAID')),
    outcome              text,
    closed_on            date,
    assignee             text,
    extension_pending    boolean not null default false,
    version              int not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    -- A final state always has its outcome and day, an open one never.
    check ((state in ('ANSWERED', 'WITHDRAWN', 'LAPSED', 'FEE_UNPAID')) = (outcome is not null)),
    check ((outcome is null) = (closed_on is null)),
    check ((agent_name is null) = (agent_id_number is null))
);
create index disclosure_request_agency_state_idx on disclosure_request (agency_id, state);
create index disclosure_request_applicant_user_idx on disclosure_request (applicant_user_id);
create index disclosure_request_applicant_idx on disclosure_request (agency_id, id_number_index);
create index disclosure_request_statistics_idx on disclosure_request (agency_id, received_on, closed_on);

-- The timeline (办理记录): appended, never changed.
create table disclosure_event (
    request_id  uuid not null references disclosure_request (id),
    seq         int  not null check (seq >= 1),
    type        text not null,
    occurred_on date not null,
    recorded_at timestamptz not null,
    actor       text not null,
    actor_role  text not null,
    details     jsonb not null default '{}',
    primary key (request_id, seq)
);

create function disclosure_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the timeline of a disclosure request is never changed (request %, step %)', old.request_id, old.seq;
end;
$$;
create trigger disclosure_event_append_only
    before update or delete on disclosure_event
    for each row execute function disclosure_event_is_append_only();

-- Request numbers run per agency and year without gaps a citizen could wonder about.
create table disclosure_number_sequence (
    agency_id uuid not null references agency (id),
    year      int  not null,
    last      int  not null,
    primary key (agency_id, year)
);

-- Idempotency-Key of each submission: a retried POST finds the request it already created.
create table disclosure_submission_key (
    user_id     uuid not null references portal_user (id),
    key         text not null,
    fingerprint text not null,
    request_id  uuid not null references disclosure_request (id) deferrable initially deferred,
    created_at  timestamptz not null default now(),
    primary key (user_id, key)
);
