-- Issue #16: exit rules as data. 稳定超过 asks for this year's income above the line (domain.md §3.3); a second year
-- was a design default, not policy: a province that wants more sets EXIT_STABLE_YEARS for its region and years.
update policy_parameter set value = 1,
    source = 'domain.md §3.3 稳定超过: this year''s income above the line; more years only where a province sets them'
where name = 'EXIT_STABLE_YEARS' and region_prefix = '' and year_from = 2014;

-- 饮水安全 joined 两不愁三保障 as an exit condition with the 2019 guidance on 两不愁三保障突出问题.
insert into policy_parameter (name, region_prefix, year_from, value, source) values
('EXIT_WATER_REQUIRED_FROM', '', 2014, 2019, '《关于解决"两不愁三保障"突出问题的指导意见》(2019): 饮水安全 checked from 2019');
