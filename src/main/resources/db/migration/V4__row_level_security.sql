-- Row-level security (issue #6, ADR 0005): the application connects through the restricted role fupin_app,
-- which owns nothing and cannot bypass policies; every table with household or person data is filtered on the
-- region-code prefix in the transaction setting fupin.scope. An unset scope matches no row (fail closed).
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'fupin_app') then
        create role fupin_app nologin;
    end if;
    if not pg_has_role(current_user, 'fupin_app', 'MEMBER') then
        execute format('grant fupin_app to %I', current_user);
    end if;
end
$$;

grant usage on schema public to fupin_app;
grant select, insert, update, delete on all tables in schema public to fupin_app;
grant usage, select on all sequences in schema public to fupin_app;
alter default privileges in schema public grant select, insert, update, delete on tables to fupin_app;
alter default privileges in schema public grant usage, select on sequences to fupin_app;
revoke all on flyway_schema_history from fupin_app;

-- Members carry their village, so their policy needs no join.
alter table person add column village_code text collate "C";
update person p set village_code = h.village_code from household h where h.id = p.household_id;
alter table person alter column village_code set not null;

alter table household enable row level security;
alter table household force row level security;
create policy household_in_scope on household
    using (village_code like current_setting('fupin.scope', true) || '%')
    with check (village_code like current_setting('fupin.scope', true) || '%');

alter table person enable row level security;
alter table person force row level security;
create policy person_in_scope on person
    using (village_code like current_setting('fupin.scope', true) || '%')
    with check (village_code like current_setting('fupin.scope', true) || '%');

alter table village_fact enable row level security;
alter table village_fact force row level security;
create policy village_fact_in_scope on village_fact
    using (village_code like current_setting('fupin.scope', true) || '%')
    with check (village_code like current_setting('fupin.scope', true) || '%');
