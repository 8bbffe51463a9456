-- Each reply of a hotline ticket (答复记录), written with the reply in the same transaction: the reply's time limit as
-- it stood at that moment (so that the on-time reply rate is a count, not a recomputation over a calendar that may
-- have changed since), and its publication on the reply board (办理结果公开). A reply the person allowed to be
-- published is redacted at once (names, numbers, addresses … removed, with the list of removals by position) and waits
-- for the dispatcher's check; the board shows only what the dispatcher approved. The original text stays in the
-- ticket's timeline (hotline_event), never here.
create table hotline_reply (
    ticket_id               uuid not null references hotline_ticket (id),
    -- The step of the timeline that is the reply (REPLIED).
    seq                     int  not null check (seq >= 1),
    department_id           uuid not null references agency (id),
    replied_at              timestamptz not null,
    replied_on              date not null,
    -- The reply's limit at the reply: the last day, and the instant for an urgent ticket.
    due_on                  date not null,
    due_at                  timestamptz,
    on_time                 boolean not null,
    publication             text not null check (publication in ('NOT_ALLOWED', 'AWAITING_CHECK', 'SUPERSEDED',
                                'PUBLISHED', 'WITHHELD')),
    -- What the redaction made of the ticket's title, description and the reply, and what it removed (positions in
    -- the original and in the redacted text, kinds; never the removed text itself).
    redacted_title          text,
    redacted_description    text,
    redacted_text           text,
    redactions              jsonb,
    -- What the dispatcher approved: the redacted texts, perhaps edited, checked again before they were stored.
    published_title         text,
    published_description   text,
    published_text          text,
    published_at            timestamptz,
    decided_by              text,
    decided_at              timestamptz,
    withheld_reason         text,
    -- The board's search terms: the one rule of V14 (hotline_bigrams) for stored and typed text.
    search_terms            text[] generated always as (
                                case when publication = 'PUBLISHED'
                                     then hotline_bigrams(published_title || ' ' || published_description || ' '
                                                          || published_text) end) stored,
    primary key (ticket_id, seq),
    check ((publication = 'NOT_ALLOWED') = (redacted_text is null)),
    check ((publication = 'PUBLISHED') = (published_text is not null and published_at is not null)),
    check ((publication in ('PUBLISHED', 'WITHHELD')) = (decided_at is not null)),
    check ((publication = 'WITHHELD') = (withheld_reason is not null))
);

-- The board: published replies, newest first; searched by an indexed containment of character pairs.
create index hotline_reply_board_idx on hotline_reply (published_at desc, ticket_id, seq)
    where publication = 'PUBLISHED';
create index hotline_reply_search_idx on hotline_reply using gin (search_terms) where publication = 'PUBLISHED';

-- The statistics: tickets received by a centre (or led by a department) in a period, and the steps they need from
-- the timeline, each found by a partial index holding what the query reads.
create index hotline_ticket_received_idx on hotline_ticket (centre_id, received_on);
create index hotline_ticket_lead_received_idx on hotline_ticket (lead_department_id, received_on)
    where lead_department_id is not null;
create index hotline_event_accepted_idx on hotline_event (ticket_id) include (occurred_on, occurred_at)
    where type = 'ACCEPTED';
create index hotline_event_rated_idx on hotline_event (ticket_id, seq) include (details) where type = 'RATED';
create index hotline_event_self_service_idx on hotline_event (ticket_id)
    where type = 'ANSWERED_BY_KNOWLEDGE_BASE' and actor_role is null;
