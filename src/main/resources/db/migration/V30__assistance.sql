-- Assistance (issue #7, ADR 0013): units, cadres, dated pairings, unit-village links, village work teams, leaders,
-- visits, measures and micro-credit loans. Rows about a village or a household carry village_code and are filtered
-- by the same row-level-security policy as the registry (V4). Thresholds are data, keyed by the first year they
-- apply from (the newest row not after the year asked for wins).
create table assistance_parameter (
    name       text not null,
    valid_from int not null,
    value      numeric(14, 2) not null,
    source     text not null,
    primary key (name, valid_from)
);
insert into assistance_parameter (name, valid_from, value, source) values
('LOAN_MAX_AMOUNT', 2014, 50000.00, 'domain.md §4.3 [S40][S44]'),
('LOAN_MAX_MONTHS', 2014, 36, 'domain.md §4.3 [S40][S44]'),
('LOAN_MIN_AGE', 2014, 18, 'domain.md §4.3 [S40b]'),
('LOAN_MAX_AGE', 2014, 65, 'domain.md §4.3 [S40b]'),
('TEAM_MIN_MEMBERS', 2014, 3, 'domain.md §4.1 [S36]'),
('TEAM_MIN_TERM_MONTHS', 2014, 24, 'domain.md §4.1 [S36]'),
('PUBLICITY_MIN_DAYS', 2014, 10, 'domain.md §4.5 [S46]'),
('VISIT_ALERT_MONTHS', 2014, 6, 'anchors.md §6 (半年内未走访)');

create table assistance_unit (
    id          bigserial primary key,
    name        text not null check (length(name) between 1 and 100),
    level       text not null check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    region_code text collate "C" not null references region (code),
    unique (name, region_code)
);

create table cadre (
    id           bigserial primary key,
    unit_id      bigint not null references assistance_unit (id),
    name         text not null check (length(name) between 1 and 50),
    post         text not null,
    phone        text,
    phone_masked text,
    flags        text[] not null default '{}'
        check (flags <@ array['FIRST_SECRETARY', 'TEAM_LEADER', 'TEAM_MEMBER', 'SECONDED', 'COLLEGE_GRADUATE']::text[])
);
create index cadre_unit_idx on cadre (unit_id);

-- 结对帮扶: a household (county + 户编号, stable across yearly snapshots) and its responsible cadre for a period.
create table pairing (
    id               bigserial primary key,
    cadre_id         bigint not null references cadre (id),
    county_code      text collate "C" not null,
    household_number text not null,
    village_code     text collate "C" not null references region (code),
    start_date       date not null,
    end_date         date,
    check (end_date is null or end_date >= start_date)
);
create unique index pairing_one_open_idx on pairing (county_code, household_number) where end_date is null;
create index pairing_village_idx on pairing (village_code);
create index pairing_cadre_idx on pairing (cadre_id);

-- 联村: a unit helps a village for a period.
create table unit_village (
    id           bigserial primary key,
    unit_id      bigint not null references assistance_unit (id),
    village_code text collate "C" not null references region (code),
    start_date   date not null,
    end_date     date
);
create index unit_village_village_idx on unit_village (village_code);

-- Leaders of a village at county, township and village level (the "3" of 3+2+1).
create table village_leader (
    id           bigserial primary key,
    cadre_id     bigint not null references cadre (id),
    village_code text collate "C" not null references region (code),
    level        text not null check (level in ('COUNTY', 'TOWNSHIP', 'VILLAGE')),
    start_date   date not null,
    end_date     date
);
create index village_leader_village_idx on village_leader (village_code);

-- 驻村工作队 with a term and members.
create table work_team (
    id           bigserial primary key,
    village_code text collate "C" not null references region (code),
    unit_id      bigint references assistance_unit (id),
    term_start   date not null,
    term_end     date not null check (term_end > term_start)
);
create index work_team_village_idx on work_team (village_code);

create table work_team_member (
    team_id      bigint not null references work_team (id) on delete cascade,
    cadre_id     bigint not null references cadre (id),
    village_code text collate "C" not null,
    leader       boolean not null,
    primary key (team_id, cadre_id)
);

create table visit (
    id               bigserial primary key,
    cadre_id         bigint not null references cadre (id),
    county_code      text collate "C" not null,
    household_number text not null,
    village_code     text collate "C" not null references region (code),
    visit_date       date not null,
    content          text not null check (length(content) between 1 and 2000),
    photo            text
);
create index visit_cadre_idx on visit (cadre_id, visit_date);
create index visit_village_idx on visit (village_code);

create table measure (
    id               bigserial primary key,
    county_code      text collate "C" not null,
    household_number text not null,
    village_code     text collate "C" not null references region (code),
    category         text not null,
    name             text not null check (length(name) between 1 and 200),
    amount           numeric(14, 2) not null check (amount >= 0),
    measure_date     date not null,
    status           text not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    outcome          text
);
create index measure_household_idx on measure (county_code, household_number);
create index measure_village_idx on measure (village_code);

create table loan (
    id                bigserial primary key,
    county_code       text collate "C" not null,
    household_number  text not null,
    village_code      text collate "C" not null references region (code),
    borrower_position int not null,
    borrower_name     text not null,
    bank              text not null,
    amount            numeric(14, 2) not null check (amount > 0),
    term_months       int not null check (term_months > 0),
    issue_date        date not null,
    due_date          date not null,
    interest_rate     numeric(6, 4),
    subsidy_rate      numeric(6, 4) not null check (subsidy_rate between 0 and 1),
    purpose           text not null,
    repayment_status  text not null check (repayment_status in ('REPAYING', 'REPAID', 'OVERDUE'))
);
create index loan_household_idx on loan (county_code, household_number);
create index loan_village_idx on loan (village_code);

do $$
declare t text;
begin
    foreach t in array array['pairing', 'unit_village', 'village_leader', 'work_team', 'work_team_member', 'visit',
                             'measure', 'loan'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (village_code like current_setting(''fupin.scope'', true) || ''%%'') '
                       'with check (village_code like current_setting(''fupin.scope'', true) || ''%%'')', t || '_in_scope', t);
    end loop;
end
$$;

-- Measure categories (domain.md §4.2), a code list like the registry's.
insert into dictionary_entry (dictionary, code, label, aliases, sort_order, valid_from, valid_to) values
('MEASURE_CATEGORY', 'INDUSTRY', '产业帮扶', '{"产业"}', 0, 2013, null),
('MEASURE_CATEGORY', 'EMPLOYMENT', '就业帮扶（含公益岗位）', '{"就业","打工"}', 1, 2013, null),
('MEASURE_CATEGORY', 'RELOCATION', '易地扶贫搬迁', '{"易迁","易地搬迁"}', 2, 2013, null),
('MEASURE_CATEGORY', 'EDUCATION', '教育帮扶', '{"教育"}', 3, 2013, null),
('MEASURE_CATEGORY', 'HEALTH', '健康帮扶', '{"医疗","健康"}', 4, 2013, null),
('MEASURE_CATEGORY', 'HOUSING', '危房改造', '{}', 5, 2013, null),
('MEASURE_CATEGORY', 'MICROCREDIT', '小额信贷及贴息', '{"小额信贷"}', 6, 2013, null),
('MEASURE_CATEGORY', 'ECOLOGY', '生态帮扶', '{"生态","生态扶贫"}', 7, 2013, null),
('MEASURE_CATEGORY', 'SOCIAL_SECURITY', '兜底保障', '{"低保五保","兜底"}', 8, 2013, null),
('MEASURE_CATEGORY', 'ASSET_INCOME', '资产收益（入股分红）', '{"资产收益","入股分红"}', 9, 2013, null),
('MEASURE_CATEGORY', 'OTHER', '其他', '{}', 10, 2013, null);
