package org.fupin.imports;

import static org.fupin.imports.RegionChangeColumn.*;

import java.util.List;
import java.util.Optional;
import org.fupin.household.domain.Finding;
import org.fupin.imports.RegionChangeImport.Change;
import org.fupin.region.RegionChangeKind;
import org.fupin.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks one row of a 区划变更表 against the tree of its year and applies it (ADR 0037). Past years are never
 * rewritten: an ended region keeps its code, name and records, and is only no longer valid from the change year.
 * A region that is moved, merged or given a new code takes the regions below it along, each under a new code made
 * of the new prefix and its own lower digits (cascaded rows of the change table).
 */
@Component
record RegionChanges(JdbcClient jdbc) {

    /** The row's errors; when there are none, the change has been written. */
    List<Finding> apply(Change c) {
        if (alreadyRecorded(c)) return List.of();
        Optional<Finding> problem = switch (c.kind()) {
            case NEW -> created(c).or(() -> parentInvalid(c));
            case ABOLISH -> ending(c).or(() -> hasChildren(c));
            case SPLIT -> valid(c, c.oldCode()).or(() -> created(c)).or(() -> sameLevel(c)).or(() -> parentInvalid(c));
            case RENAME -> c.newCode() == null || c.newCode().equals(c.oldCode()) ? valid(c, c.oldCode())
                    : recoded(c).or(() -> parentInvalid(c));
            case MOVE -> recoded(c).or(() -> parentInvalid(c)).or(() -> sameParent(c));
            case MERGE -> ending(c).or(() -> sameLevel(c)).or(() -> target(c));
        };
        if (problem.isPresent()) return List.of(problem.get());
        Optional<Finding> collision = write(c);
        return collision.map(List::of).orElse(List.of());
    }

    private boolean alreadyRecorded(Change c) {
        boolean inPlace = c.kind() == RegionChangeKind.RENAME && (c.newCode() == null || c.newCode().equals(c.oldCode()));
        return jdbc.sql("""
                select exists (select 1 from region_change where cascade_of is null and year = :year and kind = :kind
                    and old_code is not distinct from :old::text and new_code is not distinct from :new::text
                    and (not :inPlace or new_name = :name::text))
                """).param("year", c.year()).param("kind", c.kind().name()).param("old", code(c.oldCode()))
                .param("new", inPlace ? code(c.oldCode()) : code(c.newCode())).param("inPlace", inPlace)
                .param("name", c.name()).query(Boolean.class).single();
    }

    private Optional<Finding> write(Change c) {
        RegionChangeWriter writer = new RegionChangeWriter(jdbc, c);
        return switch (c.kind()) {
            case NEW, SPLIT -> writer.create();
            case ABOLISH -> writer.end();
            case RENAME -> c.newCode() == null || c.newCode().equals(c.oldCode()) ? writer.rename() : writer.recode();
            case MOVE -> writer.recode();
            case MERGE -> writer.merge();
        };
    }

    /** The old region must be valid in the year and have records in no year from it on (they would be orphaned). */
    private Optional<Finding> ending(Change c) {
        return valid(c, c.oldCode()).or(() -> {
            long records = jdbc.sql("""
                    select (select count(*) from household where year >= :year and village_code between :lowest and :highest)
                         + (select count(*) from village_fact where year >= :year and village_code between :lowest and :highest)
                    """).param("year", c.year()).param("lowest", c.oldCode().lowestDescendant())
                    .param("highest", c.oldCode().highestDescendant()).query(Long.class).single();
            return records == 0 ? Optional.empty()
                    : Optional.of(Finding.error(c.row(), OLD_CODE, c.oldCode().value(), "REGION_CHANGE_HAS_RECORDS",
                            c.year(), records));
        }).or(() -> jdbc.sql("select coalesce(valid_from, 0) >= :year from region where code = :code")
                .param("year", c.year()).param("code", c.oldCode().value()).query(Boolean.class).single()
                ? Optional.of(Finding.error(c.row(), OLD_CODE, c.oldCode().value(), "REGION_CHANGE_NOT_VALID", c.year()))
                : Optional.empty());
    }

    private Optional<Finding> recoded(Change c) {
        return ending(c).or(() -> created(c)).or(() -> sameLevel(c));
    }

    private Optional<Finding> valid(Change c, RegionCode code) {
        boolean valid = jdbc.sql("select exists (select 1 from region where code = :code and coalesce(valid_from, 0) <= :year "
                        + "and coalesce(valid_until, 9999) > :year)")
                .param("code", code.value()).param("year", c.year()).query(Boolean.class).single();
        return valid ? Optional.empty() : Optional.of(Finding.error(c.row(), code == c.oldCode() ? OLD_CODE : NEW_CODE,
                code.value(), "REGION_CHANGE_NOT_VALID", c.year()));
    }

    private Optional<Finding> target(Change c) {
        if (c.newCode().equals(c.oldCode())) return Optional.of(Finding.error(c.row(), NEW_CODE, c.newCode().value(), "REGION_CHANGE_SAME_CODE"));
        return valid(c, c.newCode());
    }

    /** A new code may not be taken, in any year: a code names one region for all of history. */
    private Optional<Finding> created(Change c) {
        boolean taken = jdbc.sql("select exists (select 1 from region where code = :code)")
                .param("code", c.newCode().value()).query(Boolean.class).single();
        return taken ? Optional.of(Finding.error(c.row(), NEW_CODE, c.newCode().value(), "REGION_CHANGE_CODE_TAKEN"))
                : Optional.empty();
    }

    private Optional<Finding> parentInvalid(Change c) {
        return c.newCode().parent().flatMap(parent -> valid(c, parent).map(f -> Finding.error(c.row(), NEW_CODE,
                c.newCode().value(), "REGION_CHANGE_PARENT_NOT_VALID", parent.value(), c.year())));
    }

    private Optional<Finding> sameLevel(Change c) {
        return c.oldCode().level() == c.newCode().level() ? Optional.empty()
                : Optional.of(Finding.error(c.row(), NEW_CODE, c.newCode().value(), "REGION_CHANGE_LEVEL_DIFFERS"));
    }

    private Optional<Finding> sameParent(Change c) {
        return c.oldCode().parent().equals(c.newCode().parent())
                ? Optional.of(Finding.error(c.row(), NEW_CODE, c.newCode().value(), "REGION_CHANGE_SAME_PARENT"))
                : Optional.empty();
    }

    private Optional<Finding> hasChildren(Change c) {
        long children = jdbc.sql("select count(*) from region where parent_code = :code and coalesce(valid_from, 0) <= :year "
                        + "and coalesce(valid_until, 9999) > :year")
                .param("code", c.oldCode().value()).param("year", c.year()).query(Long.class).single();
        return children == 0 ? Optional.empty()
                : Optional.of(Finding.error(c.row(), OLD_CODE, c.oldCode().value(), "REGION_CHANGE_HAS_CHILDREN", children));
    }

    private static String code(RegionCode code) { return code == null ? null : code.value(); }
}
