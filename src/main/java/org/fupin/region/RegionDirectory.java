package org.fupin.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the region tree. Children and subtrees are range scans on the code index (fast with 700,000 villages). The
 * tree changes over the years (ADR 0037): the methods with a year read the tree of that year; those without read
 * the latest tree (the regions still valid).
 */
@Service
public class RegionDirectory {

    /** The year that stands for "the latest tree": only regions without an end year are valid in it. */
    public static final int LATEST = 9998;

    private static final String COLUMNS = "code, name, level, parent_code, urban_rural_code, valid_from, valid_until";
    private static final String VALID = "coalesce(valid_from, 0) <= :year and coalesce(valid_until, 9999) > :year";

    private final JdbcClient jdbc;

    RegionDirectory(JdbcClient jdbc) { this.jdbc = jdbc; }

    /** The region of this code, whichever years it is valid in (a past region keeps its name for history). */
    public Optional<Region> find(RegionScope scope, String code) {
        RegionCode regionCode = scope.require(code);
        return jdbc.sql("select " + COLUMNS + " from region where code = :code")
                .param("code", regionCode.value()).query(RegionDirectory::map).optional();
    }

    public List<Region> children(RegionScope scope, String code) { return children(scope, code, LATEST); }

    /** The children of the region in the tree of the year. */
    public List<Region> children(RegionScope scope, String code, int year) {
        RegionCode regionCode = scope.require(code);
        return jdbc.sql("select " + COLUMNS + " from region where parent_code = :code and " + VALID + " order by code")
                .param("code", regionCode.value()).param("year", year).query(RegionDirectory::map).list();
    }

    public List<Region> subtree(RegionScope scope, String code) { return subtree(scope, code, LATEST); }

    /** The region and every region below it in the tree of the year, ordered by code. */
    public List<Region> subtree(RegionScope scope, String code, int year) {
        RegionCode regionCode = scope.require(code);
        return jdbc.sql("select " + COLUMNS + " from region where code between :lowest and :highest and " + VALID
                        + " order by code")
                .param("lowest", regionCode.lowestDescendant()).param("highest", regionCode.highestDescendant())
                .param("year", year).query(RegionDirectory::map).list();
    }

    /** From the top of the scope down to the region itself, for breadcrumbs. */
    public List<Region> path(RegionScope scope, String code) {
        List<Region> path = new ArrayList<>();
        Optional<RegionCode> current = Optional.of(scope.require(code));
        while (current.isPresent() && scope.permits(current.get())) {
            find(scope, current.get().value()).ifPresent(r -> path.add(0, r));
            current = current.get().parent();
        }
        return path;
    }

    public List<Region> roots(RegionScope scope) { return roots(scope, LATEST); }

    /** The top regions the scope can see in the year: the scope's own region, or the provinces for the country. */
    public List<Region> roots(RegionScope scope, int year) {
        if (!scope.prefix().isEmpty()) {
            return jdbc.sql("select " + COLUMNS + " from region where code = rpad(:prefix, 12, '0')")
                    .param("prefix", scope.prefix()).query(RegionDirectory::map).list();
        }
        return jdbc.sql("select " + COLUMNS + " from region where parent_code is null and " + VALID + " order by code")
                .param("year", year).query(RegionDirectory::map).list();
    }

    /**
     * Up to {@code limit} regions of the scope valid in the year whose code starts with the text or whose name
     * contains it, in code order (a picker's search; never more than the scope).
     */
    public List<Region> search(RegionScope scope, String text, int year, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) return List.of();
        boolean digits = q.chars().allMatch(Character::isDigit);
        return jdbc.sql("select " + COLUMNS + " from region where code between :lowest and :highest and " + VALID
                        + (digits ? " and code like :q || '%'" : " and strpos(name, :q) > 0") + " order by code limit :limit")
                .param("lowest", scope.lowestCode()).param("highest", scope.highestCode()).param("year", year)
                .param("q", q).param("limit", limit).query(RegionDirectory::map).list();
    }

    /** How many regions the scope holds (at most {@code limit} are counted). */
    public long size(RegionScope scope, long limit) {
        return jdbc.sql("select count(*) from (select 1 from region where code like :prefix || '%' limit :limit) r")
                .param("prefix", scope.prefix()).param("limit", limit).query(Long.class).single();
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from region)").query(Boolean.class).single();
    }

    static Region map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Region(rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
                rs.getString("parent_code"), rs.getString("urban_rural_code"),
                (Integer) rs.getObject("valid_from"), (Integer) rs.getObject("valid_until"));
    }
}
