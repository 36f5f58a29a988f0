package org.fupin.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the region tree. Children and subtrees are range scans on the code index (fast with 700,000 villages). */
@Service
public class RegionDirectory {

    private final JdbcClient jdbc;

    RegionDirectory(JdbcClient jdbc) { this.jdbc = jdbc; }

    public Optional<Region> find(RegionScope scope, String code) {
        RegionCode regionCode = scope.require(code);
        return jdbc.sql("select code, name, level, parent_code, urban_rural_code from region where code = :code")
                .param("code", regionCode.value()).query(RegionDirectory::map).optional();
    }

    public List<Region> children(RegionScope scope, String code) {
        RegionCode regionCode = scope.require(code);
        return jdbc.sql("""
                select code, name, level, parent_code, urban_rural_code from region
                where parent_code = :code order by code
                """).param("code", regionCode.value()).query(RegionDirectory::map).list();
    }

    /** The region and every region below it, ordered by code. */
    public List<Region> subtree(RegionScope scope, String code) {
        RegionCode regionCode = scope.require(code);
        return jdbc.sql("""
                select code, name, level, parent_code, urban_rural_code from region
                where code between :lowest and :highest order by code
                """).param("lowest", regionCode.lowestDescendant()).param("highest", regionCode.highestDescendant())
                .query(RegionDirectory::map).list();
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

    /** The top regions the scope can see: the scope's own region, or the provinces for the whole country. */
    public List<Region> roots(RegionScope scope) {
        if (!scope.prefix().isEmpty()) {
            return jdbc.sql("""
                    select code, name, level, parent_code, urban_rural_code from region
                    where code = rpad(:prefix, 12, '0')
                    """).param("prefix", scope.prefix()).query(RegionDirectory::map).list();
        }
        return jdbc.sql("""
                select code, name, level, parent_code, urban_rural_code from region
                where parent_code is null order by code
                """).query(RegionDirectory::map).list();
    }

    /** How many regions the scope holds (at most {@code limit} are counted). */
    public long size(RegionScope scope, long limit) {
        return jdbc.sql("select count(*) from (select 1 from region where code like :prefix || '%' limit :limit) r")
                .param("prefix", scope.prefix()).param("limit", limit).query(Long.class).single();
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from region)").query(Boolean.class).single();
    }

    private static Region map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Region(rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
                rs.getString("parent_code"), rs.getString("urban_rural_code"));
    }
}
