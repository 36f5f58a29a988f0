package org.fupin.comparison;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fupin.dictionary.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 民政's social-assistance lists (ASSISTANCE lists, issue #17): the layers they name, the list in force on a date
 * (the newest imported with a date on or before it) and the registry households whose members it names.
 */
@Service
public record AssistanceLists(JdbcClient jdbc) {

    /** A layer of 农村社会救助; {@code registryAttribute} is the 贫困户属性 of households expected in it, or null. */
    public record Layer(String code, String label, String registryAttribute) {}

    /** An imported list: the file, its department and the date its data describe. */
    public record Batch(long id, String department, LocalDate asOf, String fileName, int rowCount) {}

    /** A registry household of the year with members on the list, and the layers they are listed in. */
    public record Listed(String villageCode, String householdNumber, List<String> layers, int persons) {}

    public List<Layer> layers() {
        return jdbc.sql("select code, label, registry_attribute from assistance_layer order by sort_order")
                .query(Layer.class).list();
    }

    /** The layer code of every way a list may write a 救助类别 (label or alias, normalised like {@link Text}). */
    public java.util.Map<String, String> layerCodesByName() {
        java.util.Map<String, String> codes = new java.util.HashMap<>();
        jdbc.sql("select code, label, aliases from assistance_layer order by sort_order desc").query(rs -> {
            codes.put(Text.normalise(rs.getString(2)), rs.getString(1));
            for (String alias : (String[]) rs.getArray(3).getArray()) codes.put(Text.normalise(alias), rs.getString(1));
        });
        return codes;
    }

    /** The list in force on {@code date}: the newest ASSISTANCE list whose data describe that day or earlier. */
    public Optional<Batch> current(LocalDate date) {
        return jdbc.sql("""
                select id, department, as_of, file_name, row_count from external_batch
                where list_type = 'ASSISTANCE' and as_of <= :date and row_count > 0
                order by as_of desc, id desc limit 1
                """).param("date", date).query(Batch.class).optional();
    }

    /** The households of {@code year} between two village codes with members on the list, by household. */
    public List<Listed> listedHouseholds(long batchId, int year, String low, String high) {
        return jdbc.sql("""
                select p.village_code, h.household_number, array_agg(distinct r.category order by r.category),
                       count(distinct p.id)::int
                from external_record r
                join person p on p.citizen_number = r.id_hash and p.year = :year
                join household h on h.county_code = p.county_code and h.id = p.household_id
                where r.batch_id = :batch and p.village_code between :low and :high
                group by 1, 2 order by 1, 2
                """).param("batch", batchId).param("year", year).param("low", low).param("high", high)
                .query((rs, n) -> new Listed(rs.getString(1), rs.getString(2),
                        List.of((String[]) rs.getArray(3).getArray()), rs.getInt(4))).list();
    }

    /** Persons on the list who are in no registry household of {@code year} (the list does not say their village). */
    public long unplaced(long batchId, int year) {
        return jdbc.sql("""
                select count(*) from external_record r
                where r.batch_id = :batch
                  and not exists (select 1 from person p where p.citizen_number = r.id_hash and p.year = :year)
                """).param("batch", batchId).param("year", year).query(Long.class).single();
    }
}
