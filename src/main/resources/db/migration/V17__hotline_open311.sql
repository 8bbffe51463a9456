-- Open311 GeoReport v2 (开放接口) for partner systems: a district's own hotline platform, a mobile app. Each partner
-- posts with an API key the system administrator issued; the key itself is shown once and never stored, only its
-- keyed hash (HMAC-SM3 with the blind-index key), so a copy of the database gives nobody a working key.
create table open311_key (
    id          uuid primary key,
    name        text not null check (length(name) between 1 and 100),
    key_hash    text not null unique,
    -- The key's first characters, so that the administrator can tell keys apart without seeing them again.
    key_prefix  text not null,
    created_by  text not null,
    created_at  timestamptz not null,
    revoked_by  text,
    revoked_at  timestamptz,
    check ((revoked_at is null) = (revoked_by is null))
);

-- Tickets received through Open311: by which partner's key (the channel), and the token the specification lets a
-- client exchange for the ticket's number (GET tokens/{token}).
create table open311_request (
    ticket_id   uuid primary key references hotline_ticket (id),
    key_id      uuid not null references open311_key (id),
    token       uuid not null unique,
    received_at timestamptz not null
);
-- A partner reading back what it sent, newest first.
create index open311_request_key_idx on open311_request (key_id, received_at desc);

-- The public list of requests: tickets by the time they were received, within the 90 days the specification allows.
create index hotline_ticket_received_at_idx on hotline_ticket (centre_id, received_at desc);
