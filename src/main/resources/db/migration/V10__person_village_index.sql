-- Persons are read by year and village range (composition, drill-through); see BENCHMARKS.md.
create index person_year_village_idx on person (year, village_code);
