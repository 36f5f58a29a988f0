-- Issue #28, found loading 30 million persons: the first import of a county that the planner's statistics do not
-- know yet (every new county: after V166 a province partition's most-common-value list holds all its counties, so a
-- code not in it is estimated at about no rows). The check of each new member against its household
-- (the foreign key: county_code = $1 and id = $2) then chose an index led by county_code with the id as a filter
-- and read every household the same statement had just written for that county, per member: 150,000 members x
-- 50,000 households, minutes per county file instead of seconds.
-- No key or index of household is led by county_code any more: the primary key is (id, county_code), the unique key
-- (year, household_number, county_code), the number look-up (household_number, county_code, year). Every one still
-- carries the county (ADR 0046: the distribution column in every key), partition pruning needs no index, and the
-- household list keeps (year, village_code, county_code). The plain id index is covered by the primary key now.
alter table person drop constraint person_county_code_household_id_fkey;

alter table household drop constraint household_pkey;
alter table household add constraint household_pkey primary key (id, county_code);
drop index household_id_idx;

alter table household drop constraint household_county_code_year_household_number_key;
alter table household add constraint household_county_code_year_household_number_key
    unique (year, household_number, county_code);

drop index household_number_idx;
create index household_number_idx on household (household_number, county_code, year);

alter table person add constraint person_county_code_household_id_fkey
    foreign key (county_code, household_id) references household (county_code, id) on delete cascade;
