-- Figures of a report (报告插图), uploaded by its editors and referred to from its Markdown as /reports/images/{id}.
-- Never changed once stored: a published version keeps showing the figure it was published with.
create table annual_report_image (
    id          uuid primary key,
    report_id   uuid not null references annual_report (id),
    media_type  text not null check (media_type in ('image/png', 'image/jpeg')),
    sha256      text not null,
    bytes       bytea not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null default now()
);
create index annual_report_image_report_idx on annual_report_image (report_id);
