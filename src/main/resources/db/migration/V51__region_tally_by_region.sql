-- Series of one region across years, and the years present in a scope, are read by region first (ADR 0019).
create index region_tally_region_idx on region_tally (region_code, year);
