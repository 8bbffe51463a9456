-- Demo agencies from the seed documents (with the departments and districts of 淮北市 its 12345 catalogue needs)
-- and one demo user per role. Safe to re-run.
-- The user names below are printed by ./gongkai up; the development provider accepts any of them.
-- demo-login: citizen-demo        公民 citizen
-- demo-login: enterprise-demo     企业代表 enterprise representative
-- demo-login: officer-huaibei     淮北市人民政府 依申请公开经办人 disclosure officer
-- demo-login: officehead-huaibei  淮北市人民政府 政务公开办负责人 OGI office head
-- demo-login: officer-suixi       濉溪县人民政府 依申请公开经办人 disclosure officer
-- demo-login: dispatcher-huaibei  淮北市 12345 派单员 hotline dispatcher
-- demo-login: handler-huaibei-scjg 淮北市市场监督管理局 承办人 department handler
-- demo-login: handler-huaibei-sthj 淮北市生态环境局 承办人 department handler
-- demo-login: editor-suixi        濉溪县人民政府 年度报告编辑 report editor
-- demo-login: publisher-suixi     濉溪县人民政府 年度报告发布人 report publisher
-- demo-login: editor-huaibei      淮北市人民政府 年度报告编辑 report editor
-- demo-login: publisher-huaibei   淮北市人民政府 年度报告发布人 report publisher
-- demo-login: admin               系统管理员 system administrator
-- demo-login: auditor             安全审计员 security auditor

insert into agency (id, code, name, short_name, kind, parent_id, region_code, address, postal_code, phone, website, office_hours)
values
  ('00000000-0000-4000-8000-340000000000', '340000', '安徽省人民政府', '安徽省政府', 'PROVINCE_GOVERNMENT', null, '340000', '安徽省合肥市', '230000', '12345', '', '工作日 9:00–17:00'),
  ('00000000-0000-4000-8000-340600000000', '340600', '淮北市人民政府', '淮北市政府', 'CITY_GOVERNMENT', '00000000-0000-4000-8000-340000000000', '340600', '安徽省淮北市', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340600000001', '340600-sfj', '淮北市司法局', '市司法局', 'DEPARTMENT', '00000000-0000-4000-8000-340600000000', '340600', '安徽省淮北市', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340600000002', '340600-zwfwj', '淮北市政务服务管理局', '市政务服务管理局', 'DEPARTMENT', '00000000-0000-4000-8000-340600000000', '340600', '安徽省淮北市', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340600000003', '340600-scjgj', '淮北市市场监督管理局', '市市场监管局', 'DEPARTMENT', '00000000-0000-4000-8000-340600000000', '340600', '安徽省淮北市', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340600000004', '340600-sthjj', '淮北市生态环境局', '市生态环境局', 'DEPARTMENT', '00000000-0000-4000-8000-340600000000', '340600', '安徽省淮北市', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340600000005', '340600-zjj', '淮北市住房和城乡建设局', '市住房城乡建设局', 'DEPARTMENT', '00000000-0000-4000-8000-340600000000', '340600', '安徽省淮北市', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340600000006', '340600-rsj', '淮北市人力资源和社会保障局', '市人力资源社会保障局', 'DEPARTMENT', '00000000-0000-4000-8000-340600000000', '340600', '安徽省淮北市', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340600000007', '340600-jtysj', '淮北市交通运输局', '市交通运输局', 'DEPARTMENT', '00000000-0000-4000-8000-340600000000', '340600', '安徽省淮北市', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340600000008', '340600-cgj', '淮北市城市管理局', '市城市管理局', 'DEPARTMENT', '00000000-0000-4000-8000-340600000000', '340600', '安徽省淮北市', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340600000009', '340600-jyj', '淮北市教育局', '市教育局', 'DEPARTMENT', '00000000-0000-4000-8000-340600000000', '340600', '安徽省淮北市', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340600000010', '340600-wjw', '淮北市卫生健康委员会', '市卫生健康委', 'DEPARTMENT', '00000000-0000-4000-8000-340600000000', '340600', '安徽省淮北市', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340600000011', '340600-gaj', '淮北市公安局', '市公安局', 'DEPARTMENT', '00000000-0000-4000-8000-340600000000', '340600', '安徽省淮北市', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340600000012', '340600-zrzyghj', '淮北市自然资源和规划局', '市自然资源和规划局', 'DEPARTMENT', '00000000-0000-4000-8000-340600000000', '340600', '安徽省淮北市', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340600000013', '340600-ybj', '淮北市医疗保障局', '市医疗保障局', 'DEPARTMENT', '00000000-0000-4000-8000-340600000000', '340600', '安徽省淮北市', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340600000014', '340600-mzj', '淮北市民政局', '市民政局', 'DEPARTMENT', '00000000-0000-4000-8000-340600000000', '340600', '安徽省淮北市', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340600000015', '340600-swj', '淮北市水务局', '市水务局', 'DEPARTMENT', '00000000-0000-4000-8000-340600000000', '340600', '安徽省淮北市', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340602000000', '340602', '淮北市相山区人民政府', '相山区政府', 'DISTRICT_GOVERNMENT', '00000000-0000-4000-8000-340600000000', '340602', '安徽省淮北市相山区', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340603000000', '340603', '淮北市杜集区人民政府', '杜集区政府', 'DISTRICT_GOVERNMENT', '00000000-0000-4000-8000-340600000000', '340603', '安徽省淮北市杜集区', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340604000000', '340604', '淮北市烈山区人民政府', '烈山区政府', 'DISTRICT_GOVERNMENT', '00000000-0000-4000-8000-340600000000', '340604', '安徽省淮北市烈山区', '235000', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340621000000', '340621', '濉溪县人民政府', '濉溪县政府', 'COUNTY_GOVERNMENT', '00000000-0000-4000-8000-340600000000', '340621', '安徽省淮北市濉溪县', '235100', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340621000001', '340621-sfj', '濉溪县司法局', '县司法局', 'DEPARTMENT', '00000000-0000-4000-8000-340621000000', '340621', '安徽省淮北市濉溪县', '235100', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340621000002', '340621-zwfwj', '濉溪县政务服务管理局', '县政务服务管理局', 'DEPARTMENT', '00000000-0000-4000-8000-340621000000', '340621', '安徽省淮北市濉溪县', '235100', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-340621000003', '340621-scjgj', '濉溪县市场监督管理局', '县市场监管局', 'DEPARTMENT', '00000000-0000-4000-8000-340621000000', '340621', '安徽省淮北市濉溪县', '235100', '0561-12345', '', '工作日 8:30–12:00，14:30–17:30'),
  ('00000000-0000-4000-8000-420000000000', '420000', '湖北省人民政府', '湖北省政府', 'PROVINCE_GOVERNMENT', null, '420000', '湖北省武汉市', '430000', '12345', '', '工作日 9:00–17:00'),
  ('00000000-0000-4000-8000-420100000000', '420100', '武汉市人民政府', '武汉市政府', 'CITY_GOVERNMENT', '00000000-0000-4000-8000-420000000000', '420100', '湖北省武汉市', '430000', '027-12345', '', '工作日 9:00–17:00'),
  ('00000000-0000-4000-8000-420105000000', '420105', '武汉市汉阳区人民政府', '汉阳区政府', 'DISTRICT_GOVERNMENT', '00000000-0000-4000-8000-420100000000', '420105', '湖北省武汉市汉阳区', '430050', '027-12345', '', '工作日 9:00–17:00'),
  ('00000000-0000-4000-8000-420105000001', '420105-sfj', '武汉市汉阳区司法局', '区司法局', 'DEPARTMENT', '00000000-0000-4000-8000-420105000000', '420105', '湖北省武汉市汉阳区', '430050', '027-12345', '', '工作日 9:00–17:00'),
  ('00000000-0000-4000-8000-430000000000', '430000', '湖南省人民政府', '湖南省政府', 'PROVINCE_GOVERNMENT', null, '430000', '湖南省长沙市', '410000', '12345', '', '工作日 9:00–17:00'),
  ('00000000-0000-4000-8000-430000000001', '430000-sft', '湖南省司法厅', '省司法厅', 'DEPARTMENT', '00000000-0000-4000-8000-430000000000', '430000', '湖南省长沙市', '410000', '12345', '', '工作日 9:00–17:00')
on conflict (id) do update set
  code = excluded.code, name = excluded.name, short_name = excluded.short_name, kind = excluded.kind,
  parent_id = excluded.parent_id, region_code = excluded.region_code, address = excluded.address,
  postal_code = excluded.postal_code, phone = excluded.phone, website = excluded.website,
  office_hours = excluded.office_hours;

-- Courts hearing administrative cases against the demo agencies (行政诉讼法 Arts. 14–15): a government at county
-- level or above is sued before the intermediate court; a department before the basic-level court where it sits.
-- The Hubei and Hunan agencies have none configured, so their replies name no court.
update agency set competent_court = court.name
from (values
  ('340000', '合肥市中级人民法院'),
  ('340600', '淮北市中级人民法院'),
  ('340600-sfj', '淮北市相山区人民法院'),
  ('340600-zwfwj', '淮北市相山区人民法院'),
  ('340600-scjgj', '淮北市相山区人民法院'),
  ('340600-sthjj', '淮北市相山区人民法院'),
  ('340600-zjj', '淮北市相山区人民法院'),
  ('340600-rsj', '淮北市相山区人民法院'),
  ('340600-jtysj', '淮北市相山区人民法院'),
  ('340600-cgj', '淮北市相山区人民法院'),
  ('340600-jyj', '淮北市相山区人民法院'),
  ('340600-wjw', '淮北市相山区人民法院'),
  ('340600-gaj', '淮北市相山区人民法院'),
  ('340600-zrzyghj', '淮北市相山区人民法院'),
  ('340600-ybj', '淮北市相山区人民法院'),
  ('340600-mzj', '淮北市相山区人民法院'),
  ('340600-swj', '淮北市相山区人民法院'),
  ('340602', '淮北市中级人民法院'),
  ('340603', '淮北市中级人民法院'),
  ('340604', '淮北市中级人民法院'),
  ('340621', '淮北市中级人民法院'),
  ('340621-sfj', '濉溪县人民法院'),
  ('340621-zwfwj', '濉溪县人民法院'),
  ('340621-scjgj', '濉溪县人民法院')
) as court (code, name)
where agency.code = court.code;

-- The English names the agencies give themselves (英文名称), shown beside their Chinese names in the English interface.
update agency set name_en = english.name
from (values
  ('340000', 'Anhui Provincial People''s Government'),
  ('340600', 'Huaibei Municipal People''s Government'),
  ('340600-sfj', 'Huaibei Municipal Bureau of Justice'),
  ('340600-zwfwj', 'Huaibei Municipal Government Services Administration'),
  ('340600-scjgj', 'Huaibei Municipal Administration for Market Regulation'),
  ('340600-sthjj', 'Huaibei Municipal Bureau of Ecology and Environment'),
  ('340600-zjj', 'Huaibei Municipal Bureau of Housing and Urban-Rural Development'),
  ('340600-rsj', 'Huaibei Municipal Bureau of Human Resources and Social Security'),
  ('340600-jtysj', 'Huaibei Municipal Bureau of Transport'),
  ('340600-cgj', 'Huaibei Municipal Bureau of Urban Management'),
  ('340600-jyj', 'Huaibei Municipal Bureau of Education'),
  ('340600-wjw', 'Huaibei Municipal Health Commission'),
  ('340600-gaj', 'Huaibei Municipal Public Security Bureau'),
  ('340600-zrzyghj', 'Huaibei Municipal Bureau of Natural Resources and Planning'),
  ('340600-ybj', 'Huaibei Municipal Healthcare Security Administration'),
  ('340600-mzj', 'Huaibei Municipal Bureau of Civil Affairs'),
  ('340600-swj', 'Huaibei Municipal Water Affairs Bureau'),
  ('340602', 'Xiangshan District People''s Government'),
  ('340603', 'Duji District People''s Government'),
  ('340604', 'Lieshan District People''s Government'),
  ('340621', 'Suixi County People''s Government'),
  ('340621-sfj', 'Suixi County Bureau of Justice'),
  ('340621-zwfwj', 'Suixi County Government Services Administration'),
  ('340621-scjgj', 'Suixi County Administration for Market Regulation'),
  ('420000', 'Hubei Provincial People''s Government'),
  ('420100', 'Wuhan Municipal People''s Government'),
  ('420105', 'Hanyang District People''s Government'),
  ('420105-sfj', 'Hanyang District Bureau of Justice'),
  ('430000', 'Hunan Provincial People''s Government'),
  ('430000-sft', 'Department of Justice of Hunan Province')
) as english (code, name)
where agency.code = english.code;

insert into portal_user (id, subject, display_name, email)
values
  ('00000000-0000-4000-9000-000000000001', 'citizen-demo', '张明（演示）', 'citizen@example.org'),
  ('00000000-0000-4000-9000-000000000002', 'enterprise-demo', '李华（演示企业代表）', 'enterprise@example.org'),
  ('00000000-0000-4000-9000-000000000003', 'officer-huaibei', '王芳（淮北市依申请公开经办人）', 'officer.huaibei@example.org'),
  ('00000000-0000-4000-9000-000000000004', 'officehead-huaibei', '赵强（淮北市政务公开办负责人）', 'head.huaibei@example.org'),
  ('00000000-0000-4000-9000-000000000005', 'officer-suixi', '陈静（濉溪县依申请公开经办人）', 'officer.suixi@example.org'),
  ('00000000-0000-4000-9000-000000000006', 'dispatcher-huaibei', '刘洋（淮北市12345派单员）', 'dispatch.huaibei@example.org'),
  ('00000000-0000-4000-9000-000000000007', 'handler-huaibei-scjg', '孙磊（淮北市市场监管局承办人）', 'handler.scjg@example.org'),
  ('00000000-0000-4000-9000-000000000008', 'editor-suixi', '周敏（濉溪县年度报告编辑）', 'editor.suixi@example.org'),
  ('00000000-0000-4000-9000-000000000009', 'publisher-suixi', '吴刚（濉溪县年度报告发布人）', 'publisher.suixi@example.org'),
  ('00000000-0000-4000-9000-000000000010', 'admin', '系统管理员（演示）', 'admin@example.org'),
  ('00000000-0000-4000-9000-000000000011', 'auditor', '安全审计员（演示）', 'auditor@example.org'),
  ('00000000-0000-4000-9000-000000000012', 'editor-huaibei', '郑洁（淮北市年度报告编辑）', 'editor.huaibei@example.org'),
  ('00000000-0000-4000-9000-000000000013', 'publisher-huaibei', '钱伟（淮北市年度报告发布人）', 'publisher.huaibei@example.org'),
  ('00000000-0000-4000-9000-000000000014', 'handler-huaibei-sthj', '马丽（淮北市生态环境局承办人）', 'handler.sthj@example.org')
on conflict (subject) do nothing;

insert into role_grant (id, user_id, role, agency_id, granted_by)
values
  ('00000000-0000-4000-a000-000000000001', '00000000-0000-4000-9000-000000000001', 'CITIZEN', null, 'demo'),
  ('00000000-0000-4000-a000-000000000002', '00000000-0000-4000-9000-000000000002', 'ENTERPRISE_REPRESENTATIVE', null, 'demo'),
  ('00000000-0000-4000-a000-000000000003', '00000000-0000-4000-9000-000000000003', 'DISCLOSURE_OFFICER', '00000000-0000-4000-8000-340600000000', 'demo'),
  ('00000000-0000-4000-a000-000000000004', '00000000-0000-4000-9000-000000000004', 'OGI_OFFICE_HEAD', '00000000-0000-4000-8000-340600000000', 'demo'),
  ('00000000-0000-4000-a000-000000000005', '00000000-0000-4000-9000-000000000005', 'DISCLOSURE_OFFICER', '00000000-0000-4000-8000-340621000000', 'demo'),
  ('00000000-0000-4000-a000-000000000006', '00000000-0000-4000-9000-000000000006', 'HOTLINE_DISPATCHER', '00000000-0000-4000-8000-340600000000', 'demo'),
  ('00000000-0000-4000-a000-000000000007', '00000000-0000-4000-9000-000000000007', 'DEPARTMENT_HANDLER', '00000000-0000-4000-8000-340600000003', 'demo'),
  ('00000000-0000-4000-a000-000000000008', '00000000-0000-4000-9000-000000000008', 'REPORT_EDITOR', '00000000-0000-4000-8000-340621000000', 'demo'),
  ('00000000-0000-4000-a000-000000000009', '00000000-0000-4000-9000-000000000009', 'REPORT_PUBLISHER', '00000000-0000-4000-8000-340621000000', 'demo'),
  ('00000000-0000-4000-a000-000000000010', '00000000-0000-4000-9000-000000000010', 'SYSTEM_ADMINISTRATOR', null, 'demo'),
  ('00000000-0000-4000-a000-000000000011', '00000000-0000-4000-9000-000000000011', 'SECURITY_AUDITOR', null, 'demo'),
  ('00000000-0000-4000-a000-000000000012', '00000000-0000-4000-9000-000000000012', 'REPORT_EDITOR', '00000000-0000-4000-8000-340600000000', 'demo'),
  ('00000000-0000-4000-a000-000000000013', '00000000-0000-4000-9000-000000000013', 'REPORT_PUBLISHER', '00000000-0000-4000-8000-340600000000', 'demo'),
  ('00000000-0000-4000-a000-000000000014', '00000000-0000-4000-9000-000000000014', 'DEPARTMENT_HANDLER', '00000000-0000-4000-8000-340600000004', 'demo')
on conflict do nothing;
