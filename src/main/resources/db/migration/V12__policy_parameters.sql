-- Policy parameters of identification and exit as data (issue #5, ADR 0008), versioned by year and region prefix:
-- the value in force for (year, region) is the one of the longest matching prefix, then the latest year_from.
-- Poverty lines stay in poverty_line (V1/V3); standards are NATIONAL (国家), PROVINCIAL (省定), MUNICIPAL (市定).
create table policy_parameter (
    name          text not null check (name ~ '^[A-Z_.]{2,80}$'),
    region_prefix text collate "C" not null default '' check (region_prefix ~ '^[0-9]{0,12}$'),
    year_from     int not null,
    value         numeric(12, 2) not null,
    source        text not null,
    primary key (name, region_prefix, year_from)
);

-- 西部地区: the 3% thresholds of village and county exit apply there (domain.md §3.4; list UNVERIFIED, §10).
create table western_province (
    province_prefix text collate "C" primary key check (province_prefix ~ '^[0-9]{2}$'),
    name            text not null,
    source          text not null
);
insert into western_province (province_prefix, name, source) values
('15', '内蒙古自治区', 'domain.md §10 (commonly cited, unverified)'),
('45', '广西壮族自治区', 'domain.md §10 (commonly cited, unverified)'),
('50', '重庆市', 'domain.md §10 (commonly cited, unverified)'),
('51', '四川省', 'domain.md §10 (commonly cited, unverified)'),
('52', '贵州省', 'domain.md §10 (commonly cited, unverified)'),
('53', '云南省', 'domain.md §10 (commonly cited, unverified)'),
('54', '西藏自治区', 'domain.md §10 (commonly cited, unverified)'),
('61', '陕西省', 'domain.md §10 (commonly cited, unverified)'),
('62', '甘肃省', 'domain.md §10 (commonly cited, unverified)'),
('63', '青海省', 'domain.md §10 (commonly cited, unverified)'),
('64', '宁夏回族自治区', 'domain.md §10 (commonly cited, unverified)'),
('65', '新疆维吾尔自治区', 'domain.md §10 (commonly cited, unverified)');

-- Exclusion (一票否决) rules of domain.md §2.2; whether a rule applies is the parameter EXCLUSION.<code> (1 = on).
create table exclusion_rule (
    code        text primary key check (code ~ '^[A-Z_]{2,40}$'),
    label       text not null,
    data_source text not null,
    sort_order  int not null
);
insert into exclusion_rule (code, label, data_source, sort_order) values
('PUBLIC_EMPLOYEE', '家庭成员有财政供养人员或国家公职人员', '财政/编办/人社', 1),
('VILLAGE_CADRE', '家庭成员任村两委干部', '组织部门', 2),
('COMMERCIAL_HOUSING', '在城镇购买商品房、门面房或商铺', '住建/不动产', 3),
('VEHICLE', '拥有小轿车、大型农用车、工程机械或船舶', '公安车管', 4),
('ENTERPRISE', '注册公司或企业并实际经营', '市场监管', 5),
('LARGE_FARM', '种养大户', '农业', 6),
('SHAM_HOUSEHOLD', '空挂户或为当贫困户拆户分户', '公安户籍', 7),
('STUDY_ABROAD', '自费出国留学或购买商业养老保险', '', 8),
('LAW_BREAKING', '违法被处理且拒不改正', '公安', 9),
('UNEXPLAINED', '对举报或质疑不能作出合理解释', '', 10);

-- What the county found or imported for a household-year against an exclusion rule (比对 results).
create table exclusion_fact (
    id               bigserial primary key,
    village_code     text collate "C" not null references region (code),
    year             int not null,
    household_number text not null,
    rule_code        text not null references exclusion_rule (code),
    detail           text not null default '',
    source           text not null default '',
    recorded_by      text not null,
    recorded_at      timestamptz not null default now()
);
create index exclusion_fact_household_idx on exclusion_fact (village_code, year, household_number);
alter table exclusion_fact enable row level security;
alter table exclusion_fact force row level security;
create policy exclusion_fact_in_scope on exclusion_fact
    using (village_code like current_setting('fupin.scope', true) || '%')
    with check (village_code like current_setting('fupin.scope', true) || '%');

insert into policy_parameter (name, region_prefix, year_from, value, source) values
('NOTICE_DAYS.IDENTIFICATION_FIRST', '', 2014, 5, 'domain.md §2.1 example of one county [S14]; configurable'),
('NOTICE_DAYS.IDENTIFICATION_SECOND', '', 2014, 5, 'domain.md §2.1 example of one county [S14]; configurable'),
('NOTICE_DAYS.ANNOUNCEMENT', '', 2014, 0, 'no minimum found; configurable'),
('NOTICE_DAYS.EXIT', '', 2014, 7, 'domain.md §3.3 "原则上不少于一星期" [S34]'),
('NOTICE_DAYS.EXIT_ANNOUNCEMENT', '', 2014, 0, 'no minimum found; configurable'),
('NOTICE_DAYS.VILLAGE_EXIT', '', 2014, 7, 'design default; configurable'),
('NOTICE_DAYS.MONITORING', '', 2014, 5, 'domain.md §5.4 example [S58]; configurable'),
('STEP_DAYS', '', 2014, 15, 'design default for a step deadline; configurable'),
('EXIT_STABLE_YEARS', '', 2014, 2, 'domain.md §3.3 "稳定超过": this year and last year (design default)'),
('EXIT_BLOCK_NEW_THIS_YEAR', '', 2014, 1, 'domain.md §3.3 [S17b] 当年新识别或返贫的贫困户原则上不能退出'),
('VILLAGE_EXIT_MAX_INCIDENCE', '', 2014, 2.00, 'domain.md §3.4 [S24] 降至2%以下'),
('VILLAGE_EXIT_MAX_INCIDENCE_WESTERN', '', 2014, 3.00, 'domain.md §3.4 [S24] 西部地区3%以下'),
('COUNTY_EXIT_MAX_INCIDENCE', '', 2014, 2.00, 'domain.md §3.5 [S24]'),
('COUNTY_EXIT_MAX_INCIDENCE_WESTERN', '', 2014, 3.00, 'domain.md §3.5 [S24]'),
('COUNTY_EXIT_MAX_WRONG_EXIT_RATE', '', 2014, 2.00, 'domain.md §3.5 [S26b] 错退率高于2%不得退出'),
('COUNTY_EXIT_MAX_MISSED_RATE', '', 2014, 2.00, 'domain.md §3.5 [S26b] 漏评率'),
('COUNTY_EXIT_MIN_RECOGNITION', '', 2014, 90.00, 'domain.md §3.5 [S26b] 群众认可度'),
('EXCLUSION.PUBLIC_EMPLOYEE', '', 2014, 1, 'domain.md §2.2 比对 item [S35]; county decides'),
('EXCLUSION.VILLAGE_CADRE', '', 2014, 0, 'domain.md §2.2 (some lists: 严审 only); county decides'),
('EXCLUSION.COMMERCIAL_HOUSING', '', 2014, 1, 'domain.md §2.2 比对 item [S35]; county decides'),
('EXCLUSION.VEHICLE', '', 2014, 1, 'domain.md §2.2 比对 item [S35]; county decides'),
('EXCLUSION.ENTERPRISE', '', 2014, 1, 'domain.md §2.2 [S17][S18][S19]; county decides'),
('EXCLUSION.LARGE_FARM', '', 2014, 0, 'domain.md §2.2 [S18]; county decides'),
('EXCLUSION.SHAM_HOUSEHOLD', '', 2014, 1, 'domain.md §2.2 [S17][S18]; county decides'),
('EXCLUSION.STUDY_ABROAD', '', 2014, 0, 'domain.md §2.2 [S17]; county decides'),
('EXCLUSION.LAW_BREAKING', '', 2014, 0, 'domain.md §2.2 [S17]; county decides'),
('EXCLUSION.UNEXPLAINED', '', 2014, 0, 'domain.md §2.2 [S17][S19]; county decides');
