-- Issue #28, ADR 0046: comparison hits and case requests, village exits and plans, village points and indicator
-- values carry the county in their keys. A region above the county (indicator values of a city or province) is
-- placed by the first six digits of its own code. With village exits re-keyed, no table refers to a notice by id
-- alone any more, so public_notice keeps only its composite key.
alter table comparison_case_request drop constraint comparison_case_request_hit_id_fkey;
alter table village_exit_step drop constraint village_exit_step_exit_id_fkey;
alter table village_exit drop constraint village_exit_notice_id_fkey;

alter table village_exit add column county_code text collate "C";
alter table village_exit_step add column county_code text collate "C";
alter table village_exit_plan add column county_code text collate "C";
alter table village_point add column county_code text collate "C";
alter table indicator_value add column county_code text collate "C";

update village_exit set county_code = left(village_code, 6);
update village_exit_step set county_code = left(village_code, 6);
update village_exit_plan set county_code = left(village_code, 6);
update village_point set county_code = left(village_code, 6);
update indicator_value set county_code = left(region_code, 6);

alter table village_exit alter column county_code set not null;
alter table village_exit_step alter column county_code set not null;
alter table village_exit_plan alter column county_code set not null;
alter table village_point alter column county_code set not null;
alter table indicator_value alter column county_code set not null;

alter table comparison_hit drop constraint comparison_hit_pkey;
alter table comparison_hit add primary key (county_code, id);
alter table comparison_case_request drop constraint comparison_case_request_pkey;
alter table comparison_case_request add primary key (county_code, id);
alter table comparison_case_request drop constraint comparison_case_request_hit_id_key;
alter table comparison_case_request add unique (county_code, hit_id);
alter table village_exit drop constraint village_exit_pkey;
alter table village_exit add primary key (county_code, id);
drop index village_exit_one_open;
create unique index village_exit_one_open on village_exit (county_code, village_code, year)
    where status not in ('EXITED', 'REJECTED');
alter table village_exit_step drop constraint village_exit_step_pkey;
alter table village_exit_step add primary key (county_code, id);
alter table village_exit_plan drop constraint village_exit_plan_pkey;
alter table village_exit_plan add primary key (county_code, village_code);
alter table village_point drop constraint village_point_pkey;
alter table village_point add primary key (county_code, village_code, year);
alter table indicator_value drop constraint indicator_value_pkey;
alter table indicator_value add primary key (county_code, region_code, year, set_code, indicator_code);
alter table public_notice drop constraint public_notice_id_key;

create index comparison_hit_id_idx on comparison_hit (id);
create index comparison_case_request_id_idx on comparison_case_request (id);
create index village_exit_id_idx on village_exit (id);
create index village_exit_step_id_idx on village_exit_step (id);
create index public_notice_id_idx on public_notice (id);

alter table comparison_case_request add foreign key (county_code, hit_id) references comparison_hit (county_code, id);
alter table village_exit add foreign key (county_code, notice_id) references public_notice (county_code, id);
alter table village_exit_step add foreign key (county_code, exit_id) references village_exit (county_code, id);
-- lookups by region without the county keep an index of their own
create index indicator_value_region_idx on indicator_value (region_code, year);
create index village_point_village_idx on village_point (village_code, year);
