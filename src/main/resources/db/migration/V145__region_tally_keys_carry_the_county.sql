-- Issue #28, ADR 0046: the region aggregates carry the first six digits of their region code: a county's and its
-- townships' and villages' rows their county, a city's or province's rows their own code, so the rows of one
-- area's roll-up sit together. The column comes last, after the counts, as the recount functions fill it.
alter table region_tally add column county_code text collate "C";
update region_tally set county_code = left(region_code, 6);
alter table region_tally alter column county_code set not null;
alter table region_tally drop constraint region_tally_pkey;
alter table region_tally add primary key (county_code, year, region_code, dimension, code);
