package org.fupin.household;

/** The registry's bulk SQL: staging table, COPY and the set-based merge. */
final class RegistrySql {

    private RegistrySql() {}

    static final String CREATE_STAGING = """
            create temporary table stage_member (
                county_code text collate "C", year int, household_number text, position int, name text,
                id_number text, citizen_number text, id_masked text, relationship text, male boolean, birth_month date,
                ethnicity text, education text, schooling text, health text[], labour_skill text, work_status text,
                work_months int, medical_insurance boolean, pension_insurance boolean,
                employee_medical_insurance boolean, schooling_exemption text, village_code text collate "C", phone text, phone_masked text, identification_standard text, attribute text,
                main_cause text, other_causes text[], poverty_status text, exit_year int,
                wage_income numeric(12,2), business_income numeric(12,2), property_income numeric(12,2),
                transfer_income numeric(12,2), business_expense numeric(12,2), member_count int,
                net_income numeric(14,2), net_income_per_capita numeric(14,2), housing_safety text,
                safe_drinking_water boolean, has_electricity boolean, transfer_items jsonb
            ) on commit drop
            """;

    static final String COPY_MEMBERS = """
            copy stage_member (county_code, year, household_number, position, name, id_number, citizen_number,
                id_masked, relationship, male, birth_month, ethnicity, education, schooling, health, labour_skill, work_status,
                work_months, medical_insurance, pension_insurance, employee_medical_insurance, schooling_exemption,
                village_code, phone, phone_masked, identification_standard,
                attribute, main_cause, other_causes, poverty_status, exit_year, wage_income, business_income,
                property_income, transfer_income, business_expense, member_count, net_income,
                net_income_per_capita, housing_safety, safe_drinking_water, has_electricity, transfer_items)
            from stdin (format csv)
            """;

    /** Staged household-years out again, by year and household number (two arrays); answers how many households. */
    static final String DROP_STAGED = """
            with dropped as (
                delete from stage_member s using unnest(?::int[], ?::text[]) k(year, household_number)
                where s.year = k.year and s.household_number = k.household_number
                returning s.position)
            select count(*) filter (where position = 1) from dropped
            """;

    static final String DELETE_REPLACED_MEMBERS = """
            delete from person p
            using household h, stage_member s
            where s.position = 1 and p.county_code = h.county_code and p.household_id = h.id
              and h.county_code = s.county_code and h.year = s.year and h.household_number = s.household_number
            """;

    /**
     * One statement writes the household-years and their members (issue #22): the upserted households come back
     * from the insert and the members join them in memory, instead of looking each household up again by its key.
     */
    static final String WRITE_HOUSEHOLDS_AND_MEMBERS = """
            with written as (
                insert into household (county_code, year, household_number, village_code, phone, phone_masked,
                    identification_standard,
                    attribute, main_cause, other_causes, poverty_status, exit_year, wage_income, business_income,
                    property_income, transfer_income, business_expense, member_count, net_income, net_income_per_capita,
                    housing_safety, safe_drinking_water, has_electricity, transfer_items, import_batch_id)
                select county_code, year, household_number, village_code, phone, phone_masked, identification_standard,
                    attribute, main_cause, other_causes, poverty_status, exit_year, wage_income, business_income,
                    property_income, transfer_income, business_expense, member_count, net_income, net_income_per_capita,
                    housing_safety, safe_drinking_water, has_electricity, transfer_items, ?
                from stage_member where position = 1
                on conflict (county_code, year, household_number) do update set
                    village_code = excluded.village_code, phone = excluded.phone, phone_masked = excluded.phone_masked,
                    identification_standard = excluded.identification_standard, attribute = excluded.attribute,
                    main_cause = excluded.main_cause, other_causes = excluded.other_causes,
                    poverty_status = excluded.poverty_status, exit_year = excluded.exit_year,
                    wage_income = excluded.wage_income, business_income = excluded.business_income,
                    property_income = excluded.property_income, transfer_income = excluded.transfer_income,
                    business_expense = excluded.business_expense, member_count = excluded.member_count,
                    net_income = excluded.net_income, net_income_per_capita = excluded.net_income_per_capita,
                    housing_safety = excluded.housing_safety, safe_drinking_water = excluded.safe_drinking_water,
                    has_electricity = excluded.has_electricity, transfer_items = excluded.transfer_items,
                    import_batch_id = excluded.import_batch_id, version = household.version + 1
                returning id, county_code, year, household_number, village_code)
            insert into person (county_code, village_code, year, household_id, position, name, id_number, citizen_number,
                id_masked,
                relationship, male, birth_month, ethnicity, education, schooling, health, labour_skill, work_status,
                work_months, medical_insurance, pension_insurance, employee_medical_insurance, schooling_exemption)
            select s.county_code, h.village_code, s.year, h.id, s.position, s.name, s.id_number, s.citizen_number,
                s.id_masked, s.relationship,
                s.male, s.birth_month, s.ethnicity, s.education, s.schooling, s.health, s.labour_skill, s.work_status,
                s.work_months, s.medical_insurance, s.pension_insurance, s.employee_medical_insurance,
                s.schooling_exemption
            from stage_member s
            join written h on h.county_code = s.county_code and h.year = s.year
                and h.household_number = s.household_number
            """;

    /** The village-years a merge writes: where the staged households go and where the replaced ones were. */
    static final String TOUCHED_VILLAGES = """
            select year, village_code from stage_member where position = 1
            union
            select h.year, h.village_code from household h
            join stage_member s on h.county_code = s.county_code and h.year = s.year
                and h.household_number = s.household_number
            where s.position = 1
            """;
}
