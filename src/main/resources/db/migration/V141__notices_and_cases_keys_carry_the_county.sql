-- Issue #28, ADR 0046: public notices, identification cases and their children, household events and exclusion
-- facts carry the county (the first six digits of their village code) in their keys. Foreign keys between them
-- become composite. Monitoring, assets and village exits still refer to a notice by id alone until they carry the
-- county too (a unique key on public_notice(id) serves them until then).
alter table public_notice_entry drop constraint public_notice_entry_notice_id_fkey;
alter table public_notice_objection drop constraint public_notice_objection_notice_id_fkey;
alter table public_notice_file drop constraint public_notice_file_notice_id_fkey;
alter table identification_case drop constraint identification_case_notice_id_fkey;
alter table identification_step drop constraint identification_step_case_id_fkey;
alter table identification_step drop constraint identification_step_notice_id_fkey;
alter table identification_attachment drop constraint identification_attachment_case_id_fkey;
alter table household_event drop constraint household_event_case_id_fkey;
alter table monitoring_episode drop constraint monitoring_episode_notice_id_fkey;
alter table monitoring_episode drop constraint monitoring_episode_elimination_notice_id_fkey;
alter table monitoring_step drop constraint monitoring_step_notice_id_fkey;
alter table village_exit drop constraint village_exit_notice_id_fkey;
alter table asset drop constraint asset_ownership_notice_id_fkey;

alter table public_notice add column county_code text collate "C";
alter table public_notice_entry add column county_code text collate "C";
alter table public_notice_objection add column county_code text collate "C";
alter table public_notice_file add column county_code text collate "C";
alter table identification_case add column county_code text collate "C";
alter table identification_step add column county_code text collate "C";
alter table identification_attachment add column county_code text collate "C";
alter table household_event add column county_code text collate "C";
alter table exclusion_fact add column county_code text collate "C";

update public_notice set county_code = left(village_code, 6);
update public_notice_entry set county_code = left(village_code, 6);
update public_notice_objection set county_code = left(village_code, 6);
update public_notice_file set county_code = left(village_code, 6);
update identification_case set county_code = left(village_code, 6);
update identification_step set county_code = left(village_code, 6);
update identification_attachment set county_code = left(village_code, 6);
update household_event set county_code = left(village_code, 6);
update exclusion_fact set county_code = left(village_code, 6);

alter table public_notice alter column county_code set not null;
alter table public_notice_entry alter column county_code set not null;
alter table public_notice_objection alter column county_code set not null;
alter table public_notice_file alter column county_code set not null;
alter table identification_case alter column county_code set not null;
alter table identification_step alter column county_code set not null;
alter table identification_attachment alter column county_code set not null;
alter table household_event alter column county_code set not null;
alter table exclusion_fact alter column county_code set not null;

alter table public_notice drop constraint public_notice_pkey;
alter table public_notice add primary key (county_code, id);
alter table public_notice add constraint public_notice_id_key unique (id);
alter table public_notice_entry drop constraint public_notice_entry_pkey;
alter table public_notice_entry add primary key (county_code, id);
alter table public_notice_entry drop constraint public_notice_entry_notice_id_position_key;
alter table public_notice_entry add unique (county_code, notice_id, position);
alter table public_notice_objection drop constraint public_notice_objection_pkey;
alter table public_notice_objection add primary key (county_code, id);
alter table public_notice_file drop constraint public_notice_file_pkey;
alter table public_notice_file add primary key (county_code, id);
alter table identification_case drop constraint identification_case_pkey;
alter table identification_case add primary key (county_code, id);
drop index identification_case_one_open;
create unique index identification_case_one_open on identification_case (county_code, household_id, kind)
    where status not in ('REGISTERED', 'DEREGISTERED', 'REMOVED', 'REJECTED');
alter table identification_step drop constraint identification_step_pkey;
alter table identification_step add primary key (county_code, id);
alter table identification_attachment drop constraint identification_attachment_pkey;
alter table identification_attachment add primary key (county_code, id);
alter table household_event drop constraint household_event_pkey;
alter table household_event add primary key (county_code, id);
alter table exclusion_fact drop constraint exclusion_fact_pkey;
alter table exclusion_fact add primary key (county_code, id);

create index identification_case_id_idx on identification_case (id);
create index identification_step_id_idx on identification_step (id);
create index identification_attachment_id_idx on identification_attachment (id);
create index household_event_id_idx on household_event (id);
create index public_notice_entry_id_idx on public_notice_entry (id);
create index public_notice_objection_id_idx on public_notice_objection (id);
create index public_notice_file_id_idx on public_notice_file (id);

alter table public_notice_entry add foreign key (county_code, notice_id)
    references public_notice (county_code, id) on delete cascade;
alter table public_notice_objection add foreign key (county_code, notice_id)
    references public_notice (county_code, id) on delete cascade;
alter table public_notice_file add foreign key (county_code, notice_id)
    references public_notice (county_code, id) on delete cascade;
alter table identification_case add foreign key (county_code, notice_id) references public_notice (county_code, id);
alter table identification_step add foreign key (county_code, case_id)
    references identification_case (county_code, id) on delete cascade;
alter table identification_step add foreign key (county_code, notice_id) references public_notice (county_code, id);
alter table identification_attachment add foreign key (county_code, case_id)
    references identification_case (county_code, id) on delete cascade;
alter table household_event add foreign key (county_code, case_id) references identification_case (county_code, id);

-- not yet carrying the county (ADR 0046: monitoring, assets and village exits follow)
alter table monitoring_episode add foreign key (notice_id) references public_notice (id);
alter table monitoring_episode add foreign key (elimination_notice_id) references public_notice (id);
alter table monitoring_step add foreign key (notice_id) references public_notice (id);
alter table village_exit add foreign key (notice_id) references public_notice (id);
alter table asset add foreign key (ownership_notice_id) references public_notice (id);
