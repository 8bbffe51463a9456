-- The dispatch catalogue (派单目录) of each hotline centre: the matters it takes in, each with the department that
-- leads on it (主办单位), which the dispatcher is offered first. Business-environment matters (营商环境) are
-- counted apart.
create table hotline_matter (
    -- At most 64 characters: the intake form and Open311 take codes that long.
    code                 text primary key check (char_length(code) <= 64),
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

-- The one rule for the knowledge base's search terms, used both for the stored entries and for the text a person
-- types: runs of Chinese characters give their overlapping character pairs (a run of one character gives itself),
-- runs of Latin letters and digits give themselves as one term; everything else separates runs. NFKC folds
-- full-width letters and digits into the ASCII ones people also type. The pairs every question is made of (怎么,
-- 能不能, 可以, 请问 …) are dropped: few entries hold them, which would make them weigh as if they said something.
create function hotline_bigrams(source text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct term order by term), '{}')
    from regexp_matches(lower(normalize(source, NFKC)), '[\u3400-\u4dbf\u4e00-\u9fff]+|[a-z0-9]+', 'g') as run (parts)
    cross join lateral (
        select case
                   when parts[1] ~ '^[a-z0-9]' or char_length(parts[1]) = 1 then parts[1]
                   else substr(parts[1], i, 2)
               end as term
        from generate_series(1, greatest(char_length(parts[1]) - 1, 1)) as i
    ) as terms
    where term <> all (array['怎么', '么办', '怎样', '如何', '什么', '么样', '哪里', '哪个', '哪些', '可以', '能不', '不能',
                             '能否', '是否', '会不', '不会', '有没', '请问', '问一', '问下', '一下', '我们', '你们', '他们',
                             '我的', '这个', '那个', '一个', '吗'])
$$;

-- The knowledge base (知识库, GB/T 44191-2024): answers the centre gives on its own, shown to people while they
-- type and used by dispatchers to answer an enquiry at once. bigrams holds the search terms of the question and
-- keywords, derived by the database itself so that no writer can store them by another rule, and text typed in any
-- wording finds entries by an indexed overlap.
create table hotline_knowledge_entry (
    id            uuid primary key,
    centre_id     uuid not null references agency (id),
    matter_code   text references hotline_matter (code),
    question      text not null,
    answer        text not null,
    -- The policy or service the answer rests on (政策依据), shown under it.
    basis         text not null default '',
    keywords      text not null default '',
    bigrams       text[] not null generated always as (hotline_bigrams(question || ' ' || keywords)) stored,
    reviewed_on   date not null,
    active        boolean not null default true
);
create index hotline_knowledge_entry_bigrams_idx on hotline_knowledge_entry using gin (bigrams) where active;
create index hotline_knowledge_entry_centre_idx on hotline_knowledge_entry (centre_id) where active;
