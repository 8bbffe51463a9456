-- Rule-of-law plans (法治政府建设规划方案) are published beside the annual reports but are not annual
-- reports: they owe no deadline and must not stand on the compliance board as a year's report.
alter table annual_report drop constraint annual_report_kind_check;
alter table annual_report add constraint annual_report_kind_check
    check (kind in ('RULE_OF_LAW', 'OPEN_GOVERNMENT_INFORMATION', 'RULE_OF_LAW_PLAN'));

-- Demo plans imported before this kind existed were filed as rule-of-law reports: file them as plans.
update annual_report r set kind = 'RULE_OF_LAW_PLAN'
where r.kind = 'RULE_OF_LAW'
  and exists (select 1 from annual_report_publication p
              where p.report_id = r.id and p.published_by = 'demo-data' and p.title like '%方案%');
