-- Issue #28, ADR 0046: assistance to households, village staffing, projects, funds and assets carry the county in
-- their keys. A project's beneficiaries, disbursements and assets lie in the project's county.
do $$
begin
    if exists (select 1 from project_beneficiary b join project p on p.id = b.project_id
               where b.county_code <> left(p.village_code, 6)) then
        raise exception 'a project names a beneficiary household of another county';
    end if;
end
$$;

alter table project_beneficiary drop constraint project_beneficiary_project_id_fkey;
alter table disbursement drop constraint disbursement_allocation_id_fkey;
alter table disbursement drop constraint disbursement_project_id_fkey;
alter table asset drop constraint asset_project_id_fkey;
alter table asset drop constraint asset_ownership_notice_id_fkey;
alter table asset_custody drop constraint asset_custody_asset_id_fkey;
alter table asset_status_change drop constraint asset_status_change_asset_id_fkey;
alter table asset_income drop constraint asset_income_asset_id_fkey;
alter table work_team_member drop constraint work_team_member_team_id_fkey;

alter table unit_village add column county_code text collate "C";
alter table work_team add column county_code text collate "C";
alter table work_team_member add column county_code text collate "C";
alter table village_leader add column county_code text collate "C";
alter table project add column county_code text collate "C";
alter table disbursement add column county_code text collate "C";
alter table asset_custody add column county_code text collate "C";
alter table asset_status_change add column county_code text collate "C";
alter table asset_income add column county_code text collate "C";

update unit_village set county_code = left(village_code, 6);
update work_team set county_code = left(village_code, 6);
update work_team_member set county_code = left(village_code, 6);
update village_leader set county_code = left(village_code, 6);
update project set county_code = left(village_code, 6);
update disbursement set county_code = left(village_code, 6);
update asset_custody set county_code = left(village_code, 6);
update asset_status_change set county_code = left(village_code, 6);
update asset_income set county_code = left(village_code, 6);

alter table unit_village alter column county_code set not null;
alter table work_team alter column county_code set not null;
alter table work_team_member alter column county_code set not null;
alter table village_leader alter column county_code set not null;
alter table project alter column county_code set not null;
alter table disbursement alter column county_code set not null;
alter table asset_custody alter column county_code set not null;
alter table asset_status_change alter column county_code set not null;
alter table asset_income alter column county_code set not null;

alter table measure drop constraint measure_pkey;
alter table measure add primary key (county_code, id);
alter table loan drop constraint loan_pkey;
alter table loan add primary key (county_code, id);
alter table pairing drop constraint pairing_pkey;
alter table pairing add primary key (county_code, id);
alter table visit drop constraint visit_pkey;
alter table visit add primary key (county_code, id);
alter table unit_village drop constraint unit_village_pkey;
alter table unit_village add primary key (county_code, id);
alter table work_team drop constraint work_team_pkey;
alter table work_team add primary key (county_code, id);
alter table work_team_member drop constraint work_team_member_pkey;
alter table work_team_member add primary key (county_code, team_id, cadre_id);
alter table village_leader drop constraint village_leader_pkey;
alter table village_leader add primary key (county_code, id);
alter table project drop constraint project_pkey;
alter table project add primary key (county_code, id);
alter table fund_allocation drop constraint fund_allocation_pkey;
alter table fund_allocation add primary key (county_code, id);
alter table disbursement drop constraint disbursement_pkey;
alter table disbursement add primary key (county_code, id);
alter table asset drop constraint asset_pkey;
alter table asset add primary key (county_code, id);
alter table asset drop constraint asset_village_code_name_key;
alter table asset add unique (county_code, village_code, name);
alter table asset_custody drop constraint asset_custody_pkey;
alter table asset_custody add primary key (county_code, id);
alter table asset_status_change drop constraint asset_status_change_pkey;
alter table asset_status_change add primary key (county_code, id);
alter table asset_income drop constraint asset_income_pkey;
alter table asset_income add primary key (county_code, id);
alter table asset_income drop constraint asset_income_asset_id_year_key;
alter table asset_income add unique (county_code, asset_id, year);

create index measure_id_idx on measure (id);
create index loan_id_idx on loan (id);
create index pairing_id_idx on pairing (id);
create index visit_id_idx on visit (id);
create index unit_village_id_idx on unit_village (id);
create index work_team_id_idx on work_team (id);
create index village_leader_id_idx on village_leader (id);
create index project_id_idx on project (id);
create index fund_allocation_id_idx on fund_allocation (id);
create index disbursement_id_idx on disbursement (id);
create index asset_id_idx on asset (id);

alter table work_team_member add foreign key (county_code, team_id) references work_team (county_code, id)
    on delete cascade;
alter table project_beneficiary add foreign key (county_code, project_id) references project (county_code, id)
    on delete cascade;
alter table disbursement add foreign key (county_code, allocation_id) references fund_allocation (county_code, id);
alter table disbursement add foreign key (county_code, project_id) references project (county_code, id);
alter table asset add foreign key (county_code, project_id) references project (county_code, id);
alter table asset add foreign key (county_code, ownership_notice_id) references public_notice (county_code, id);
alter table asset_custody add foreign key (county_code, asset_id) references asset (county_code, id) on delete cascade;
alter table asset_status_change add foreign key (county_code, asset_id) references asset (county_code, id)
    on delete cascade;
alter table asset_income add foreign key (county_code, asset_id) references asset (county_code, id) on delete cascade;
