-- Issue #28, ADR 0046: the registry's keys carry the county, so the tables can be distributed by county_code.
-- household and person had the column already; their primary keys become (county_code, id) and a member refers
-- to its household by (county_code, household_id). A lookup by id alone keeps a plain index.
do $$
begin
    if exists (select 1 from person p join household h on h.id = p.household_id where p.county_code <> h.county_code) then
        raise exception 'a member lies in another county than its household';
    end if;
end
$$;

alter table person drop constraint person_household_id_fkey;
alter table person drop constraint person_pkey;
alter table household drop constraint household_pkey;

alter table household add primary key (county_code, id);
create index household_id_idx on household (id);

alter table person add primary key (county_code, id);
create index person_id_idx on person (id);
alter table person add foreign key (county_code, household_id) references household (county_code, id) on delete cascade;

-- A household's income items are distributed with it.
alter table income_item drop constraint income_item_pkey;
alter table income_item add primary key (county_code, id);
create index income_item_id_idx on income_item (id);
