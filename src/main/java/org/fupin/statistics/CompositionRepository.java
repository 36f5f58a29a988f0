package org.fupin.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fupin.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One set-based query per level (households, persons) counting every dimension at once (grain: dimension × value
 * over one region's subtree and year). Income bands compare 人均纯收入 with the year's national line.
 */
@Repository
class CompositionRepository {

    record Row(String dimension, String code, long households, long persons) {}

    private final JdbcClient jdbc;

    CompositionRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    List<Row> rows(RegionCode region, int year) {
        Map<String, Object> params = Map.of("year", year, "lowest", region.lowestDescendant(),
                "highest", region.highestDescendant());
        List<Row> rows = new ArrayList<>();
        jdbc.sql("""
                with h as (
                    select h.*, l.amount as line from household h
                    left join poverty_line l on l.year = h.year and l.standard = 'NATIONAL' and l.region_prefix = ''
                    where h.year = :year and h.village_code between :lowest and :highest
                )
                select d.dimension, d.code, count(*) as households, sum(h.member_count) as persons
                from h cross join lateral (values
                    ('ATTRIBUTE', h.attribute), ('IDENTIFICATION_STANDARD', h.identification_standard),
                    ('MAIN_CAUSE', h.main_cause), ('POVERTY_STATUS', h.poverty_status),
                    ('HOUSING_SAFETY', h.housing_safety),
                    ('SAFE_WATER', case when h.safe_drinking_water then '1' else '0' end),
                    ('ELECTRICITY', case when h.has_electricity then '1' else '0' end),
                    ('HOUSEHOLD_SIZE', case when h.member_count >= 6 then '6+' else h.member_count::text end),
                    ('INCOME_BAND', case when h.line is null then 'UNKNOWN'
                                         when h.net_income_per_capita < h.line then 'BELOW_LINE'
                                         when h.net_income_per_capita < h.line * 1.5 then 'LINE_TO_1_5'
                                         else 'ABOVE_1_5' end)
                ) as d(dimension, code)
                group by d.dimension, d.code
                """).params(params).query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list().forEach(rows::add);
        jdbc.sql("""
                with p as (
                    select p.* from person p
                    where p.year = :year and p.village_code between :lowest and :highest
                )
                select d.dimension, d.code, count(distinct p.household_id) as households, count(*) as persons
                from p cross join lateral (
                    select 'LABOUR_SKILL', p.labour_skill
                    union all select 'WORK_STATUS', coalesce(p.work_status, 'NONE')
                    union all select 'EDUCATION', p.education where p.education is not null
                    union all select 'SCHOOLING', p.schooling where p.schooling is not null
                    union all select 'ETHNICITY', p.ethnicity
                    union all select 'SEX', case when p.male then '1' else '2' end
                    union all select 'AGE_BAND', case
                        when :year - extract(year from p.birth_date) < 16 then '0-15'
                        when :year - extract(year from p.birth_date) < 60 then '16-59'
                        else '60+' end
                    union all select 'HEALTH', unnest(p.health)
                ) as d(dimension, code)
                group by d.dimension, d.code
                """).params(params).query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list().forEach(rows::add);
        return rows;
    }
}
