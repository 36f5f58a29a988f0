package org.fupin.field;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The answers given to queued entries, one per user and idempotency key (table field_entry, V100). */
@Component
class FieldEntryRepository {

    private final JdbcClient jdbc;

    FieldEntryRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    Optional<FieldEntries.Result> find(String username, String key) {
        return jdbc.sql("""
                select entry_key, status, record_id, reasons from field_entry
                where username = :username and entry_key = :key
                """).param("username", username).param("key", key)
                .query((rs, n) -> new FieldEntries.Result(rs.getString(1), rs.getString(2), (Long) rs.getObject(3),
                        List.of((String[]) rs.getArray(4).getArray()), true)).optional();
    }

    void insert(String username, FieldEntries.Entry entry, FieldEntries.Result result) {
        jdbc.sql("""
                insert into field_entry (username, entry_key, kind, household_id, status, record_id, reasons)
                values (:username, :key, :kind, :household, :status, :record, :reasons)
                """).param("username", username).param("key", entry.key()).param("kind", entry.kind().name())
                .param("household", entry.householdId()).param("status", result.status())
                .param("record", result.recordId(), java.sql.Types.BIGINT)
                .param("reasons", result.reasons().toArray(String[]::new)).update();
    }
}
