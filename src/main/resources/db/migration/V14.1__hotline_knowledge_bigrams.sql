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

-- An entry's terms are derived from its question and keywords by the database itself, so no writer can store
-- them by another rule.
drop index hotline_knowledge_entry_bigrams_idx;
alter table hotline_knowledge_entry drop column bigrams;
alter table hotline_knowledge_entry
    add column bigrams text[] not null generated always as (hotline_bigrams(question || ' ' || keywords)) stored;
create index hotline_knowledge_entry_bigrams_idx on hotline_knowledge_entry using gin (bigrams) where active;
