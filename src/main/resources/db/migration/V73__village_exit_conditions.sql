-- Issue #16: village exit checked 贫困发生率 only. The province's or county's other conditions (基础设施、基本公共
-- 服务, domain.md §3.4) are data: at least min_count of a facility type in the village's facility list of the year
-- (V60). The row of the longest matching prefix and latest year_from applies per type; min_count 0 lifts a condition
-- set higher up. Set from the exit page (county and system administrators) and REST, with who and when.
create table village_exit_condition (
    region_prefix text collate "C" not null default '' check (region_prefix ~ '^[0-9]{0,12}$'),
    year_from     int not null,
    facility_type text not null,
    min_count     int not null check (min_count between 0 and 1000),
    source        text not null check (length(source) between 1 and 200),
    set_by        text not null,
    set_at        timestamptz not null default now(),
    primary key (region_prefix, year_from, facility_type)
);
