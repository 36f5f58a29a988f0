package org.fupin.dictionary;

import java.sql.Array;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Versioned code lists (table {@code dictionary_entry}); each year sees the entries valid in that year. The
 * table is small and read once, so bulk paths can ask for any year without a query (for instance while a COPY
 * is open on their connection): call {@link #preload()} first.
 */
@Service
public class Dictionaries {

    private record Row(String dictionary, String code, String label, List<String> aliases, int from, Integer to) {}

    private final JdbcClient jdbc;
    private final Map<Integer, CodeLists> cache = new ConcurrentHashMap<>();
    private volatile List<Row> rows;

    Dictionaries(JdbcClient jdbc) { this.jdbc = jdbc; }

    public CodeLists forYear(int year) {
        return cache.computeIfAbsent(year, this::build);
    }

    /** Forgets what was read, after a change to the table (an alias added or removed). */
    public void reload() {
        rows = null;
        cache.clear();
    }

    /** Reads the table now (once per process). */
    public void preload() {
        if (rows == null) rows = load();
    }

    private CodeLists build(int year) {
        preload();
        Map<String, CodeList> lists = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.from() <= year && (row.to() == null || row.to() >= year)) {
                lists.computeIfAbsent(row.dictionary(), CodeList::new).add(row.code(), row.label(), row.aliases());
            }
        }
        return new CodeLists(year, Map.copyOf(lists));
    }

    private List<Row> load() {
        return jdbc.sql("""
                select dictionary, code, label, aliases, valid_from, valid_to from dictionary_entry
                order by dictionary, sort_order, code
                """).query((rs, n) -> {
            Array aliases = rs.getArray("aliases");
            List<String> names = aliases == null ? List.of() : Arrays.asList((String[]) aliases.getArray());
            return new Row(rs.getString(1), rs.getString(2), rs.getString(3), names, rs.getInt(5),
                    (Integer) rs.getObject(6));
        }).list();
    }
}
