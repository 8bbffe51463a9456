-- The reply board of a centre, counted and paged without reading the tickets: each reply carries its ticket's centre
-- (which never changes), and the board's index leads with it.
alter table hotline_reply add column centre_id uuid references agency (id);
update hotline_reply r set centre_id = t.centre_id from hotline_ticket t where t.id = r.ticket_id;
alter table hotline_reply alter column centre_id set not null;

drop index hotline_reply_board_idx;
create index hotline_reply_board_idx on hotline_reply (centre_id, published_at desc, ticket_id, seq)
    where publication = 'PUBLISHED';
