-- Dynamic monitoring to prevent return to poverty (issue #10, ADR 0016): the monitoring range per region prefix and
-- year as data, clues from the discovery channels, monitored-household episodes with their procedure steps, help
-- measures and monthly follow-up visits. Deadlines and thresholds are policy_parameter rows (MONITORING.*).

-- 监测范围 (domain.md §5.3): AMOUNT (value = yuan), POVERTY_LINE (value = factor × applicable line) or
-- DIBAO_MONTHLY (value = factor × dibao_monthly × 12). The row of the longest matching prefix for the year applies;
-- a year without a row is an error, never last year's value.
create table monitoring_range (
    region_prefix text collate "C" not null default '' check (region_prefix ~ '^[0-9]{0,12}$'),
    year          int not null,
    basis         text not null check (basis in ('AMOUNT', 'POVERTY_LINE', 'DIBAO_MONTHLY')),
    value         numeric(12, 2) not null check (value > 0),
    dibao_monthly numeric(12, 2) check (dibao_monthly > 0),
    verified      boolean not null default false,
    source        text not null,
    primary key (region_prefix, year),
    check (basis <> 'DIBAO_MONTHLY' or dibao_monthly is not null)
);
insert into monitoring_range (region_prefix, year, basis, value, dibao_monthly, verified, source) values
('', 2020, 'POVERTY_LINE', 1.50, null, true, 'domain.md §5.1 [S50] 国家扶贫标准1.5倍左右'),
('43', 2019, 'AMOUNT', 5000.00, null, true, 'domain.md §5.3 湖南2019摸底 [S54]'),
('350121', 2023, 'AMOUNT', 10560.00, null, true, 'domain.md §5.3 福建闽侯2023 [S56b]'),
('350526', 2024, 'DIBAO_MONTHLY', 2.00, 815.00, true, 'domain.md §5.3 福建德化2024 2倍农村低保 [S56]'),
('53', 2025, 'AMOUNT', 8700.00, null, true, 'domain.md §5.3 云南2025 [S56c]');

-- 风险类型 and 帮扶措施 kinds; whether a measure is 开发式 is data (domain.md §5.4, §8 rule 7).
create table monitoring_risk_type (
    code       text primary key check (code ~ '^[A-Z_]{2,40}$'),
    label      text not null,
    sort_order int not null
);
insert into monitoring_risk_type (code, label, sort_order) values
('ILLNESS', '因病', 1), ('DISABILITY', '因残', 2), ('SCHOOLING', '因学', 3), ('DISASTER', '因自然灾害', 4),
('ACCIDENT', '因意外事故', 5), ('INDUSTRY_FAILURE', '因产业项目失败', 6), ('UNSTABLE_EMPLOYMENT', '因务工就业不稳', 7),
('LACK_OF_LABOUR', '缺劳动力', 8), ('INCOME_DROP', '收入大幅下降', 9), ('HOUSING', '住房出现安全问题', 10),
('DRINKING_WATER', '饮水安全问题', 11), ('OTHER', '其他', 12);

create table monitoring_measure_kind (
    code          text primary key check (code ~ '^[A-Z_]{2,40}$'),
    label         text not null,
    developmental boolean not null,
    sort_order    int not null
);
insert into monitoring_measure_kind (code, label, developmental, sort_order) values
('INDUSTRY', '产业帮扶', true, 1), ('EMPLOYMENT', '就业帮扶', true, 2), ('SKILLS', '技能培训', true, 3),
('MICROCREDIT', '小额信贷', true, 4), ('PUBLIC_WELFARE_JOB', '公益岗位', true, 5), ('HEALTH', '健康帮扶', false, 6),
('EDUCATION', '教育帮扶', false, 7), ('HOUSING', '住房安全保障', false, 8), ('SOCIAL_ASSISTANCE', '综合保障', false, 9),
('OTHER', '其他', false, 10);

-- One monitoring episode of a household: from the clue to the decision, help and risk elimination. A later
-- episode of the same household links the earlier one (re-entry); nothing is deleted after elimination.
create table monitoring_episode (
    id                   bigserial primary key,
    village_code         text collate "C" not null references region (code),
    household_number     text not null,
    household_id         bigint,
    head_name            text not null,
    member_count         int not null check (member_count > 0),
    year                 int not null,
    exited               boolean,
    has_labour           boolean,
    income_per_capita    numeric(12, 2),
    rigid_expenditure    numeric(12, 2),
    category             text check (category in ('UNSTABLE_EXITED', 'MARGINAL', 'SEVERE_DIFFICULTY')),
    risk_types           text[] not null default '{}',
    status               text not null check (status in ('IDENTIFYING', 'REJECTED', 'MONITORED', 'ELIMINATED')),
    clue_on              date not null,
    decided_on           date,
    identified_on        date,
    eliminated_on        date,
    elimination_method   text check (elimination_method in ('HELPED', 'NATURAL')),
    notice_id            bigint references public_notice (id),
    elimination_notice_id bigint references public_notice (id),
    previous_episode_id  bigint references monitoring_episode (id),
    opened_by            text not null,
    opened_at            timestamptz not null default now()
);
create index monitoring_episode_village_idx on monitoring_episode (village_code, household_number);
create unique index monitoring_episode_one_open on monitoring_episode (village_code, household_number)
    where status in ('IDENTIFYING', 'MONITORED');

create table monitoring_clue (
    id               bigserial primary key,
    village_code     text collate "C" not null references region (code),
    household_number text not null,
    head_name        text not null,
    channel          text not null check (channel in ('SELF_DECLARATION', 'CADRE_SCREENING', 'DEPARTMENT_WARNING')),
    department       text not null default '',
    risk_type        text not null references monitoring_risk_type (code),
    received_on      date not null,
    amount           numeric(12, 2),
    detail           text not null default '',
    file_name        text not null default '',
    row_no           int,
    episode_id       bigint not null references monitoring_episode (id),
    recorded_by      text not null,
    recorded_at      timestamptz not null default now()
);
create index monitoring_clue_episode_idx on monitoring_clue (episode_id);

create table monitoring_step (
    id            bigserial primary key,
    episode_id    bigint not null references monitoring_episode (id),
    village_code  text collate "C" not null,
    step          text not null check (step ~ '^[A-Z_]{2,40}$'),
    outcome       text not null check (outcome in ('DONE', 'REJECTED')),
    done_on       date not null,
    visitors      text not null default '',
    visitor_count int,
    consent       boolean,
    notice_id     bigint references public_notice (id),
    comment       text not null default '',
    actor         text not null,
    recorded_at   timestamptz not null default now()
);
create index monitoring_step_episode_idx on monitoring_step (episode_id, id);

create table monitoring_measure (
    id           bigserial primary key,
    episode_id   bigint not null references monitoring_episode (id),
    village_code text collate "C" not null,
    kind         text not null references monitoring_measure_kind (code),
    started_on   date not null,
    description  text not null default '',
    actor        text not null,
    recorded_at  timestamptz not null default now()
);
create index monitoring_measure_episode_idx on monitoring_measure (episode_id);

create table monitoring_follow_up (
    id                 bigserial primary key,
    episode_id         bigint not null references monitoring_episode (id),
    village_code       text collate "C" not null,
    visited_on         date not null,
    income_per_capita  numeric(12, 2) not null check (income_per_capita >= 0),
    rigid_resolved     boolean not null,
    guarantees_secure  boolean not null,
    water_secure       boolean not null,
    note               text not null default '',
    actor              text not null,
    recorded_at        timestamptz not null default now()
);
create index monitoring_follow_up_episode_idx on monitoring_follow_up (episode_id, visited_on);

do $$
declare t text;
begin
    foreach t in array array['monitoring_episode', 'monitoring_clue', 'monitoring_step', 'monitoring_measure',
                             'monitoring_follow_up'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy %I on %I
            using (village_code like current_setting('fupin.scope', true) || '%%')
            with check (village_code like current_setting('fupin.scope', true) || '%%')$p$, t || '_in_scope', t);
    end loop;
end
$$;

-- From 2014 like the other parameters: they apply to any year that has a monitoring range (湖南 2019 precursor).
insert into policy_parameter (name, region_prefix, year_from, value, source) values
('MONITORING.DECISION_DAYS', '', 2014, 15, 'domain.md §5.4 [S60] 线索到识别完成不超过15天; configurable'),
('MONITORING.MIN_VISITORS', '', 2014, 2, 'domain.md §5.4 [S58] 入户核查不少于2人'),
('MONITORING.MEASURE_MONTHS', '', 2014, 1, 'domain.md §5.4 [S9s] 识别后1个月内落实帮扶措施'),
('MONITORING.DEVELOPMENTAL_MONTHS', '', 2014, 6, 'domain.md §5.4 [S9h] rule 5_12_007 识别6个月及以上'),
('MONITORING.STABLE_MONTHS', '', 2014, 6, 'domain.md §5.5 [S61a] 收入持续稳定原则上不得低于半年'),
('MONITORING.RIGID_SHARE_PERCENT', '', 2014, 100, 'domain.md §5.1 刚性支出明显超过上年度收入 (design default)'),
('MONITORING.NEAR_PERCENT', '', 2014, 120, 'design default for "near the range"; configurable'),
('MONITORING.DROP_PERCENT', '', 2014, 30, 'design default for 收入大幅缩减; configurable'),
('MONITORING.MEDICAL_SHARE_PERCENT', '', 2014, 50, 'design default for 医疗自付占收入比例; configurable');
