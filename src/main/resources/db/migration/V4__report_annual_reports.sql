-- Annual reports (年度报告): one per agency, year and kind.
create table annual_report (
    id         uuid primary key,
    agency_id  uuid not null references agency (id),
    year       int  not null check (year between 2000 and 2100),
    kind       text not null check (kind in ('RULE_OF_LAW', 'OPEN_GOVERNMENT_INFORMATION')),
    created_at timestamptz not null default now(),
    unique (agency_id, year, kind)
);

-- Each published version (公开版本). Never changed once written: a correction is a new version
-- with a correction note (更正说明), so what the public read on a given day stays on record.
create table annual_report_publication (
    id              uuid primary key,
    report_id       uuid not null references annual_report (id),
    version         int  not null check (version >= 1),
    title           text not null,
    content         jsonb not null,
    plain_text      text not null,
    -- Chinese has no spaces between words: the text is indexed as overlapping character pairs.
    search_tokens   tsvector not null,
    correction_note text,
    published_at    timestamptz not null,
    published_by    text not null,
    unique (report_id, version),
    check ((version = 1) = (correction_note is null))
);
create index annual_report_publication_search_idx on annual_report_publication using gin (search_tokens);
create index annual_report_publication_published_idx on annual_report_publication (published_at desc);

create function annual_report_publication_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'published report versions are never changed or deleted (version %)', old.id;
end;
$$;
create trigger annual_report_publication_immutable
    before update or delete on annual_report_publication
    for each row execute function annual_report_publication_is_immutable();
