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

-- The village-level counts of the given village-years (null villages: every village of the given years), one row
-- per village, year, dimension and value. Household dimensions count households and persons; person dimensions
-- count persons only. Each table is read once (ADR 0040). The households are hashed into one grouping set per
-- dimension, on values kept as booleans and small integers until the groups are labelled. The persons are hashed
-- into three grouping sets of combined values (health conditions; education, schooling and ethnicity; sex, age,
-- skill and work), three hash lookups per person instead of one per dimension, and the much smaller groups are then
-- spread over the eight dimensions; a condition listed twice in a person's array counts twice, as before. For whole
-- years (the rebuild) the records are read by year alone; a given list of village-years is analysed and joined as a
-- semi-join (the function is planned for its arguments, so the unused branch of each filter is folded away). The
-- registered rural population (村级基本情况) is dimension RURAL_POPULATION (its persons column), so that no figure
-- sums the village facts per call. Leaves the given village-years in tally_touched (empty for whole years).
create or replace function tally_count(p_years int[], p_villages text[]) returns setof region_tally
language plpgsql security definer set search_path = public, pg_temp
set plan_cache_mode = force_custom_plan set enable_sort = off set work_mem = '64MB' as $$
begin
    create temporary table if not exists tally_touched (year int, village_code text collate "C") on commit drop;
    truncate tally_touched;
    if p_villages is not null then
        insert into tally_touched select distinct t.year, t.village_code from unnest(p_years, p_villages) t(year, village_code);
        analyze tally_touched;
    else
        -- whole years: the persons' groups of a 10M registry need about 300 MB of hash tables; with less they spill to
        -- disk and the count costs twice the CPU (BENCHMARKS.md). Until the function returns (its SET clause).
        perform set_config('work_mem', '256MB', true);
    end if;
    return query
    select year, village_code,
           case when grouping(total) = 0 then 'TOTAL' when grouping(poverty_status) = 0 then 'POVERTY_STATUS'
                when grouping(poor_cause) = 0 then 'POOR_CAUSE' when grouping(attribute) = 0 then 'ATTRIBUTE'
                when grouping(identification_standard) = 0 then 'IDENTIFICATION_STANDARD'
                when grouping(main_cause) = 0 then 'MAIN_CAUSE' when grouping(housing_safety) = 0 then 'HOUSING_SAFETY'
                when grouping(water) = 0 then 'SAFE_WATER' when grouping(electricity) = 0 then 'ELECTRICITY'
                when grouping(size) = 0 then 'HOUSEHOLD_SIZE' else 'INCOME_BAND' end,
           coalesce(total, poverty_status, poor_cause, attribute, identification_standard, main_cause, housing_safety,
                    case when water then '1' when not water then '0' end,
                    case when electricity then '1' when not electricity then '0' end,
                    case when size >= 6 then '6+' else size::text end,
                    case band when 0 then 'UNKNOWN' when 1 then 'BELOW_LINE' when 2 then 'LINE_TO_1_5'
                              when 3 then 'ABOVE_1_5' end),
           count(*), sum(member_count), sum(net_income)::numeric(18, 2), left(village_code, 6)
    from (
        select h.year, h.village_code, ''::text as total, h.poverty_status,
               case when is_currently_poor(h.poverty_status) then h.main_cause end as poor_cause, h.attribute,
               h.identification_standard, h.main_cause, h.housing_safety, h.safe_drinking_water as water,
               h.has_electricity as electricity, least(h.member_count, 6) as size,
               case when l.amount is null then 0 when h.net_income_per_capita < l.amount then 1
                    when h.net_income_per_capita < l.amount_1_5 then 2 else 3 end as band,
               h.member_count, h.net_income
        from household h
        left join (select year, amount, amount * 1.5 as amount_1_5 from poverty_line
                   where standard = 'NATIONAL' and region_prefix = '') l on l.year = h.year
        where h.year = any (p_years)
          and (p_villages is null
               or exists (select 1 from tally_touched t where t.year = h.year and t.village_code = h.village_code))
    ) h
    group by year, village_code, grouping sets ((total), (poverty_status), (poor_cause), (attribute), (identification_standard),
             (main_cause), (housing_safety), (water), (electricity), (size), (band))
    having coalesce(total, poverty_status, poor_cause, attribute, identification_standard, main_cause, housing_safety,
                    water::text, electricity::text, size::text, band::text) is not null;
    return query
    with g as materialized (
        select year, village_code, grouping(health) as conditions, grouping(education) as learning, health, education,
               schooling, ethnicity, male, age_band, labour_skill, work_status, count(*) as n
        from (
            select p.year, p.village_code, p.health, p.education, p.schooling, p.ethnicity, p.male,
                   -- year - birth year < 16, < 60, compared as dates (no numeric arithmetic per person)
                   case when p.birth_month >= make_date(p.year - 15, 1, 1) then 0
                        when p.birth_month >= make_date(p.year - 59, 1, 1) then 1 else 2 end as age_band,
                   p.labour_skill, p.work_status
            from person p
            where p.year = any (p_years)
              and (p_villages is null
                   or exists (select 1 from tally_touched t where t.year = p.year and t.village_code = p.village_code))
        ) p
        group by year, village_code,
                 grouping sets ((health), (education, schooling, ethnicity), (male, age_band, labour_skill, work_status))
    )
    select year, village_code, 'HEALTH', condition, 0::bigint, sum(n)::bigint, 0::numeric(18, 2), left(village_code, 6)
    from g cross join unnest(g.health) as condition
    where g.conditions = 0 and condition is not null
    group by year, village_code, condition
    union all
    select year, village_code,
           case when grouping(education) = 0 then 'EDUCATION' when grouping(schooling) = 0 then 'SCHOOLING' else 'ETHNICITY' end,
           coalesce(education, schooling, ethnicity), 0::bigint, sum(n)::bigint, 0::numeric(18, 2), left(village_code, 6)
    from g where learning = 0
    group by year, village_code, grouping sets ((education), (schooling), (ethnicity))
    having coalesce(education, schooling, ethnicity) is not null
    union all
    select year, village_code,
           case when grouping(male) = 0 then 'SEX' when grouping(age_band) = 0 then 'AGE_BAND'
                when grouping(labour_skill) = 0 then 'LABOUR_SKILL' else 'WORK_STATUS' end,
           case when grouping(male) = 0 then case when male then '1' else '2' end
                when grouping(age_band) = 0 then case age_band when 0 then '0-15' when 1 then '16-59' else '60+' end
                when grouping(labour_skill) = 0 then labour_skill else coalesce(work_status, 'NONE') end,
           0::bigint, sum(n)::bigint, 0::numeric(18, 2), left(village_code, 6)
    from g where conditions = 1 and learning = 1
    group by year, village_code, grouping sets ((male), (age_band), (labour_skill), (work_status))
    having grouping(labour_skill) = 1 or labour_skill is not null;
    return query
    select f.year, f.village_code, 'RURAL_POPULATION', '', 0::bigint, f.population::bigint, 0::numeric(18, 2),
           f.county_code
    from village_fact f
    where f.year = any (p_years) and f.population <> 0
      and (p_villages is null
           or exists (select 1 from tally_touched t where t.year = f.year and t.village_code = f.village_code));
end
$$;

-- Fills tally_fresh with the village-level counts of the given village-years (tally_count), for the callers that
-- compare them with the stored ones or pass the difference up.
create or replace function tally_recount(p_years int[], p_villages text[]) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
    create temporary table if not exists tally_fresh (like region_tally) on commit drop;
    truncate tally_fresh;
    insert into tally_fresh select * from tally_count(p_years, p_villages);
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

-- Recounts whole years (the check and repair behind `stats rebuild`) in one statement: the villages from one pass
-- over each table (tally_count), the four levels above summed from the villages (a village counts once under a
-- code: where a level's code equals the next level's, as under a city without counties, only the higher level
-- takes it), and only the rows that differ from the stored ones written (usually none). The merge joins the fresh rows
-- with every stored row: work_mem as for the whole-year count.
create or replace function tally_rebuild(p_years int[]) returns void
language plpgsql security definer set search_path = public, pg_temp
set enable_sort = off set work_mem = '256MB' as $$
begin
    merge into region_tally r
    using (
        with village as materialized (select * from tally_count(p_years, null))
        select * from village
        union all
        select year, coalesce(township, county, city, province), dimension, code,
               sum(households)::bigint, sum(persons)::bigint, sum(net_income),
               left(coalesce(township, county, city, province), 6)
        from (
            select v.year, v.dimension, v.code, v.households, v.persons, v.net_income,
                   case when substr(v.region_code, 7, 3) <> '000' then substr(v.region_code, 1, 9) || '000' end as township,
                   case when substr(v.region_code, 5, 2) <> '00' then substr(v.region_code, 1, 6) || '000000' end as county,
                   case when substr(v.region_code, 3, 2) <> '00' then substr(v.region_code, 1, 4) || '00000000' end as city,
                   substr(v.region_code, 1, 2) || '0000000000' as province
            from village v
        ) v
        group by year, dimension, code, grouping sets ((township), (county), (city), (province))
        having coalesce(township, county, city, province) is not null
    ) f on f.county_code = r.county_code and f.year = r.year and f.region_code = r.region_code and f.dimension = r.dimension and f.code = r.code
    when matched and (r.households, r.persons, r.net_income) is distinct from (f.households, f.persons, f.net_income) then
        update set households = f.households, persons = f.persons, net_income = f.net_income
    when not matched then
        insert values (f.year, f.region_code, f.dimension, f.code, f.households, f.persons, f.net_income, f.county_code)
    when not matched by source and r.year = any (p_years) then
        delete;
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
