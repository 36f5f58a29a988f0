-- Assets formed by assistance projects (扶贫项目资产, issue #25, ADR 0035). An asset lies in one village and is
-- filtered by row-level security like its project; it may come from a library project or from an import of assets
-- formed before Fupin (project_id null). Owner and custodian may be missing (the alerts list them); ownership is
-- confirmed (确权) only after its hand-over notice ran without open objections. A village's asset names are unique,
-- so an exported template imported again finds the same assets.
create table asset (
    id                     bigserial primary key,
    county_code            text collate "C" not null,
    village_code           text collate "C" not null references region (code),
    project_id             bigint references project (id),
    name                   text not null check (length(name) between 1 and 200),
    asset_type             text not null check (asset_type in ('PUBLIC_WELFARE', 'PRODUCTIVE', 'HOUSEHOLD')),
    quantity               numeric(14, 2) not null check (quantity > 0),
    unit                   text not null check (length(unit) between 1 and 20),
    value                  numeric(14, 2) not null check (value >= 0),
    funding_sources        text[] not null default '{}',
    completed_on           date not null,
    handed_over_on         date,
    owner_kind             text check (owner_kind in ('VILLAGE_COLLECTIVE', 'TOWNSHIP', 'COUNTY', 'HOUSEHOLD')),
    owner_name             text,
    custodian              text,
    ownership_notice_id    bigint references public_notice (id),
    ownership_confirmed_on date,
    status                 text not null default 'IN_USE'
                           check (status in ('IN_USE', 'IDLE', 'DAMAGED', 'DISPOSAL_REQUESTED', 'DISPOSED')),
    status_since           date not null,
    version                integer not null default 0,
    unique (village_code, name),
    check ((owner_kind is null) = (owner_name is null))
);
create index asset_project_idx on asset (project_id);

-- Custody (管护) history: each hand-over or change of custodian, newest last.
create table asset_custody (
    id           bigserial primary key,
    asset_id     bigint not null references asset (id) on delete cascade,
    village_code text collate "C" not null,
    custodian    text not null,
    from_date    date not null,
    note         text not null default '',
    recorded_by  text not null,
    recorded_at  timestamptz not null default now()
);
create index asset_custody_asset_idx on asset_custody (asset_id);

-- Status history (闲置, 损毁, 处置): a disposal is requested, then approved by someone else.
create table asset_status_change (
    id           bigserial primary key,
    asset_id     bigint not null references asset (id) on delete cascade,
    village_code text collate "C" not null,
    from_status  text not null,
    to_status    text not null,
    on_date      date not null,
    reason       text not null,
    recorded_by  text not null,
    recorded_at  timestamptz not null default now()
);
create index asset_status_change_asset_idx on asset_status_change (asset_id);

-- A productive asset's income of a year (收益) and how it was distributed; the three parts add up to the income.
create table asset_income (
    id            bigserial primary key,
    asset_id      bigint not null references asset (id) on delete cascade,
    village_code  text collate "C" not null,
    year          int not null check (year between 2000 and 2100),
    income        numeric(14, 2) not null check (income >= 0),
    to_households numeric(14, 2) not null check (to_households >= 0),
    to_collective numeric(14, 2) not null check (to_collective >= 0),
    reinvested    numeric(14, 2) not null check (reinvested >= 0),
    distributed_on date not null,
    recorded_by   text not null,
    unique (asset_id, year),
    check (to_households + to_collective + reinvested = income)
);

-- Household income items (收入明细) beside the registry's yearly totals: here the dividends of productive assets
-- (资产收益分红, 财产性收入), keyed like the assistance records by county and 户编号 (ADR 0013).
create table income_item (
    id               bigserial primary key,
    county_code      text collate "C" not null,
    village_code     text collate "C" not null,
    household_number text not null,
    year             int not null check (year between 2000 and 2100),
    component        text not null check (component in ('WAGE', 'BUSINESS', 'PROPERTY', 'TRANSFER')),
    item             text not null check (item ~ '^[A-Z_]{2,40}$'),
    amount           numeric(14, 2) not null check (amount > 0),
    source           text not null,
    description      text not null,
    paid_on          date not null,
    recorded_by      text not null,
    unique (county_code, household_number, year, source)
);
create index income_item_household_idx on income_item (county_code, household_number);

do $$
declare t text;
begin
    foreach t in array array['asset', 'asset_custody', 'asset_status_change', 'asset_income', 'income_item'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (village_code like current_setting(''fupin.scope'', true) || ''%%'') '
                       'with check (village_code like current_setting(''fupin.scope'', true) || ''%%'')', t || '_in_scope', t);
    end loop;
end
$$;
