-- Issue #26, ADR 0037: the region tree changes over the years (撤乡并镇, 撤并村, codes re-issued). A region is valid
-- from valid_from (null: since before any record) up to, not including, valid_until (null: still valid). The tree
-- of a year is the regions valid in it; a household-year keeps the code that was valid in its year, so the
-- aggregates, which roll up by code prefix, count each year under that year's parents without being rewritten.
alter table region add column valid_from int check (valid_from between 1949 and 2200);
alter table region add column valid_until int check (valid_until between 1949 and 2200);
alter table region add constraint region_valid_years check (valid_until is null or valid_from is null or valid_until > valid_from);

-- The imported change table (区划变更表): from `year` on, old_code became new_code. Kinds: RENAME (new name, or
-- a re-issued code), MERGE (old merged into new), SPLIT (new split off old, which stays), MOVE (to another parent,
-- with a new code), NEW (new_code created), ABOLISH (old_code ends). A cascaded row is the change a MOVE, MERGE
-- or re-issue of a region made to a region below it (cascade_of: the row that caused it).
create table region_change (
    id         bigint generated always as identity primary key,
    year       int not null check (year between 1949 and 2200),
    kind       text not null check (kind in ('RENAME', 'MERGE', 'SPLIT', 'MOVE', 'NEW', 'ABOLISH')),
    old_code   text collate "C" references region (code),
    new_code   text collate "C" references region (code),
    new_name   text,
    old_name   text,
    cascade_of bigint references region_change (id),
    imported_at timestamptz not null default now(),
    check ((kind = 'NEW') = (old_code is null)),
    check ((kind = 'ABOLISH') = (new_code is null))
);
create index region_change_new_idx on region_change (new_code, year);
create index region_change_old_idx on region_change (old_code, year);
