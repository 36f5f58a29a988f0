-- Issue #28, ADR 0047: person, the largest table, is partitioned by province: RANGE (county_code), one partition
-- per province-level code ('62' <= county_code < '63'), and a DEFAULT partition for any other code. A partitioned
-- table cannot be made by ALTER, so the table is built anew, the rows moved, and everything the old table had is
-- made again under the same names: key, unique constraint, indexes, checks, the foreign key to household,
-- row-level security and its policy, the app role's grants. No table refers to person, and it has no triggers.
alter table person rename to person_unpartitioned;
alter table person_unpartitioned rename constraint person_pkey to person_unpartitioned_pkey;
alter table person_unpartitioned rename constraint person_county_code_year_citizen_number_key
    to person_unpartitioned_county_code_year_citizen_number_key;
alter index person_household_idx rename to person_unpartitioned_household_idx;
alter index person_year_village_idx rename to person_unpartitioned_year_village_idx;
alter index person_id_idx rename to person_unpartitioned_id_idx;

-- columns, defaults (the id sequence), not-null and check constraints, storage and comments as they were
create table person (like person_unpartitioned including all excluding indexes) partition by range (county_code);
alter sequence person_id_seq owned by person.id;

do $$
declare
    province text;
begin
    foreach province in array array['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35',
            '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64',
            '65', '71', '81', '82'] loop
        execute format('create table %I partition of person for values from (%L) to (%L)',
                'person_p' || province, province, (province::int + 1)::text);
    end loop;
end
$$;
create table person_p_other partition of person default;

insert into person select * from person_unpartitioned;
drop table person_unpartitioned;

alter table person add constraint person_pkey primary key (county_code, id);
alter table person add constraint person_county_code_year_citizen_number_key unique (county_code, year, citizen_number);
create index person_household_idx on person (household_id);
create index person_year_village_idx on person (year, village_code);
create index person_id_idx on person (id);
alter table person add constraint person_county_code_household_id_fkey
    foreign key (county_code, household_id) references household (county_code, id) on delete cascade;

alter table person enable row level security;
alter table person force row level security;
create policy person_in_scope on person
    using (village_code like current_setting('fupin.scope', true) || '%')
    with check (village_code like current_setting('fupin.scope', true) || '%');

-- The app role reads and writes through the parent, whose policy filters; a partition read directly would bypass
-- it, so the partitions keep no grant of the app role (the default privileges of V4 gave them one).
grant select, insert, update, delete on person to fupin_app;
do $$
declare
    part regclass;
begin
    for part in select inhrelid::regclass from pg_inherits where inhparent = 'person'::regclass loop
        execute format('revoke all on %s from fupin_app', part);
    end loop;
end
$$;

analyze person;
