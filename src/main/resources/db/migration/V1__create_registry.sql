-- Regions: the statistical division tree (province -> city -> county -> township -> village).
-- Codes use the C collation so that prefix and range scans use the B-tree index.
create table region (
    code             text collate "C" primary key check (code ~ '^[0-9]{12}$'),
    name             text not null check (length(name) between 1 and 60),
    level            text not null check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    parent_code      text collate "C" references region (code),
    urban_rural_code text
);
create index region_parent_idx on region (parent_code, code);

-- Yearly village facts (村级基本情况表).
create table village_fact (
    county_code   text collate "C" not null,
    year          int not null,
    village_code  text collate "C" not null references region (code),
    households    int not null check (households >= 0),
    population    int not null check (population >= 0),
    village_class text not null,
    primary key (county_code, year, village_code)
);
create index village_fact_year_idx on village_fact (year, village_code);

-- Versioned code lists: a code is valid from one year to another (null = still valid).
create table dictionary_entry (
    dictionary text not null,
    code       text not null,
    label      text not null,
    aliases    text[] not null default '{}',
    sort_order int not null default 0,
    valid_from int not null,
    valid_to   int,
    primary key (dictionary, code, valid_from)
);

-- Poverty lines by year, standard and region prefix ('' = nation-wide).
create table poverty_line (
    year          int not null,
    standard      text not null,
    region_prefix text collate "C" not null default '',
    amount        numeric(12, 2) not null check (amount > 0),
    verified      boolean not null,
    source        text not null,
    primary key (year, standard, region_prefix)
);

create table import_batch (
    id         bigserial primary key,
    kind       text not null,
    file_name  text not null,
    sha256     text not null,
    row_count  int not null,
    created_at timestamptz not null default now()
);

-- Household-year: one row per household and snapshot year. county_code leads every key (distribution by county).
create table household (
    id                      bigserial primary key,
    county_code             text collate "C" not null,
    year                    int not null,
    household_number        text not null,
    village_code            text collate "C" not null references region (code),
    phone                   text,
    identification_standard text not null,
    attribute               text not null,
    main_cause              text not null,
    other_causes            text[] not null default '{}',
    poverty_status          text not null,
    exit_year               int,
    wage_income             numeric(12, 2) not null,
    business_income         numeric(12, 2) not null,
    property_income         numeric(12, 2) not null,
    transfer_income         numeric(12, 2) not null,
    business_expense        numeric(12, 2) not null,
    member_count            int not null check (member_count > 0),
    net_income              numeric(14, 2) not null,
    net_income_per_capita   numeric(14, 2) not null,
    housing_safety          text not null,
    safe_drinking_water     boolean not null,
    has_electricity         boolean not null,
    import_batch_id         bigint references import_batch (id),
    unique (county_code, year, household_number)
);
create index household_year_village_idx on household (year, village_code);

create table person (
    id                bigserial primary key,
    county_code       text collate "C" not null,
    year              int not null,
    household_id      bigint not null references household (id) on delete cascade,
    position          int not null,
    name              text not null,
    id_number         text not null,
    citizen_number    text not null,
    relationship      text not null,
    male              boolean not null,
    birth_date        date not null,
    ethnicity         text not null,
    education         text,
    schooling         text,
    health            text[] not null,
    labour_skill      text not null,
    work_status       text,
    work_months       int,
    medical_insurance boolean not null,
    pension_insurance boolean not null,
    unique (county_code, year, citizen_number)
);
create index person_household_idx on person (household_id);

create table app_user (
    username      text primary key,
    password_hash text not null,
    scope_code    text collate "C" not null default '',
    created_at    timestamptz not null default now()
);

create table system_flag (
    name  text primary key,
    value text not null
);
