-- An agency's English name (英文名称) as the agency itself gives it, shown beside its Chinese name in the English
-- interface; null where the directory has none, and the Chinese name then stands alone. One line of printable text.
alter table agency
    add column name_en text check (
        length(name_en) between 1 and 200 and name_en = btrim(name_en) and name_en !~ '[[:cntrl:]]');
