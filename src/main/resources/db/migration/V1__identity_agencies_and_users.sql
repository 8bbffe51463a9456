-- Agencies (机关): every body the portal serves, in its hierarchy province › city › county › department.
create table agency (
    id           uuid primary key,
    code         text not null unique,
    name         text not null,
    short_name   text not null,
    kind         text not null check (kind in ('PROVINCE_GOVERNMENT', 'CITY_GOVERNMENT', 'COUNTY_GOVERNMENT',
                                               'DISTRICT_GOVERNMENT', 'DEPARTMENT')),
    parent_id    uuid references agency (id),
    region_code  text not null check (region_code ~ '^[0-9]{6}$'),
    address      text not null default '',
    postal_code  text not null default '',
    phone        text not null default '',
    email        text not null default '',
    website      text not null default '',
    office_hours text not null default '',
    created_at   timestamptz not null default now(),
    check (code ~ '^[a-z0-9-]{2,40}$'),
    -- Only a province stands at the top; everything else sits under a parent.
    check ((kind = 'PROVINCE_GOVERNMENT') = (parent_id is null))
);
create index agency_parent_idx on agency (parent_id);

-- People who have signed in, known by their identity provider's subject.
create table portal_user (
    id            uuid primary key,
    subject       text not null unique,
    display_name  text not null,
    email         text,
    created_at    timestamptz not null default now(),
    last_login_at timestamptz
);

-- What each person may do; staff roles are always scoped to one agency.
create table role_grant (
    id         uuid primary key,
    user_id    uuid not null references portal_user (id) on delete cascade,
    role       text not null check (role in ('CITIZEN', 'ENTERPRISE_REPRESENTATIVE', 'DISCLOSURE_OFFICER',
                                             'OGI_OFFICE_HEAD', 'HOTLINE_DISPATCHER', 'DEPARTMENT_HANDLER',
                                             'REPORT_EDITOR', 'REPORT_PUBLISHER', 'SYSTEM_ADMINISTRATOR',
                                             'SECURITY_AUDITOR')),
    agency_id  uuid references agency (id),
    granted_at timestamptz not null default now(),
    granted_by text not null default 'system',
    check ((role in ('CITIZEN', 'ENTERPRISE_REPRESENTATIVE', 'SYSTEM_ADMINISTRATOR', 'SECURITY_AUDITOR'))
           = (agency_id is null))
);
create unique index role_grant_unique_idx
    on role_grant (user_id, role, coalesce(agency_id, '00000000-0000-0000-0000-000000000000'));
