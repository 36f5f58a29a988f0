-- The registered rural population (村级基本情况) joins the maintained aggregates as dimension RURAL_POPULATION (its
-- persons column), so that no figure sums the village facts per call (at 20,000 villages that sum took ~30 ms of each
-- province call, BENCHMARKS.md). A village-facts import recounts its village-years like a registry write; a rebuild
-- recounts the villages that have facts but no households as well.
create or replace function tally_recount(p_years int[], p_villages text[]) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
    create temporary table if not exists tally_fresh (like region_tally) on commit drop;
    truncate tally_fresh;
    create temporary table if not exists tally_touched (year int, village_code text collate "C") on commit drop;
    truncate tally_touched;
    if p_villages is null then
        insert into tally_touched
        select year, village_code from household where year = any (p_years)
        union
        select year, village_code from village_fact where year = any (p_years);
    else
        insert into tally_touched select distinct t.year, t.village_code from unnest(p_years, p_villages) t(year, village_code);
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
           count(*), sum(member_count), sum(net_income)
    from (
        select h.year, h.village_code, ''::text as total, h.poverty_status,
               case when h.poverty_status in ('0', '3') then h.main_cause end as poor_cause, h.attribute,
               h.identification_standard, h.main_cause, h.housing_safety,
               case when h.safe_drinking_water then '1' else '0' end as water,
               case when h.has_electricity then '1' else '0' end as electricity,
               case when h.member_count >= 6 then '6+' else h.member_count::text end as size,
               case when l.amount is null then 'UNKNOWN' when h.net_income_per_capita < l.amount then 'BELOW_LINE'
                    when h.net_income_per_capita < l.amount * 1.5 then 'LINE_TO_1_5' else 'ABOVE_1_5' end as band,
               h.member_count, h.net_income
        from household h
        join tally_touched t on t.year = h.year and t.village_code = h.village_code
        left join poverty_line l on l.year = h.year and l.standard = 'NATIONAL' and l.region_prefix = ''
    ) h
    group by year, village_code, grouping sets ((total), (poverty_status), (poor_cause), (attribute), (identification_standard),
             (main_cause), (housing_safety), (water), (electricity), (size), (band))
    having coalesce(total, poverty_status, poor_cause, attribute, identification_standard, main_cause, housing_safety, water,
                    electricity, size, band) is not null;
    insert into tally_fresh
    select year, village_code,
           case when grouping(labour_skill) = 0 then 'LABOUR_SKILL' when grouping(work) = 0 then 'WORK_STATUS'
                when grouping(education) = 0 then 'EDUCATION' when grouping(schooling) = 0 then 'SCHOOLING'
                when grouping(ethnicity) = 0 then 'ETHNICITY' when grouping(sex) = 0 then 'SEX' else 'AGE_BAND' end,
           coalesce(labour_skill, work, education, schooling, ethnicity, sex, age_band), 0, count(*), 0
    from (
        select p.year, p.village_code, p.labour_skill, coalesce(p.work_status, 'NONE') as work, p.education, p.schooling,
               p.ethnicity, case when p.male then '1' else '2' end as sex,
               case when p.year - extract(year from p.birth_date) < 16 then '0-15'
                    when p.year - extract(year from p.birth_date) < 60 then '16-59' else '60+' end as age_band
        from person p join tally_touched t on t.year = p.year and t.village_code = p.village_code
    ) p
    group by year, village_code, grouping sets ((labour_skill), (work), (education), (schooling), (ethnicity), (sex), (age_band))
    having coalesce(labour_skill, work, education, schooling, ethnicity, sex, age_band) is not null;
    insert into tally_fresh
    select p.year, p.village_code, 'HEALTH', condition, 0, count(*), 0
    from person p
    join tally_touched t on t.year = p.year and t.village_code = p.village_code
    cross join lateral unnest(p.health) as condition
    group by 1, 2, 3, 4;
    insert into tally_fresh
    select f.year, f.village_code, 'RURAL_POPULATION', '', 0, f.population, 0
    from village_fact f
    join tally_touched t on t.year = f.year and t.village_code = f.village_code
    where f.population <> 0;
end
$$;

select tally_rebuild(array(select year from household union select year from village_fact));
