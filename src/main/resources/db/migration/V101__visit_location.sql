-- Issue #20: a visit recorded on a phone may carry where it was made (the phone's location, WGS 84 degrees) beside
-- its photo (visit.photo, V30: a JPEG the phone compressed, as a data: URL).
alter table visit add column latitude numeric(9, 6) check (latitude between -90 and 90);
alter table visit add column longitude numeric(9, 6) check (longitude between -180 and 180);
