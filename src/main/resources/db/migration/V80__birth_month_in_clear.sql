-- Issue #23: the registry keeps in clear only what statistics need of a birth date, the year and month (as the first
-- day of the month); the full date stays inside the encrypted ID number, from which the rules that need an exact
-- age read it. The column is converted in place by a type change with USING, which rewrites every row into a new
-- table file: the old rows, with their full dates, are not left behind as dead tuples or as a dropped column.
alter table person alter column birth_date type date using date_trunc('month', birth_date)::date;
alter table person rename column birth_date to birth_month;
alter table person add constraint person_birth_month_first_day check (extract(day from birth_month) = 1);
