-- Maintained aggregates (issue #4, ADR 0019): one row per region, year, dimension and value, at every level from
-- village to province. Villages are recounted from the records whenever the registry writes them (same
-- transaction); the four levels above receive the difference, so reading any region's figures is an index lookup.
create table region_tally (
    year        int not null,
    region_code text collate "C" not null,
    dimension   text not null,
    code        text not null,
    households  bigint not null,
    persons     bigint not null,
    net_income  numeric(18, 2) not null,
    primary key (year, region_code, dimension, code)
);

-- Readers see their own subtree; only the maintenance functions below (run as the owner) write.
alter table region_tally enable row level security;
create policy region_tally_in_scope on region_tally for select to fupin_app
    using (region_code like current_setting('fupin.scope', true) || '%');
revoke insert, update, delete, truncate on region_tally from fupin_app;

-- The functions that keep this table (tally_recount, tally_ancestors, tally_refresh, tally_rebuild,
-- tally_differences) are defined in R__region_tally_functions.sql, which also counts the existing years. They stood
-- here, in V52 and in V53 until the repeatable migration took them over (ADR 0019, ADR 0024); databases migrated
-- before that have their recorded checksums of those three files brought up to date by beforeValidate.sql.
