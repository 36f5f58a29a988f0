package org.fupin.comparison;

/** The set-based statements of a comparison run (ADR 0010): one join on the keyed hash, no loop in Java. */
final class ComparisonSql {

    private ComparisonSql() {}

    /**
     * Every member of every household of the year in the scope whose keyed ID hash equals an external record's,
     * where the record's list type has an enabled rule of the year whose conditions the record meets. Households
     * without consent take part only when {@code :flagWithoutConsent}; their hits are flagged.
     */
    static final String MATCH = """
            insert into comparison_hit (run_id, year, county_code, household_number, household_id, village_code,
                person_hash, person_name, person_id_masked, rule_code, consequence, record_id, without_consent)
            select :run, p.year, h.county_code, h.household_number, h.id, p.village_code, p.citizen_number, p.name,
                   p.id_masked, r.code, r.consequence, e.id, c.household_number is null
            from person p
            join household h on h.county_code = p.county_code and h.id = p.household_id
            left join household_consent c on c.county_code = h.county_code and c.household_number = h.household_number
            join external_record e on e.id_hash = p.citizen_number
            join external_batch b on b.id = e.batch_id
            join comparison_rule r on r.year = p.year and r.list_type = b.list_type and r.enabled
            where p.year = :year and p.village_code like :scope || '%'
              and (:flagWithoutConsent or c.household_number is not null)
              and (r.min_amount is null or e.amount >= r.min_amount)
              and (r.min_area is null or e.area >= r.min_area)
              and (r.categories is null or e.category = any (r.categories))
              and not (coalesce(e.category, '') = any (r.excluded_categories))
              and (r.statuses is null or e.status = any (r.statuses))
              and not (coalesce(e.status, '') = any (r.excluded_statuses))
            on conflict (year, county_code, household_number, person_hash, rule_code, record_id) do nothing
            """;

    /** Persons and households of the year in the scope, and households without consent (hash joins only). */
    static final String COUNT_SCOPE = """
            select (select count(*) from person p where p.year = :year and p.village_code like :scope || '%') as persons,
                   count(*) as households, count(*) filter (where c.household_number is null) as without_consent
            from household h
            left join household_consent c on c.county_code = h.county_code and c.household_number = h.household_number
            where h.year = :year and h.village_code like :scope || '%'
            """;
}
