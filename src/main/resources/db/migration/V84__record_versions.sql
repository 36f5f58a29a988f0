-- Issue #23 (lost updates), ADR 0031: every record a user changes from a form or a REST update carries a version,
-- raised by one on every update (imports and procedures too). A change is written only while the record still has
-- the version its form or body was made from; otherwise it is refused as stale. A constant default adds the column
-- without rewriting the table.
alter table household add column version integer not null default 0;
alter table project add column version integer not null default 0;
alter table loan add column version integer not null default 0;
alter table public_notice add column version integer not null default 0;
alter table indicator_value add column version integer not null default 0;
alter table monitoring_range add column version integer not null default 0;
alter table policy_parameter add column version integer not null default 0;
alter table poverty_line add column version integer not null default 0;
alter table village_exit_condition add column version integer not null default 0;
