package org.fupin.imports;

import static org.fupin.imports.RegionChangeColumn.NEW_CODE;

import java.util.Optional;
import org.fupin.household.domain.Finding;
import org.fupin.imports.RegionChangeImport.Change;
import org.fupin.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes one checked change of a 区划变更表 (ADR 0037): new regions, end years and the change rows. */
final class RegionChangeWriter {

    private final JdbcClient jdbc;
    private final Change c;

    RegionChangeWriter(JdbcClient jdbc, Change c) {
        this.jdbc = jdbc;
        this.c = c;
    }

    /** NEW or SPLIT: the new region from the year on; a split's old region stays. */
    Optional<Finding> create() {
        jdbc.sql("""
                insert into region (code, name, level, parent_code, urban_rural_code, valid_from)
                values (:code, :name, :level, :parent, null, :year)
                """).param("code", c.newCode().value()).param("name", c.name()).param("level", c.newCode().level().name())
                .param("parent", c.newCode().parent().map(RegionCode::value).orElse(null)).param("year", c.year()).update();
        record(null);
        return Optional.empty();
    }

    Optional<Finding> end() {
        endRegion(c.oldCode().value());
        record(null);
        return Optional.empty();
    }

    /** A new name under the same code: the region page shows the current name, the change row keeps the old one. */
    Optional<Finding> rename() {
        record(null);
        jdbc.sql("update region set name = :name where code = :code").param("name", c.name())
                .param("code", c.oldCode().value()).update();
        return Optional.empty();
    }

    /** MOVE or a re-issued code: the region under its new code, the regions below it along. */
    Optional<Finding> recode() {
        jdbc.sql("""
                insert into region (code, name, level, parent_code, urban_rural_code, valid_from)
                select :code, coalesce(:name::text, name), level, :parent, urban_rural_code, :year from region where code = :old
                """).param("code", c.newCode().value()).param("name", c.name())
                .param("parent", c.newCode().parent().map(RegionCode::value).orElse(null)).param("year", c.year())
                .param("old", c.oldCode().value()).update();
        return descendants();
    }

    /** MERGE: the old region ends; the regions below it go under the new one (a township's villages). */
    Optional<Finding> merge() {
        return descendants();
    }

    /**
     * The regions below the old one that are valid in the year, each under the new prefix with its own lower digits;
     * refused when one of those codes is taken.
     */
    private Optional<Finding> descendants() {
        String taken = jdbc.sql("""
                select min(:prefix || substr(r.code, length(:oldPrefix) + 1)) from region r
                join region t on t.code = :prefix || substr(r.code, length(:oldPrefix) + 1)
                where r.code between :lowest and :highest and r.code <> :old and coalesce(r.valid_from, 0) <= :year
                  and coalesce(r.valid_until, 9999) > :year
                """).params(range()).query(String.class).optional().orElse(null);
        if (taken != null) return Optional.of(Finding.error(c.row(), NEW_CODE, c.newCode().value(), "REGION_CHANGE_CODE_TAKEN_BELOW", taken));
        long id = record(null);
        jdbc.sql("""
                create temporary table if not exists region_recoded (old_code text collate "C", new_code text collate "C")
                on commit drop
                """).update();
        jdbc.sql("truncate region_recoded").update();
        jdbc.sql("""
                insert into region_recoded
                select r.code, :prefix || substr(r.code, length(:oldPrefix) + 1) from region r
                where r.code between :lowest and :highest and r.code <> :old and coalesce(r.valid_from, 0) <= :year
                  and coalesce(r.valid_until, 9999) > :year
                """).params(range()).update();
        jdbc.sql("""
                insert into region (code, name, level, parent_code, urban_rural_code, valid_from)
                select x.new_code, r.name, r.level, :prefix || substr(r.parent_code, length(:oldPrefix) + 1),
                       r.urban_rural_code, :year
                from region_recoded x join region r on r.code = x.old_code order by x.new_code
                """).params(range()).update();
        jdbc.sql("""
                insert into region_change (year, kind, old_code, new_code, cascade_of)
                select :year, :kind, old_code, new_code, :id from region_recoded order by old_code
                """).param("year", c.year()).param("kind", c.kind().name()).param("id", id).update();
        jdbc.sql("update region set valid_until = :year where code in (select old_code from region_recoded)")
                .param("year", c.year()).update();
        endRegion(c.oldCode().value());
        return Optional.empty();
    }

    private java.util.Map<String, Object> range() {
        return java.util.Map.of("prefix", c.newCode().prefix(), "oldPrefix", c.oldCode().prefix(),
                "lowest", c.oldCode().lowestDescendant(), "highest", c.oldCode().highestDescendant(),
                "old", c.oldCode().value(), "year", c.year());
    }

    private void endRegion(String code) {
        jdbc.sql("update region set valid_until = :year where code = :code").param("year", c.year()).param("code", code).update();
    }

    private long record(Long cascadeOf) {
        String oldName = c.oldCode() == null ? null : jdbc.sql("select name from region where code = :code")
                .param("code", c.oldCode().value()).query(String.class).optional().orElse(null);
        return jdbc.sql("""
                insert into region_change (year, kind, old_code, new_code, new_name, old_name, cascade_of)
                values (:year, :kind, :old, :new, :name, :oldName, :cascadeOf) returning id
                """).param("year", c.year()).param("kind", c.kind().name())
                .param("old", c.oldCode() == null ? null : c.oldCode().value())
                .param("new", c.newCode() == null ? (c.kind().name().equals("RENAME") ? c.oldCode().value() : null)
                        : c.newCode().value())
                .param("name", c.name()).param("oldName", oldName).param("cascadeOf", cascadeOf).query(Long.class).single();
    }
}
