-- The dispatch catalogue (派单目录) of each hotline centre: the matters it takes in, each with the department that
-- leads on it (主办单位), which the dispatcher is offered first. Business-environment matters (营商环境) are
-- counted apart.
create table hotline_matter (
    code                 text primary key,
    centre_id            uuid not null references agency (id),
    name                 text not null,
    -- The broad field of GB/T 39666-2020 the matter belongs to (e.g. 市场监管, 城乡建设), for grouping in the picker.
    field                text not null,
    lead_department_id   uuid not null references agency (id),
    business_environment boolean not null default false,
    -- Words people use for the matter, searched with the name by the picker.
    keywords             text not null default '',
    active               boolean not null default true,
    unique (centre_id, name)
);
create index hotline_matter_centre_idx on hotline_matter (centre_id, field, code) where active;

-- The knowledge base (知识库, GB/T 44191-2024): answers the centre gives on its own, shown to people while they
-- type and used by dispatchers to answer an enquiry at once. bigrams holds the overlapping character pairs of the
-- question and keywords, so that text typed in any wording finds entries by an indexed overlap.
create table hotline_knowledge_entry (
    id            uuid primary key,
    centre_id     uuid not null references agency (id),
    matter_code   text references hotline_matter (code),
    question      text not null,
    answer        text not null,
    -- The policy or service the answer rests on (政策依据), shown under it.
    basis         text not null default '',
    keywords      text not null default '',
    bigrams       text[] not null default '{}',
    reviewed_on   date not null,
    active        boolean not null default true
);
create index hotline_knowledge_entry_bigrams_idx on hotline_knowledge_entry using gin (bigrams) where active;
create index hotline_knowledge_entry_centre_idx on hotline_knowledge_entry (centre_id) where active;
