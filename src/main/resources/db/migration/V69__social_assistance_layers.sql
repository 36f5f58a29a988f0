-- Issue #17: 民政's social-assistance lists in the same view as monitoring (policy-2026.md §2–§4). The 救助类别 of
-- an ASSISTANCE list names one of the layers 民政 keeps; a row is accepted by the label or one of its aliases and
-- stored with the layer's code. A registered household whose 贫困户属性 is registry_attribute (低保贫困户,
-- 特困供养贫困户) is expected on the current list in that layer; one missing from it is a finding.
create table assistance_layer (
    code               text primary key check (code ~ '^[A-Z_]{2,40}$'),
    label              text not null,
    aliases            text[] not null default '{}',
    registry_attribute text,
    sort_order         int not null
);
insert into assistance_layer (code, label, aliases, registry_attribute, sort_order) values
('DIBAO', '低保', '{"低保对象","低保户","农村低保","最低生活保障"}', '2', 1),
('EXTREME_POOR', '特困', '{"特困人员","特困供养","特困供养人员","五保"}', '3', 2),
('DIBAO_MARGINAL', '低保边缘', '{"低保边缘家庭","低保边缘户"}', null, 3),
('RIGID_SPENDING', '刚性支出困难', '{"刚性支出困难家庭","支出型困难家庭"}', null, 4);

-- The rural 低保 standard (yuan per person per year) below which a monitored household on no assistance list is
-- referred to 民政. Set by the county or province; 0 = not set, and no referral is computed (the page says so).
insert into policy_parameter (name, region_prefix, year_from, value, source) values
('MONITORING.DIBAO_ANNUAL', '', 2014, 0, 'policy-2026.md §3 一个收支核算口径; 0 = 未设置，由县按省定农村低保标准填写');
