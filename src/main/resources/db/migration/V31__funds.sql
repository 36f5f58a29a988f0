-- Project library and funds (issue #7, ADR 0014). A project lies in one village (实施地点) and is filtered by
-- row-level security like the registry; fund allocations are county-level documents (published on the county
-- portal, domain.md §4.5) and carry no personal data, so they are not filtered. An allocation keeps its running
-- total of disbursements (updated under a row lock), so no scope can overspend it; the database check backs the rule.
create table project (
    id                    bigserial primary key,
    year                  int not null,
    name                  text not null check (length(name) between 1 and 200),
    category              text not null,
    nature                text not null,
    village_code          text collate "C" not null references region (code),
    schedule              text not null,
    responsible_unit      text not null,
    tasks                 text not null,
    budget                numeric(14, 2) not null check (budget >= 0),
    funding               text not null,
    beneficiaries         text not null,
    performance_target    text,
    poverty_mechanism     text not null,
    status                text not null check (status in ('APPLIED', 'REVIEWED', 'IN_LIBRARY', 'IMPLEMENTING',
                                                          'COMPLETED', 'ANNOUNCED')),
    publicity_start       date,
    publicity_end         date,
    status_date           date not null
);
create index project_village_idx on project (village_code, year);

-- Registered households a project benefits (county + 户编号).
create table project_beneficiary (
    project_id       bigint not null references project (id) on delete cascade,
    county_code      text collate "C" not null,
    household_number text not null,
    village_code     text collate "C" not null,
    primary key (project_id, county_code, household_number)
);

create table fund_allocation (
    id              bigserial primary key,
    county_code     text collate "C" not null,
    year            int not null,
    source          text not null check (source in ('CENTRAL', 'PROVINCE', 'CITY', 'COUNTY', 'INTEGRATED', 'SOCIAL')),
    document_number text not null,
    amount          numeric(16, 2) not null check (amount > 0),
    issued_date     date not null,
    disbursed       numeric(16, 2) not null default 0 check (disbursed >= 0 and disbursed <= amount),
    unique (county_code, document_number)
);

create table disbursement (
    id               bigserial primary key,
    allocation_id    bigint not null references fund_allocation (id),
    project_id       bigint not null references project (id),
    village_code     text collate "C" not null,
    paid_date        date not null,
    amount           numeric(16, 2) not null check (amount > 0),
    payee            text not null
);
create index disbursement_allocation_idx on disbursement (allocation_id);
create index disbursement_project_idx on disbursement (project_id);

do $$
declare t text;
begin
    foreach t in array array['project', 'project_beneficiary', 'disbursement'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (village_code like current_setting(''fupin.scope'', true) || ''%%'') '
                       'with check (village_code like current_setting(''fupin.scope'', true) || ''%%'')', t || '_in_scope', t);
    end loop;
end
$$;
