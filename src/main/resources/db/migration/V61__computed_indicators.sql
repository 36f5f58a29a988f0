-- Computed indicator values (issue #8, ADR 0020). Which indicator of which set is computed by which named method
-- is data; the methods themselves are code (org.fupin.indicators.domain.ComputationMethod). A computed value keeps
-- what it was computed from (numerator, denominator, method), so every page can explain it; a value entered by
-- hand or imported has none of the three.
alter table indicator_value add column method text;
alter table indicator_value add column numerator numeric(20, 6);
alter table indicator_value add column denominator numeric(20, 6);
alter table indicator_value add constraint indicator_value_basis_complete
    check ((method is null) = (numerator is null) and (method is null) = (denominator is null));

create table indicator_computation (
    set_code       text not null,
    indicator_code text not null,
    method         text not null check (method in ('REGISTRY_BASIC_INSURANCE', 'REGISTRY_MEDICAL_INSURANCE',
                       'REGISTRY_PENSION_INSURANCE', 'REGISTRY_SCHOOL_ATTENDANCE', 'FACILITY_TAP_WATER_HOUSEHOLDS',
                       'FACILITY_STANDARD_CLINIC_VILLAGES', 'FACILITY_VILLAGE_SHARE')),
    facility_type  text,
    age_from       int check (age_from between 0 and 120),
    age_to         int check (age_to between 0 and 120),
    note           text not null,
    primary key (set_code, indicator_code),
    foreign key (set_code, indicator_code) references indicator (set_code, code) on delete cascade,
    check (age_from is null or age_to is null or age_from <= age_to),
    check (method <> 'FACILITY_VILLAGE_SHARE' or facility_type is not null),
    check (method <> 'REGISTRY_SCHOOL_ATTENDANCE' or (age_from is not null and age_to is not null)),
    check (method not in ('REGISTRY_BASIC_INSURANCE', 'REGISTRY_PENSION_INSURANCE') or age_from is not null)
);

-- NBS 2013 #30 and #31. The registry holds only the persons of registered (建档立卡) households, so #30 computed
-- from it is the coverage among those persons, not the county's; the note says so and pages show it.
-- Pension eligibility (城乡居民基本养老保险): aged 16 or more and not in school.
insert into indicator_computation (set_code, indicator_code, method, facility_type, age_from, age_to, note) values
('NBS2013', '30', 'REGISTRY_BASIC_INSURANCE', null, 16, null,
 '建档立卡人口中参加城乡居民基本医疗保险、且（年满16周岁不在校者）参加城乡居民基本养老保险的人数 / 建档立卡人口'),
('NBS2013', '31', 'FACILITY_TAP_WATER_HOUSEHOLDS', null, null, null,
 '村级设施表中自来水覆盖户数（未填覆盖户数的按全村总户数）/ 有村级基本情况的行政村总户数；不是“饮水安全”');

-- NBS 2013 has no row for village clinics or compulsory schooling. No province's county-level table with such
-- rows was reached (indicators-and-scale.md §1.1 S4), so this supplementary county set is documented here with
-- every weight and target unverified (verified = false): the targets follow 两不愁三保障 (domain.md §3.2: no
-- dropout; every village a clinic with a qualified doctor) and NBS #30/#31.
insert into indicator_set (code, name, source) values
('COUNTY_SERVICES', '县级基本公共服务补充指标（未核实的权重和目标值）', 'ADR 0020; domain.md §3.2; indicators-and-scale.md §1.2');

insert into indicator (set_code, code, position, area, name, unit, weight, direction, target, verified) values
('COUNTY_SERVICES', 'S1', 1, '基本公共服务', '标准化村卫生室（有合格村医）行政村覆盖率', '%', 1.0, 'POSITIVE', 100, false),
('COUNTY_SERVICES', 'S2', 2, '基本公共服务', '义务教育阶段适龄人口（6-15周岁）在校率', '%', 1.0, 'POSITIVE', 100, false),
('COUNTY_SERVICES', 'S3', 3, '基本公共服务', '农村自来水普及率', '%', 1.0, 'POSITIVE', 80, false),
('COUNTY_SERVICES', 'S4', 4, '基本公共服务', '基本社会保险覆盖率（建档立卡人口）', '%', 1.0, 'POSITIVE', 95, false),
('COUNTY_SERVICES', 'S5', 5, '基本公共服务', '行政村通客车率', '%', 1.0, 'POSITIVE', 100, false);

insert into indicator_computation (set_code, indicator_code, method, facility_type, age_from, age_to, note) values
('COUNTY_SERVICES', 'S1', 'FACILITY_STANDARD_CLINIC_VILLAGES', null, null, null,
 '有达标的标准化村卫生室且有合格村医的行政村 / 行政村'),
('COUNTY_SERVICES', 'S2', 'REGISTRY_SCHOOL_ATTENDANCE', null, 6, 15,
 '建档立卡人口中当年年底6-15周岁且填写了在校生状况的人数 / 建档立卡人口中当年年底6-15周岁的人数'),
('COUNTY_SERVICES', 'S3', 'FACILITY_TAP_WATER_HOUSEHOLDS', null, null, null,
 '村级设施表中自来水覆盖户数（未填覆盖户数的按全村总户数）/ 有村级基本情况的行政村总户数'),
('COUNTY_SERVICES', 'S4', 'REGISTRY_BASIC_INSURANCE', null, 16, null,
 '建档立卡人口中参加城乡居民基本医疗保险、且（年满16周岁不在校者）参加城乡居民基本养老保险的人数 / 建档立卡人口'),
('COUNTY_SERVICES', 'S5', 'FACILITY_VILLAGE_SHARE', 'BUS_STOP', null, null,
 '有客运班车停靠点的行政村 / 行政村');
