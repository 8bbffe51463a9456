-- The deadline as it stood at the last change, written with every change beside the timeline it is derived from
-- (the timeline stays the truth): due_on is the reply deadline (null while a correction is awaited), and
-- provisional_year the first year not entered in the working-day calendar when a date of the deadline fell in it,
-- so that entering that year finds the requests whose dates become final.
alter table disclosure_request
    add column due_on date,
    add column provisional_year int;

create index disclosure_request_provisional_idx on disclosure_request (provisional_year)
    where provisional_year is not null;
