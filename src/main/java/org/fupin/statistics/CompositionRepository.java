package org.fupin.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fupin.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One set-based query per level (households, persons; grouping sets, one scan each) counting every dimension at once (grain: dimension × value
 * over one region's subtree and year). Income bands compare 人均纯收入 with the year's national line.
 */
@Repository
class CompositionRepository {

    /** households is null for person-level dimensions (counting distinct households there costs a sort per group). */
    record Row(String dimension, String code, Long households, long persons) {}

    private final JdbcClient jdbc;

    CompositionRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    List<Row> rows(RegionCode region, int year) {
        Map<String, Object> params = Map.of("year", year, "lowest", region.lowestDescendant(),
                "highest", region.highestDescendant());
        List<Row> rows = new ArrayList<>();
        jdbc.sql("""
                select case when grouping(attribute) = 0 then 'ATTRIBUTE'
                            when grouping(identification_standard) = 0 then 'IDENTIFICATION_STANDARD'
                            when grouping(main_cause) = 0 then 'MAIN_CAUSE'
                            when grouping(poverty_status) = 0 then 'POVERTY_STATUS'
                            when grouping(housing_safety) = 0 then 'HOUSING_SAFETY'
                            when grouping(water) = 0 then 'SAFE_WATER'
                            when grouping(electricity) = 0 then 'ELECTRICITY'
                            when grouping(size) = 0 then 'HOUSEHOLD_SIZE'
                            else 'INCOME_BAND' end as dimension,
                       coalesce(attribute, identification_standard, main_cause, poverty_status, housing_safety, water,
                                electricity, size, band) as code,
                       count(*) as households, sum(member_count) as persons
                from (
                    select h.attribute, h.identification_standard, h.main_cause, h.poverty_status, h.housing_safety,
                           case when h.safe_drinking_water then '1' else '0' end as water,
                           case when h.has_electricity then '1' else '0' end as electricity,
                           case when h.member_count >= 6 then '6+' else h.member_count::text end as size,
                           case when l.amount is null then 'UNKNOWN'
                                when h.net_income_per_capita < l.amount then 'BELOW_LINE'
                                when h.net_income_per_capita < l.amount * 1.5 then 'LINE_TO_1_5'
                                else 'ABOVE_1_5' end as band,
                           h.member_count
                    from household h
                    left join poverty_line l on l.year = h.year and l.standard = 'NATIONAL' and l.region_prefix = ''
                    where h.year = :year and h.village_code between :lowest and :highest
                ) h
                group by grouping sets ((attribute), (identification_standard), (main_cause), (poverty_status),
                                        (housing_safety), (water), (electricity), (size), (band))
                """).params(params).query((rs, n) -> new Row(rs.getString(1), rs.getString(2), (Long) rs.getObject(3), rs.getLong(4)))
                .list().forEach(rows::add);
        jdbc.sql("""
                select case when grouping(labour_skill) = 0 then 'LABOUR_SKILL'
                            when grouping(work) = 0 then 'WORK_STATUS'
                            when grouping(education) = 0 then 'EDUCATION'
                            when grouping(schooling) = 0 then 'SCHOOLING'
                            when grouping(ethnicity) = 0 then 'ETHNICITY'
                            when grouping(sex) = 0 then 'SEX'
                            else 'AGE_BAND' end as dimension,
                       coalesce(labour_skill, work, education, schooling, ethnicity, sex, age_band) as code,
                       null::bigint as households, count(*) as persons
                from (
                    select household_id, labour_skill, coalesce(work_status, 'NONE') as work, education, schooling,
                           ethnicity, case when male then '1' else '2' end as sex,
                           case when :year - extract(year from birth_date) < 16 then '0-15'
                                when :year - extract(year from birth_date) < 60 then '16-59' else '60+' end as age_band
                    from person where year = :year and village_code between :lowest and :highest
                ) p
                group by grouping sets ((labour_skill), (work), (education), (schooling), (ethnicity), (sex), (age_band))
                having coalesce(labour_skill, work, education, schooling, ethnicity, sex, age_band) is not null
                """).params(params).query((rs, n) -> new Row(rs.getString(1), rs.getString(2), (Long) rs.getObject(3), rs.getLong(4)))
                .list().forEach(rows::add);
        jdbc.sql("""
                select 'HEALTH', condition, null::bigint, count(*)
                from person cross join lateral unnest(health) as condition
                where year = :year and village_code between :lowest and :highest
                group by condition
                """).params(params).query((rs, n) -> new Row(rs.getString(1), rs.getString(2), (Long) rs.getObject(3), rs.getLong(4)))
                .list().forEach(rows::add);
        return rows;
    }
}
