-- 剔除 (错评, domain.md §7.2) as a third household procedure: 村民代表评议 → 剔除公示 → 县审定; a confirmed comparison
-- hit opens one with its evidence attached (issue #11). The notice period has no sourced minimum: the identification
-- notices' 5 days are the design default, configurable like every notice period.
alter table identification_case drop constraint identification_case_kind_check;
alter table identification_case add constraint identification_case_kind_check
    check (kind in ('IDENTIFICATION', 'EXIT', 'REMOVAL'));

insert into policy_parameter (name, region_prefix, year_from, value, source) values
('NOTICE_DAYS.REMOVAL', '', 2014, 5, 'design default (as the identification notices, domain.md §2.1); configurable');

drop index identification_case_one_open;
create unique index identification_case_one_open on identification_case (household_id, kind)
    where status not in ('REGISTERED', 'DEREGISTERED', 'REMOVED', 'REJECTED');
