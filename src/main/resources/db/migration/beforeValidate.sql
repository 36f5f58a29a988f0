-- A Flyway callback, run before every validation. V50, V52 and V53 once defined the tally functions that
-- R__region_tally_functions.sql now holds alone (ADR 0024); a database migrated before that change recorded the old
-- checksums of the three files. They are brought up to date here, and only where the recorded value is exactly the
-- old one, so any other difference between a file and the database still stops the start.
do $$
begin
    if to_regclass('flyway_schema_history') is not null then
        update flyway_schema_history h
        set checksum = c.current
        from (values ('50', 453245820, -395074223), ('52', -1246656032, 278938553), ('53', 725614221, 2065356360))
            as c (version, former, current)
        where h.version = c.version and h.checksum = c.former;
    end if;
end
$$;
