-- The working copy of a report (年度报告草稿) and where it stands in the workflow: a draft is written, submitted,
-- approved by a publisher of the same agency, then published at once or at a scheduled time. After publication
-- the working copy stays as PUBLISHED until a correction (更正) starts a new draft from the published text.
create table annual_report_draft (
    report_id       uuid primary key references annual_report (id),
    state           text not null check (state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'SCHEDULED', 'PUBLISHED')),
    -- The number of the latest saved version: a save names the revision it was made from, so two editors
    -- cannot overwrite each other unseen.
    revision        int  not null check (revision >= 1),
    content         jsonb not null,
    correction_note text,
    scheduled_for   timestamptz,
    -- Who submitted the draft: another publisher than the author approves it.
    submitted_by    text,
    updated_at      timestamptz not null,
    updated_by      text not null,
    check ((state = 'SCHEDULED') = (scheduled_for is not null))
);
create index annual_report_draft_due_idx on annual_report_draft (scheduled_for) where state = 'SCHEDULED';

-- Every save of a draft (版本), kept for the version list and the diff between any two.
create table annual_report_draft_version (
    report_id       uuid not null references annual_report (id),
    revision        int  not null,
    content         jsonb not null,
    correction_note text,
    saved_at        timestamptz not null,
    saved_by        text not null,
    primary key (report_id, revision)
);

-- Withdrawal (撤回) of a published report: its versions stay on record, the public no longer sees them.
alter table annual_report
    add column withdrawn_at      timestamptz,
    add column withdrawal_reason text,
    add column withdrawn_by      text,
    add check ((withdrawn_at is null) = (withdrawal_reason is null));
