-- Files of disclosure requests (申请材料与公开文件): applicants' attachments and powers of attorney, and the
-- documents released with a reply. Kept in the database so every instance serves every file.
create table disclosure_file (
    id           uuid primary key,
    uploaded_by  text not null,
    file_name    text not null,
    content_type text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size         int  not null check (size > 0 and size <= 10485760),
    sha256       text not null,
    content      bytea not null,
    created_at   timestamptz not null default now()
);
create index disclosure_file_uploader_idx on disclosure_file (uploaded_by);
