-- Maintained aggregates (issue #4, ADR 0019): one row per region, year, dimension and value, at every level from
-- village to province. Villages are recounted from the records whenever the registry writes them (same
-- transaction); the four levels above receive the difference, so reading any region's figures is an index lookup.
create table region_tally (
    year        int not null,
    region_code text collate "C" not null,
    dimension   text not null,
    code        text not null,
    households  bigint not null,
    persons     bigint not null,
    net_income  numeric(18, 2) not null,
    primary key (year, region_code, dimension, code)
);

-- Readers see their own subtree; only the maintenance functions below (run as the owner) write.
alter table region_tally enable row level security;
create policy region_tally_in_scope on region_tally for select to fupin_app
    using (region_code like current_setting('fupin.scope', true) || '%');
revoke insert, update, delete, truncate on region_tally from fupin_app;

-- Fills tally_fresh with the village-level counts of the given village-years (null villages: every village of
-- the given years). Household dimensions count households and persons; person dimensions count persons only.
create function tally_recount(p_years int[], p_villages text[]) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
    create temporary table if not exists tally_fresh (like region_tally) on commit drop;
    truncate tally_fresh;
    create temporary table if not exists tally_touched (year int, village_code text collate "C") on commit drop;
    truncate tally_touched;
    if p_villages is null then
        insert into tally_touched select distinct year, village_code from household where year = any (p_years);
    else
        insert into tally_touched select distinct t.year, t.village_code from unnest(p_years, p_villages) t(year, village_code);
    end if;
    insert into tally_fresh
    select h.year, h.village_code, c.dimension, c.code, count(*), sum(h.member_count), sum(h.net_income)
    from household h
    join tally_touched t on t.year = h.year and t.village_code = h.village_code
    left join poverty_line l on l.year = h.year and l.standard = 'NATIONAL' and l.region_prefix = ''
    cross join lateral (values
        ('TOTAL', ''),
        ('POVERTY_STATUS', h.poverty_status),
        ('POOR_CAUSE', case when h.poverty_status in ('0', '3') then h.main_cause end),
        ('ATTRIBUTE', h.attribute),
        ('IDENTIFICATION_STANDARD', h.identification_standard),
        ('MAIN_CAUSE', h.main_cause),
        ('HOUSING_SAFETY', h.housing_safety),
        ('SAFE_WATER', case when h.safe_drinking_water then '1' else '0' end),
        ('ELECTRICITY', case when h.has_electricity then '1' else '0' end),
        ('HOUSEHOLD_SIZE', case when h.member_count >= 6 then '6+' else h.member_count::text end),
        ('INCOME_BAND', case when l.amount is null then 'UNKNOWN'
                             when h.net_income_per_capita < l.amount then 'BELOW_LINE'
                             when h.net_income_per_capita < l.amount * 1.5 then 'LINE_TO_1_5'
                             else 'ABOVE_1_5' end)
    ) c(dimension, code)
    where c.code is not null
    group by 1, 2, 3, 4;
    insert into tally_fresh
    select p.year, p.village_code, c.dimension, c.code, 0, count(*), 0
    from person p
    join tally_touched t on t.year = p.year and t.village_code = p.village_code
    cross join lateral (values
        ('LABOUR_SKILL', p.labour_skill),
        ('WORK_STATUS', coalesce(p.work_status, 'NONE')),
        ('EDUCATION', p.education),
        ('SCHOOLING', p.schooling),
        ('ETHNICITY', p.ethnicity),
        ('SEX', case when p.male then '1' else '2' end),
        ('AGE_BAND', case when p.year - extract(year from p.birth_date) < 16 then '0-15'
                          when p.year - extract(year from p.birth_date) < 60 then '16-59' else '60+' end)
    ) c(dimension, code)
    where c.code is not null
    group by 1, 2, 3, 4;
    insert into tally_fresh
    select p.year, p.village_code, 'HEALTH', condition, 0, count(*), 0
    from person p
    join tally_touched t on t.year = p.year and t.village_code = p.village_code
    cross join lateral unnest(p.health) as condition
    group by 1, 2, 3, 4;
end
$$;

-- The four ancestors of a village code (township, county, city, province), by zeroing its lower digits.
create function tally_ancestors(village text) returns table (code text)
language sql immutable as $$
    select * from (values (substr(village, 1, 9) || '000'), (substr(village, 1, 6) || '000000'),
                          (substr(village, 1, 4) || '00000000'), (substr(village, 1, 2) || '0000000000')) a(code)
$$;

-- Recounts the given village-years and passes the difference up to their ancestors (same transaction).
create function tally_refresh(p_years int[], p_villages text[]) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
    perform tally_recount(p_years, p_villages);
    insert into region_tally as r (year, region_code, dimension, code, households, persons, net_income)
    select d.year, a.code, d.dimension, d.code, sum(d.households), sum(d.persons), sum(d.net_income)
    from (
        select year, region_code, dimension, code, households, persons, net_income from tally_fresh
        union all
        select r.year, r.region_code, r.dimension, r.code, -r.households, -r.persons, -r.net_income
        from region_tally r join tally_touched t on t.year = r.year and t.village_code = r.region_code
    ) d
    cross join lateral tally_ancestors(d.region_code) a
    group by 1, 2, 3, 4
    having sum(d.households) <> 0 or sum(d.persons) <> 0 or sum(d.net_income) <> 0
    order by 1, 2, 3, 4
    on conflict (year, region_code, dimension, code) do update set
        households = r.households + excluded.households,
        persons = r.persons + excluded.persons,
        net_income = r.net_income + excluded.net_income;
    delete from region_tally r using tally_touched t where r.year = t.year and r.region_code = t.village_code;
    insert into region_tally select * from tally_fresh;
    delete from region_tally r
    using (select distinct t.year, a.code from tally_touched t cross join lateral tally_ancestors(t.village_code) a) x
    where r.year = x.year and r.region_code = x.code and r.households = 0 and r.persons = 0 and r.net_income = 0;
end
$$;

-- Recounts whole years in one pass over the records (the check and repair behind `stats rebuild`).
create function tally_rebuild(p_years int[]) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
    perform tally_recount(p_years, null);
    delete from region_tally where year = any (p_years);
    insert into region_tally select * from tally_fresh;
    insert into region_tally (year, region_code, dimension, code, households, persons, net_income)
    select f.year, a.code, f.dimension, f.code, sum(f.households), sum(f.persons), sum(f.net_income)
    from tally_fresh f cross join lateral tally_ancestors(f.region_code) a
    group by 1, 2, 3, 4;
end
$$;

select tally_rebuild(array(select distinct year from household));

-- The village aggregates of a subtree that differ from a fresh count of the records (the reconciliation check).
create function tally_differences(p_year int, p_lowest text, p_highest text)
returns table (region_code text, cell text, stored_households bigint, counted_households bigint,
               stored_persons bigint, counted_persons bigint, stored_income numeric, counted_income numeric)
language plpgsql security definer set search_path = public, pg_temp as $$
begin
    perform tally_recount(array_fill(p_year, array[count(*)::int]), array_agg(code))
    from region where level = 'VILLAGE' and code between p_lowest and p_highest;
    return query
    select coalesce(f.region_code, r.region_code)::text, coalesce(f.dimension, r.dimension) || ' ' || coalesce(f.code, r.code),
           coalesce(r.households, 0), coalesce(f.households, 0), coalesce(r.persons, 0), coalesce(f.persons, 0),
           coalesce(r.net_income, 0), coalesce(f.net_income, 0)
    from tally_fresh f
    full join (select s.* from region_tally s join tally_touched t on t.year = s.year and t.village_code = s.region_code) r
        on r.region_code = f.region_code and r.dimension = f.dimension and r.code = f.code
    where coalesce(r.households, 0) <> coalesce(f.households, 0) or coalesce(r.persons, 0) <> coalesce(f.persons, 0)
       or coalesce(r.net_income, 0) <> coalesce(f.net_income, 0)
    order by 1, 2;
end
$$;
