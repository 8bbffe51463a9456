-- The PDF of each published version (年度报告 PDF), rendered once and kept: a version never changes, so neither
-- does its PDF, and a busy day serves stored bytes instead of rendering them again. A new layout of the PDF
-- (rendition) is rendered afresh.
create table annual_report_pdf (
    report_id   uuid not null references annual_report (id),
    version     int  not null,
    rendition   int  not null,
    sha256      text not null,
    pdf         bytea not null,
    rendered_at timestamptz not null default now(),
    primary key (report_id, version, rendition)
);
