-- Issue #19: users are administered in the browser: a real name and unit beside the login name, and a one-time
-- password that must be changed at the next login.
alter table app_user add column real_name text not null default '';
alter table app_user add column unit text not null default '';
alter table app_user add column must_change_password boolean not null default false;
