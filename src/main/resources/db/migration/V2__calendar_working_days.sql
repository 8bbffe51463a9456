-- Working-day calendar (工作日历): the State Council's holiday arrangement for each year.
-- Deadlines are counted in working days and a missing year fails loudly rather than being guessed,
-- so each November, when the next year's notice is published, an administrator adds it
-- (POST /api/admin/calendar/years).

create table calendar_year (
    year     int primary key,
    source   text not null,
    added_at timestamptz not null default now()
);

create table calendar_day (
    day  date primary key,
    year int not null references calendar_year,
    kind text not null check (kind in ('HOLIDAY', 'WORKING_WEEKEND')),
    name text not null,
    -- a day filed under the wrong year would silently shift that year's working-day count
    constraint calendar_day_in_its_year check (extract(year from day) = year)
);

insert into calendar_year (year, source) values
    (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
    (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日发布）');

-- 2025: 248 working days
insert into calendar_day (day, year, kind, name) values
    ('2025-01-01', 2025, 'HOLIDAY', '元旦'),
    ('2025-01-26', 2025, 'WORKING_WEEKEND', '春节调休上班'),
    ('2025-01-28', 2025, 'HOLIDAY', '春节'),
    ('2025-01-29', 2025, 'HOLIDAY', '春节'),
    ('2025-01-30', 2025, 'HOLIDAY', '春节'),
    ('2025-01-31', 2025, 'HOLIDAY', '春节'),
    ('2025-02-01', 2025, 'HOLIDAY', '春节'),
    ('2025-02-02', 2025, 'HOLIDAY', '春节'),
    ('2025-02-03', 2025, 'HOLIDAY', '春节'),
    ('2025-02-04', 2025, 'HOLIDAY', '春节'),
    ('2025-02-08', 2025, 'WORKING_WEEKEND', '春节调休上班'),
    ('2025-04-04', 2025, 'HOLIDAY', '清明节'),
    ('2025-04-05', 2025, 'HOLIDAY', '清明节'),
    ('2025-04-06', 2025, 'HOLIDAY', '清明节'),
    ('2025-04-27', 2025, 'WORKING_WEEKEND', '劳动节调休上班'),
    ('2025-05-01', 2025, 'HOLIDAY', '劳动节'),
    ('2025-05-02', 2025, 'HOLIDAY', '劳动节'),
    ('2025-05-03', 2025, 'HOLIDAY', '劳动节'),
    ('2025-05-04', 2025, 'HOLIDAY', '劳动节'),
    ('2025-05-05', 2025, 'HOLIDAY', '劳动节'),
    ('2025-05-31', 2025, 'HOLIDAY', '端午节'),
    ('2025-06-01', 2025, 'HOLIDAY', '端午节'),
    ('2025-06-02', 2025, 'HOLIDAY', '端午节'),
    ('2025-09-28', 2025, 'WORKING_WEEKEND', '国庆节、中秋节调休上班'),
    ('2025-10-01', 2025, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-02', 2025, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-03', 2025, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-04', 2025, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-05', 2025, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-06', 2025, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-07', 2025, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-08', 2025, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-11', 2025, 'WORKING_WEEKEND', '国庆节、中秋节调休上班');

-- 2026: 248 working days
insert into calendar_day (day, year, kind, name) values
    ('2026-01-01', 2026, 'HOLIDAY', '元旦'),
    ('2026-01-02', 2026, 'HOLIDAY', '元旦'),
    ('2026-01-03', 2026, 'HOLIDAY', '元旦'),
    ('2026-01-04', 2026, 'WORKING_WEEKEND', '元旦调休上班'),
    ('2026-02-14', 2026, 'WORKING_WEEKEND', '春节调休上班'),
    ('2026-02-15', 2026, 'HOLIDAY', '春节'),
    ('2026-02-16', 2026, 'HOLIDAY', '春节'),
    ('2026-02-17', 2026, 'HOLIDAY', '春节'),
    ('2026-02-18', 2026, 'HOLIDAY', '春节'),
    ('2026-02-19', 2026, 'HOLIDAY', '春节'),
    ('2026-02-20', 2026, 'HOLIDAY', '春节'),
    ('2026-02-21', 2026, 'HOLIDAY', '春节'),
    ('2026-02-22', 2026, 'HOLIDAY', '春节'),
    ('2026-02-23', 2026, 'HOLIDAY', '春节'),
    ('2026-02-28', 2026, 'WORKING_WEEKEND', '春节调休上班'),
    ('2026-04-04', 2026, 'HOLIDAY', '清明节'),
    ('2026-04-05', 2026, 'HOLIDAY', '清明节'),
    ('2026-04-06', 2026, 'HOLIDAY', '清明节'),
    ('2026-05-01', 2026, 'HOLIDAY', '劳动节'),
    ('2026-05-02', 2026, 'HOLIDAY', '劳动节'),
    ('2026-05-03', 2026, 'HOLIDAY', '劳动节'),
    ('2026-05-04', 2026, 'HOLIDAY', '劳动节'),
    ('2026-05-05', 2026, 'HOLIDAY', '劳动节'),
    ('2026-05-09', 2026, 'WORKING_WEEKEND', '劳动节调休上班'),
    ('2026-06-19', 2026, 'HOLIDAY', '端午节'),
    ('2026-06-20', 2026, 'HOLIDAY', '端午节'),
    ('2026-06-21', 2026, 'HOLIDAY', '端午节'),
    ('2026-09-20', 2026, 'WORKING_WEEKEND', '国庆节调休上班'),
    ('2026-09-25', 2026, 'HOLIDAY', '中秋节'),
    ('2026-09-26', 2026, 'HOLIDAY', '中秋节'),
    ('2026-09-27', 2026, 'HOLIDAY', '中秋节'),
    ('2026-10-01', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-02', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-03', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-04', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-05', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-06', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-07', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-10', 2026, 'WORKING_WEEKEND', '国庆节调休上班');
