-- Village public-service facilities (村级公共服务设施) as data (issue #8, ADR 0020): one row per village, year and
-- facility type, from the village form (domain.md, 贫困村 facts of the village form [S70]: 通路/通客车, 饮水安全, 卫生室, 文化室, 宽带 ...).
-- Facility types are a versioned code list; the code itself is accepted as an alias so files may use either.
insert into dictionary_entry (dictionary, code, label, aliases, sort_order, valid_from, valid_to) values
('FACILITY_TYPE', 'CLINIC', '标准化村卫生室', '{"CLINIC","村卫生室","卫生室"}', 0, 2013, null),
('FACILITY_TYPE', 'VILLAGE_DOCTOR', '合格村医', '{"VILLAGE_DOCTOR","乡村医生","村医","执业(助理)医师"}', 1, 2013, null),
('FACILITY_TYPE', 'TAP_WATER', '自来水（集中供水入户）', '{"TAP_WATER","自来水","集中供水"}', 2, 2013, null),
('FACILITY_TYPE', 'CULTURE_ROOM', '村文化活动室', '{"CULTURE_ROOM","文化活动室","文化室"}', 3, 2013, null),
('FACILITY_TYPE', 'ECOMMERCE_POINT', '电子商务服务站点', '{"ECOMMERCE_POINT","电商服务站","电子商务服务点"}', 4, 2013, null),
('FACILITY_TYPE', 'FINANCE_POINT', '基础金融服务点（助农取款/POS）', '{"FINANCE_POINT","金融服务点","助农取款点","POS"}', 5, 2013, null),
('FACILITY_TYPE', 'BROADBAND', '宽带网络', '{"BROADBAND","宽带","通宽带"}', 6, 2013, null),
('FACILITY_TYPE', 'HARDENED_ROAD', '通村硬化路', '{"HARDENED_ROAD","硬化路","通硬化路"}', 7, 2013, null),
('FACILITY_TYPE', 'BUS_STOP', '客运班车停靠点（通客车）', '{"BUS_STOP","通客车","客运班车"}', 8, 2013, null);

create table village_facility (
    county_code        text collate "C" not null,
    year               int not null check (year between 2000 and 2100),
    village_code       text collate "C" not null references region (code),
    facility_type      text not null,
    facility_count     int not null check (facility_count >= 0),
    meets_standard     boolean,
    households_covered int check (households_covered >= 0),
    source             text not null,
    updated_by         text not null,
    updated_at         timestamptz not null default now(),
    primary key (county_code, year, village_code, facility_type),
    check (facility_count > 0 or coalesce(households_covered, 0) = 0)
);
create index village_facility_year_idx on village_facility (year, village_code);

alter table village_facility enable row level security;
alter table village_facility force row level security;
create policy village_facility_in_scope on village_facility
    using (village_code like current_setting('fupin.scope', true) || '%')
    with check (village_code like current_setting('fupin.scope', true) || '%');
