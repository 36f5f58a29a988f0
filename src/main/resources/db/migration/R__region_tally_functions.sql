-- The current definitions of the functions that maintain the region aggregates (ADR 0019), and the one SQL
-- definition of "currently poor". Repeatable: Flyway re-runs this file whenever it changes, after the versioned
-- migrations, so a change to a rule is made here, once, and every year is counted again under the new rule (last
-- statement). Earlier definitions are in the version history of this file (ADR 0024).

-- 脱贫状态 0 未脱贫 and 3 返贫 are currently poor (domain.md §1.4.3, §7.1, T26); the Java twin is
-- household.domain.PovertyStatus.isCurrentPoor, and PovertyStatusSqlIntegrationTest keeps the two in step.
create or replace function is_currently_poor(status text) returns boolean
language sql immutable parallel safe as $$
    select coalesce(status in ('0', '3'), false)
$$;

-- Fills tally_fresh with the village-level counts of the given village-years (null villages: every village of the
-- given years). Household dimensions count households and persons; person dimensions count persons only. One pass
-- per table with grouping sets feeds every dimension (about 1.6 times faster than expanding each row into
-- (dimension, value) pairs, BENCHMARKS.md); the health conditions ride on the persons' pass, each person counted once
-- in the other dimensions (its first condition row, or its only row when it has none). For whole years (the
-- rebuild) the records are read by year alone, with no list of village-years to join: the function is planned for
-- its arguments (force_custom_plan), so the unused branch of each filter is folded away. The aggregation hashes
-- every grouping set in the one pass (enable_sort off: the groups are a few per village, so they fit in memory).
-- The registered rural population (村级基本情况) is dimension RURAL_POPULATION (its persons column), so that no
-- figure sums the village facts per call.
create or replace function tally_recount(p_years int[], p_villages text[]) returns void
language plpgsql security definer set search_path = public, pg_temp
set plan_cache_mode = force_custom_plan set enable_sort = off set work_mem = '64MB' as $$
begin
    create temporary table if not exists tally_fresh (like region_tally) on commit drop;
    truncate tally_fresh;
    create temporary table if not exists tally_touched (year int, village_code text collate "C") on commit drop;
    truncate tally_touched;
    if p_villages is not null then
        insert into tally_touched select distinct t.year, t.village_code from unnest(p_years, p_villages) t(year, village_code);
        analyze tally_touched;
    end if;
    insert into tally_fresh
    select year, village_code,
           case when grouping(total) = 0 then 'TOTAL' when grouping(poverty_status) = 0 then 'POVERTY_STATUS'
                when grouping(poor_cause) = 0 then 'POOR_CAUSE' when grouping(attribute) = 0 then 'ATTRIBUTE'
                when grouping(identification_standard) = 0 then 'IDENTIFICATION_STANDARD'
                when grouping(main_cause) = 0 then 'MAIN_CAUSE' when grouping(housing_safety) = 0 then 'HOUSING_SAFETY'
                when grouping(water) = 0 then 'SAFE_WATER' when grouping(electricity) = 0 then 'ELECTRICITY'
                when grouping(size) = 0 then 'HOUSEHOLD_SIZE' else 'INCOME_BAND' end,
           coalesce(total, poverty_status, poor_cause, attribute, identification_standard, main_cause, housing_safety, water,
                    electricity, size, band),
           count(*), sum(member_count), sum(net_income), left(village_code, 6)
    from (
        select h.year, h.village_code, ''::text as total, h.poverty_status,
               case when is_currently_poor(h.poverty_status) then h.main_cause end as poor_cause, h.attribute,
               h.identification_standard, h.main_cause, h.housing_safety,
               case when h.safe_drinking_water then '1' else '0' end as water,
               case when h.has_electricity then '1' else '0' end as electricity,
               case when h.member_count >= 6 then '6+' else h.member_count::text end as size,
               case when l.amount is null then 'UNKNOWN' when h.net_income_per_capita < l.amount then 'BELOW_LINE'
                    when h.net_income_per_capita < l.amount * 1.5 then 'LINE_TO_1_5' else 'ABOVE_1_5' end as band,
               h.member_count, h.net_income
        from household h
        left join poverty_line l on l.year = h.year and l.standard = 'NATIONAL' and l.region_prefix = ''
        where h.year = any (p_years)
          and (p_villages is null
               or exists (select 1 from tally_touched t where t.year = h.year and t.village_code = h.village_code))
    ) h
    group by year, village_code, grouping sets ((total), (poverty_status), (poor_cause), (attribute), (identification_standard),
             (main_cause), (housing_safety), (water), (electricity), (size), (band))
    having coalesce(total, poverty_status, poor_cause, attribute, identification_standard, main_cause, housing_safety, water,
                    electricity, size, band) is not null;
    insert into tally_fresh
    select year, village_code,
           case when grouping(labour_skill) = 0 then 'LABOUR_SKILL' when grouping(work) = 0 then 'WORK_STATUS'
                when grouping(education) = 0 then 'EDUCATION' when grouping(schooling) = 0 then 'SCHOOLING'
                when grouping(ethnicity) = 0 then 'ETHNICITY' when grouping(sex) = 0 then 'SEX'
                when grouping(age_band) = 0 then 'AGE_BAND' else 'HEALTH' end,
           coalesce(labour_skill, work, education, schooling, ethnicity, sex, age_band, condition), 0,
           case when grouping(condition) = 0 then count(condition) else count(*) filter (where first) end, 0,
           left(village_code, 6)
    from (
        select p.year, p.village_code, p.labour_skill, coalesce(p.work_status, 'NONE') as work, p.education, p.schooling,
               p.ethnicity, case when p.male then '1' else '2' end as sex,
               case when p.year - extract(year from p.birth_month) < 16 then '0-15'
                    when p.year - extract(year from p.birth_month) < 60 then '16-59' else '60+' end as age_band,
               c.condition, coalesce(c.n, 1) = 1 as first
        from person p
        left join lateral unnest(p.health) with ordinality as c(condition, n) on true
        where p.year = any (p_years)
          and (p_villages is null
               or exists (select 1 from tally_touched t where t.year = p.year and t.village_code = p.village_code))
    ) p
    group by year, village_code,
             grouping sets ((labour_skill), (work), (education), (schooling), (ethnicity), (sex), (age_band), (condition))
    having coalesce(labour_skill, work, education, schooling, ethnicity, sex, age_band, condition) is not null;
    insert into tally_fresh
    select f.year, f.village_code, 'RURAL_POPULATION', '', 0, f.population, 0, f.county_code
    from village_fact f
    where f.year = any (p_years) and f.population <> 0
      and (p_villages is null
           or exists (select 1 from tally_touched t where t.year = f.year and t.village_code = f.village_code));
end
$$;

-- The ancestors of a village code (township, county, city, province), by zeroing its lower digits.
create or replace function tally_ancestors(village text) returns table (code text)
language sql immutable as $$
    -- distinct: under a city without counties (4419…) the county and the city are the same code, counted once
    select distinct * from (values (substr(village, 1, 9) || '000'), (substr(village, 1, 6) || '000000'),
                          (substr(village, 1, 4) || '00000000'), (substr(village, 1, 2) || '0000000000')) a(code)
$$;

-- Recounts the given village-years and passes the difference up to their ancestors (same transaction).
create or replace function tally_refresh(p_years int[], p_villages text[]) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
    perform tally_recount(p_years, p_villages);
    insert into region_tally as r (year, region_code, dimension, code, households, persons, net_income, county_code)
    select d.year, a.code, d.dimension, d.code, sum(d.households), sum(d.persons), sum(d.net_income), left(a.code, 6)
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
    on conflict (county_code, year, region_code, dimension, code) do update set
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
create or replace function tally_rebuild(p_years int[]) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
    perform tally_recount(p_years, null);
    delete from region_tally where year = any (p_years);
    insert into region_tally select * from tally_fresh;
    insert into region_tally (year, region_code, dimension, code, households, persons, net_income, county_code)
    select f.year, a.code, f.dimension, f.code, sum(f.households), sum(f.persons), sum(f.net_income), left(a.code, 6)
    from tally_fresh f cross join lateral tally_ancestors(f.region_code) a
    group by 1, 2, 3, 4;
end
$$;

-- The village aggregates of a subtree that differ from a fresh count of the records (the reconciliation check).
create or replace function tally_differences(p_year int, p_lowest text, p_highest text)
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

-- Counts every year again, so that no aggregate is left from an earlier definition (on an empty registry: nothing).
select tally_rebuild(array(select year from household union select year from village_fact));
