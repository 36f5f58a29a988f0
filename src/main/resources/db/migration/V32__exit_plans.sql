-- Battle plan (作战图, issue #7): the year each household and each poor village is planned to exit poverty.
create table household_exit_plan (
    county_code      text collate "C" not null,
    household_number text not null,
    village_code     text collate "C" not null references region (code),
    planned_year     int not null check (planned_year between 2014 and 2030),
    primary key (county_code, household_number)
);
create index household_exit_plan_village_idx on household_exit_plan (village_code);

create table village_exit_plan (
    village_code text collate "C" primary key references region (code),
    planned_year int not null check (planned_year between 2014 and 2030)
);

do $$
declare t text;
begin
    foreach t in array array['household_exit_plan', 'village_exit_plan'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (village_code like current_setting(''fupin.scope'', true) || ''%%'') '
                       'with check (village_code like current_setting(''fupin.scope'', true) || ''%%'')', t || '_in_scope', t);
    end loop;
end
$$;
