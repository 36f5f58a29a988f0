-- Issue #28, ADR 0046 follow-up. Since the county code leads person's unique key (county_code, year,
-- citizen_number), a look-up of one ID number in every county -- the import's check that a member is not already in
-- another household of the registry, the household edit's same check, the reckoning with the civil-affairs lists --
-- found no index to use and scanned all of person: at 8 million persons the import's check alone took tens of
-- seconds per county file. This index serves those look-ups in each partition (under Citus: one probe per shard).
create index person_citizen_number_year_idx on person (citizen_number, year);
