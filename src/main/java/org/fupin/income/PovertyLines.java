package org.fupin.income;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fupin.kernel.Seen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the yearly poverty lines kept in the database. */
@Service
public class PovertyLines {

    /** The standard every household is compared with unless a province or city sets a higher one. */
    public static final String NATIONAL = "NATIONAL";
    /** 省定标准 and 市定标准: a province or city line, kept under the region's code prefix. */
    public static final String PROVINCIAL = "PROVINCIAL";
    public static final String MUNICIPAL = "MUNICIPAL";

    /** A stored line with its region prefix ('' = nation-wide), whether its value is sourced, and the source. */
    public record Entry(int year, String standard, String regionPrefix, BigDecimal amount, boolean verified,
                        String source) {}

    private final JdbcClient jdbc;

    PovertyLines(JdbcClient jdbc) { this.jdbc = jdbc; }

    public Optional<PovertyLine> national(int year) {
        return jdbc.sql("""
                select year, standard, amount from poverty_line
                where year = :year and standard = :standard and region_prefix = ''
                """)
                .param("year", year).param("standard", NATIONAL)
                .query((rs, n) -> new PovertyLine(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3)))
                .optional();
    }

    /**
     * The line a household of {@code regionCode} is identified with in {@code year}: the one of the longest region
     * prefix that the code starts with (a province's 省定标准 before the national line).
     */
    public Optional<PovertyLine> applicable(int year, String regionCode) {
        return jdbc.sql("""
                select year, standard, amount from poverty_line
                where year = :year and :region like region_prefix || '%'
                order by length(region_prefix) desc, amount desc limit 1
                """).param("year", year).param("region", regionCode)
                .query((rs, n) -> new PovertyLine(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3)))
                .optional();
    }

    /** Every stored line, by year, standard and prefix. */
    public List<Entry> all() {
        return jdbc.sql("select * from poverty_line order by year, standard, region_prefix")
                .query((rs, n) -> new Entry(rs.getInt("year"), rs.getString("standard"), rs.getString("region_prefix"),
                        rs.getBigDecimal("amount"), rs.getBoolean("verified"), rs.getString("source"))).list();
    }

    /** Adds or replaces a line (the caller owns the transaction and the audit). */
    public void save(Entry line) {
        save(line, null);
    }

    /**
     * Adds or replaces a line; with {@code seen} (optimistic locking, ADR 0031) only while the stored line has that
     * version (NONE: there is none). Answers whether it was written.
     */
    public boolean save(Entry line, Seen seen) {
        return jdbc.sql("""
                insert into poverty_line (year, standard, region_prefix, amount, verified, source)
                values (:year, :standard, :prefix, :amount, :verified, :source)
                on conflict (year, standard, region_prefix) do update set amount = excluded.amount,
                    verified = excluded.verified, source = excluded.source, version = poverty_line.version + 1
                where not :check or poverty_line.version = :seen
                """).param("year", line.year()).param("standard", line.standard()).param("prefix", line.regionPrefix())
                .param("amount", line.amount()).param("verified", line.verified()).param("source", line.source())
                .param("check", seen != null).param("seen", seen == null ? null : seen.version(), java.sql.Types.INTEGER)
                .update() == 1;
    }

    /** The version of every stored line by {@link #key}: the page that sets lines carries them. */
    public Map<String, Integer> versions() {
        Map<String, Integer> out = new LinkedHashMap<>();
        jdbc.sql("select year, standard, region_prefix, version from poverty_line").query(rs -> {
            out.put(key(rs.getInt(1), rs.getString(2), rs.getString(3)), rs.getInt(4));
        });
        return out;
    }

    /** A line's key among the versions. */
    public static String key(int year, String standard, String regionPrefix) {
        return year + "|" + standard + "|" + regionPrefix;
    }
}
