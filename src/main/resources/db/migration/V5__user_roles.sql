-- Roles and disabling of accounts (issue #6).
alter table app_user add column role text not null default 'SYSTEM_ADMIN'
    check (role in ('SYSTEM_ADMIN', 'COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'VILLAGE_CADRE', 'WORK_TEAM_MEMBER', 'AUDITOR'));
alter table app_user alter column role drop default;
alter table app_user add column enabled boolean not null default true;
