-- The deadline as it stood at the last change, written with every change beside the timeline it is derived from
-- (the timeline stays the truth), so that the staff queue, its filters and its paging are answered by SQL:
-- due_on is the reply deadline (null while a correction is awaited), provisional_year the first year not entered in
-- the working-day calendar when a date of the deadline fell in it (entering that year finds these requests), and
-- deadline_as_of the day they were worked out (null for requests stored before: filled in at start-up).
alter table disclosure_request
    add column due_on date,
    add column provisional_year int,
    add column deadline_as_of date;

-- The queue: an agency's open requests by deadline.
create index disclosure_request_queue_idx on disclosure_request (agency_id, due_on, number) where outcome is null;
create index disclosure_request_provisional_idx on disclosure_request (provisional_year)
    where provisional_year is not null;
create index disclosure_request_deadline_unknown_idx on disclosure_request (received_on)
    where deadline_as_of is null and outcome is null;
