-- A household across years is found by (county, 户编号): the household page's history and every module keyed by the
-- household number. The unique key (county_code, year, household_number) cannot serve that lookup without the year;
-- at 1M persons it scanned the county's ~150,000 rows (17 ms of each household page, BENCHMARKS.md).
create index if not exists household_number_idx on household (county_code, household_number, year);
