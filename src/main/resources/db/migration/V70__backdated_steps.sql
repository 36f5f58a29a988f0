-- Issue #16: a procedure step dated more than a few days before the day it is entered needs a reason, kept on
-- the step (shown on the case) and in the audit log. How many days count as backdating is a parameter.
alter table identification_step add column backdate_reason text;

insert into policy_parameter (name, region_prefix, year_from, value, source) values
('STEP_BACKDATE_DAYS', '', 2014, 3, 'issue #16: 补录超过3天须说明理由 (design default; configurable)');
