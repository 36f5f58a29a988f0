-- Issue #28, ADR 0046: monitoring episodes, clues, steps, measures and follow-ups carry the county (the first six
-- digits of their village code) in their keys; their foreign keys to each other and to notices are composite.
alter table monitoring_episode drop constraint monitoring_episode_notice_id_fkey;
alter table monitoring_episode drop constraint monitoring_episode_elimination_notice_id_fkey;
alter table monitoring_episode drop constraint monitoring_episode_previous_episode_id_fkey;
alter table monitoring_step drop constraint monitoring_step_notice_id_fkey;
alter table monitoring_step drop constraint monitoring_step_episode_id_fkey;
alter table monitoring_clue drop constraint monitoring_clue_episode_id_fkey;
alter table monitoring_measure drop constraint monitoring_measure_episode_id_fkey;
alter table monitoring_follow_up drop constraint monitoring_follow_up_episode_id_fkey;

alter table monitoring_episode add column county_code text collate "C";
alter table monitoring_clue add column county_code text collate "C";
alter table monitoring_step add column county_code text collate "C";
alter table monitoring_measure add column county_code text collate "C";
alter table monitoring_follow_up add column county_code text collate "C";

update monitoring_episode set county_code = left(village_code, 6);
update monitoring_clue set county_code = left(village_code, 6);
update monitoring_step set county_code = left(village_code, 6);
update monitoring_measure set county_code = left(village_code, 6);
update monitoring_follow_up set county_code = left(village_code, 6);

alter table monitoring_episode alter column county_code set not null;
alter table monitoring_clue alter column county_code set not null;
alter table monitoring_step alter column county_code set not null;
alter table monitoring_measure alter column county_code set not null;
alter table monitoring_follow_up alter column county_code set not null;

alter table monitoring_episode drop constraint monitoring_episode_pkey;
alter table monitoring_episode add primary key (county_code, id);
drop index monitoring_episode_one_open;
create unique index monitoring_episode_one_open on monitoring_episode (county_code, village_code, household_number)
    where status in ('IDENTIFYING', 'MONITORED');
alter table monitoring_clue drop constraint monitoring_clue_pkey;
alter table monitoring_clue add primary key (county_code, id);
alter table monitoring_step drop constraint monitoring_step_pkey;
alter table monitoring_step add primary key (county_code, id);
alter table monitoring_measure drop constraint monitoring_measure_pkey;
alter table monitoring_measure add primary key (county_code, id);
alter table monitoring_follow_up drop constraint monitoring_follow_up_pkey;
alter table monitoring_follow_up add primary key (county_code, id);

create index monitoring_episode_id_idx on monitoring_episode (id);
create index monitoring_clue_id_idx on monitoring_clue (id);
create index monitoring_step_id_idx on monitoring_step (id);
create index monitoring_measure_id_idx on monitoring_measure (id);
create index monitoring_follow_up_id_idx on monitoring_follow_up (id);

alter table monitoring_episode add foreign key (county_code, notice_id) references public_notice (county_code, id);
alter table monitoring_episode add foreign key (county_code, elimination_notice_id)
    references public_notice (county_code, id);
alter table monitoring_episode add foreign key (county_code, previous_episode_id)
    references monitoring_episode (county_code, id);
alter table monitoring_step add foreign key (county_code, notice_id) references public_notice (county_code, id);
alter table monitoring_step add foreign key (county_code, episode_id) references monitoring_episode (county_code, id);
alter table monitoring_clue add foreign key (county_code, episode_id) references monitoring_episode (county_code, id);
alter table monitoring_measure add foreign key (county_code, episode_id)
    references monitoring_episode (county_code, id);
alter table monitoring_follow_up add foreign key (county_code, episode_id)
    references monitoring_episode (county_code, id);
