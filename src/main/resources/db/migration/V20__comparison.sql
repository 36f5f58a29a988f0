-- Data comparison with other departments' lists (issue #11, ADR 0010).
-- External lists: one batch per imported file, one record per row. The ID number is kept encrypted (like
-- person.id_number), masked for display, and as the keyed hash of its normalised 18-character form (id_hash),
-- computed exactly like person.citizen_number, so matching is a join on equal hashes.
create table external_batch (
    id          bigserial primary key,
    list_type   text not null check (list_type in ('VEHICLE', 'PROPERTY', 'COMPANY', 'PAYROLL', 'DEATH',
                                                   'ASSISTANCE', 'MEDICAL')),
    department  text not null check (length(department) between 1 and 100),
    as_of       date not null,
    file_name   text not null,
    sha256      text not null,
    row_count   int not null,
    legacy_ids  int not null,
    imported_by text not null,
    imported_at timestamptz not null default now()
);

create table external_record (
    id          bigserial primary key,
    batch_id    bigint not null references external_batch (id),
    row_no      int not null,
    id_hash     text not null,
    id_number   text not null,
    id_masked   text not null,
    legacy_form boolean not null,
    name        text,
    category    text,
    status      text,
    amount      numeric(14, 2),
    area        numeric(12, 2),
    event_date  date,
    detail      text
);
create index external_record_hash_idx on external_record (id_hash);
create index external_record_batch_idx on external_record (batch_id, row_no);

-- The county's exclusion list as data (domain.md §2.2), one row per rule and year: a record of the list type
-- matches when every filled condition holds (null = no condition; excluded_* never match).
create table comparison_rule (
    year                int not null,
    code                text not null,
    list_type           text not null,
    enabled             boolean not null default true,
    consequence         text not null check (consequence in ('REMOVAL', 'NATURAL_DECREASE', 'CLOSE_REVIEW')),
    min_amount          numeric(14, 2),
    min_area            numeric(12, 2),
    categories          text[],
    excluded_categories text[] not null default '{}',
    statuses            text[],
    excluded_statuses   text[] not null default '{}',
    description         text not null,
    source              text not null,
    primary key (year, code)
);

create table comparison_run (
    id                         bigserial primary key,
    year                       int not null,
    scope_code                 text collate "C" not null,
    consent_mode               text not null check (consent_mode in ('SKIP', 'FLAG')),
    started_by                 text not null,
    started_at                 timestamptz not null default now(),
    persons_compared           int not null default 0,
    households_compared        int not null default 0,
    households_without_consent int not null default 0,
    new_hits                   int not null default 0
);

-- A hit: a member of a household matched a rule through one external record. Household and person are kept
-- by their stable keys and a snapshot (name, masked ID), because a registry re-import replaces person rows.
create table comparison_hit (
    id               bigserial primary key,
    run_id           bigint not null references comparison_run (id),
    year             int not null,
    county_code      text collate "C" not null,
    household_number text not null,
    household_id     bigint not null,
    village_code     text collate "C" not null,
    person_hash      text not null,
    person_name      text not null,
    person_id_masked text not null,
    rule_code        text not null,
    consequence      text not null,
    record_id        bigint not null references external_record (id),
    without_consent  boolean not null,
    status           text not null default 'PENDING' check (status in ('PENDING', 'CONFIRMED', 'DISMISSED')),
    reviewed_by      text,
    reviewed_at      timestamptz,
    review_note      text,
    unique (year, county_code, household_number, person_hash, rule_code, record_id)
);
create index comparison_hit_queue_idx on comparison_hit (village_code, status);
create index comparison_hit_run_idx on comparison_hit (run_id);

-- The hand-off to the case workflow (#5): a confirmed hit requests a removal case, or a natural-decrease event
-- for a death, with the evidence attached. Nothing here changes a household; the case workflow takes requests.
create table comparison_case_request (
    id               bigserial primary key,
    hit_id           bigint not null unique references comparison_hit (id),
    kind             text not null check (kind in ('REMOVAL', 'NATURAL_DECREASE')),
    year             int not null,
    county_code      text collate "C" not null,
    household_number text not null,
    household_id     bigint not null,
    village_code     text collate "C" not null,
    person_hash      text not null,
    evidence         text not null,
    status           text not null default 'OPEN' check (status in ('OPEN', 'TAKEN')),
    requested_by     text not null,
    requested_at     timestamptz not null default now()
);

-- A household's signed authorisation (承诺授权书) to compare its members' data with other departments.
create table household_consent (
    county_code      text collate "C" not null,
    household_number text not null,
    village_code     text collate "C" not null,
    signed_on        date not null,
    evidence         text not null check (length(evidence) between 1 and 500),
    recorded_by      text not null,
    recorded_at      timestamptz not null default now(),
    primary key (county_code, household_number)
);

alter table comparison_hit enable row level security;
alter table comparison_hit force row level security;
create policy comparison_hit_in_scope on comparison_hit
    using (village_code like current_setting('fupin.scope', true) || '%')
    with check (village_code like current_setting('fupin.scope', true) || '%');

alter table comparison_case_request enable row level security;
alter table comparison_case_request force row level security;
create policy comparison_case_request_in_scope on comparison_case_request
    using (village_code like current_setting('fupin.scope', true) || '%')
    with check (village_code like current_setting('fupin.scope', true) || '%');

alter table household_consent enable row level security;
alter table household_consent force row level security;
create policy household_consent_in_scope on household_consent
    using (village_code like current_setting('fupin.scope', true) || '%')
    with check (village_code like current_setting('fupin.scope', true) || '%');
