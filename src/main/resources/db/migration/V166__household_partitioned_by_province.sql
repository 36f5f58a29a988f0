-- Issue #28, ADR 0048: household is partitioned by province like person (V165, ADR 0047): RANGE (county_code), one
-- partition per province-level code and a DEFAULT partition. The table is built anew and everything it had is made
-- again under the same names: key, unique constraint, check, indexes (one carries county_code as well), its foreign
-- keys to import_batch and region, row-level security and its policy, the app role's grants, the id sequence's
-- ownership. The foreign keys that refer to household (person's, and any other a database may have) are dropped
-- first and made again afterwards from their own definitions, with the same names, columns, ON DELETE action and
-- deferrability.
create temporary table household_incoming_key on commit drop as
select c.conrelid::regclass::text as referencing, c.conname as name, pg_get_constraintdef(c.oid) as definition
from pg_constraint c
where c.confrelid = 'household'::regclass and c.contype = 'f' and c.conparentid = 0;

do $$
declare
    k record;
begin
    for k in select * from household_incoming_key loop
        execute format('alter table %s drop constraint %I', k.referencing, k.name);
    end loop;
end
$$;

alter table household rename to household_unpartitioned;
alter table household_unpartitioned rename constraint household_pkey to household_unpartitioned_pkey;
alter table household_unpartitioned rename constraint household_county_code_year_household_number_key
    to household_unpartitioned_county_code_year_household_number_key;
alter table household_unpartitioned rename constraint household_import_batch_id_fkey
    to household_unpartitioned_import_batch_id_fkey;
alter table household_unpartitioned rename constraint household_village_code_fkey
    to household_unpartitioned_village_code_fkey;
alter index household_id_idx rename to household_unpartitioned_id_idx;
alter index household_number_idx rename to household_unpartitioned_number_idx;
alter index household_year_village_idx rename to household_unpartitioned_year_village_idx;

-- columns, defaults (the id sequence), not-null and check constraints, storage and comments as they were
create table household (like household_unpartitioned including all excluding indexes)
    partition by range (county_code);
alter sequence household_id_seq owned by household.id;

do $$
declare
    province text;
begin
    foreach province in array array['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35',
            '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64',
            '65', '71', '81', '82'] loop
        execute format('create table %I partition of household for values from (%L) to (%L)',
                'household_p' || province, province, (province::int + 1)::text);
    end loop;
end
$$;
create table household_p_other partition of household default;

insert into household select * from household_unpartitioned;
drop table household_unpartitioned;

alter table household add constraint household_pkey primary key (county_code, id);
alter table household add constraint household_county_code_year_household_number_key
    unique (county_code, year, household_number);
create index household_id_idx on household (id);
create index household_number_idx on household (county_code, household_number, year);
-- The one change: the (year, village_code) index ends with county_code, so that a count bounded by the scope's
-- counties (the bound names the partitions to read, ADR 0048) stays an index-only scan on a deduplicated index
-- (county_code follows from village_code, so equal keys stay equal; an INCLUDE column would stop deduplication).
create index household_year_village_idx on household (year, village_code, county_code);
alter table household add constraint household_import_batch_id_fkey
    foreign key (import_batch_id) references import_batch (id);
alter table household add constraint household_village_code_fkey foreign key (village_code) references region (code);

alter table household enable row level security;
alter table household force row level security;
create policy household_in_scope on household
    using (village_code like current_setting('fupin.scope', true) || '%')
    with check (village_code like current_setting('fupin.scope', true) || '%');

-- The app role reads and writes through the parent, whose policy filters; the partitions keep no grant of it.
grant select, insert, update, delete on household to fupin_app;
do $$
declare
    part regclass;
begin
    for part in select inhrelid::regclass from pg_inherits where inhparent = 'household'::regclass loop
        execute format('revoke all on %s from fupin_app', part);
    end loop;
end
$$;

-- the foreign keys that referred to household, as they were (person's: (county_code, household_id), cascade)
do $$
declare
    k record;
begin
    for k in select * from household_incoming_key loop
        execute format('alter table %s add constraint %I %s', k.referencing, k.name, k.definition);
    end loop;
end
$$;

analyze household;
