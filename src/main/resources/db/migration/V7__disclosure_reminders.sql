-- Deadline reminders (到期提醒) for the agency's staff: one row per request, kind and day, so a reminder job
-- running on several instances at once still writes each reminder once.
create table disclosure_reminder (
    id                uuid primary key,
    agency_id         uuid not null references agency (id),
    request_number    text not null references disclosure_request (number),
    kind              text not null check (kind in ('AT_RISK', 'OVERDUE')),
    due_on            date not null,
    working_days_left int  not null,
    reminded_on       date not null,
    unique (request_number, kind, reminded_on)
);
create index disclosure_reminder_agency_idx on disclosure_reminder (agency_id, reminded_on desc);
