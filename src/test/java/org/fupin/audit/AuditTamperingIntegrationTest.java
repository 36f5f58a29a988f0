package org.fupin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.fupin.FupinTest;
import org.fupin.system.Database;
import org.fupin.system.KeyDirectory;
import org.fupin.system.Secrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #23: whoever can write the audit table but lacks the key cannot hide what they did — not by deleting the
 * newest rows, nor by deleting a row and recomputing the following hashes with plain SHA-256, nor by editing the
 * chain head kept outside the database.
 */
@FupinTest
class AuditTamperingIntegrationTest {

    @Autowired AuditLog audit;
    @Autowired AuditHead head;
    @Autowired Database database;
    @Autowired Secrets secrets;
    @Autowired KeyDirectory keys;
    @Autowired JdbcClient jdbc;

    /** Each test starts from an empty log without a head (they tamper with the one database of this class). */
    @BeforeEach
    void emptyLog() throws Exception {
        owner("delete from audit_event");
        Files.deleteIfExists(keys.file("audit.head"));
    }

    @Test
    void detectsTheNewestRowsDeletedAndKeepsSayingSoAfterNewAppends() throws Exception {
        appendEvents("TRUNCATE", 25);
        assertThat(audit.verify()).isEmpty();
        assertThat(audit.verifyRecent()).isEmpty();
        long newest = newestId();
        assertThat(head.read()).get().extracting(AuditHead.Head::id).isEqualTo(newest);

        owner("delete from audit_event where id > " + (newest - 20));

        assertThat(audit.verify()).contains(newest);
        assertThat(audit.verifyRecent()).contains(newest);
        appendEvents("AFTER", 2);
        assertThat(head.read()).get().extracting(AuditHead.Head::id).isEqualTo(newest);
        assertThat(audit.verify()).contains(newest);
    }

    @Test
    void detectsARowDeletedAndTheRestRecomputedWithPlainSha256() throws Exception {
        appendEvents("BEFORE", 3);
        audit.record("officer", "REVEAL_ID", "household 7", "reason: checking");
        appendEvents("AFTER", 5);
        assertThat(audit.verify()).isEmpty();
        long reveal = jdbc.sql("select id from audit_event where action = 'REVEAL_ID'").query(Long.class).single();

        owner("delete from audit_event where id = " + reveal);
        rechainFrom(reveal, AuditEvent::unkeyed);

        assertThat(audit.verify()).isPresent().get().isEqualTo(reveal + 1);
        assertThat(audit.verifyRecent()).isPresent();
    }

    @Test
    void detectsAHeadEditedWithoutTheKey() throws Exception {
        appendEvents("HEAD", 4);
        assertThat(audit.verify()).isEmpty();
        Path file = keys.file("audit.head");
        long newest = newestId();
        owner("delete from audit_event where id > " + (newest - 2));
        Files.writeString(file, Files.readString(file).replace("id=" + newest, "id=" + (newest - 2)));

        assertThat(audit.verify()).contains(newest - 2);
        assertThat(audit.verifyRecent()).contains(newest - 2);
    }

    @Test
    void keysAnUnkeyedChainWrittenBeforeTheUpgradeAndLeavesABrokenOneBroken() throws Exception {
        insertUnkeyed(List.of("IMPORT_REGISTRY", "LOGIN", "EXPORT"), false);
        migrate();
        assertThat(audit.verify(jdbc)).isEmpty();

        owner("delete from audit_event");
        insertUnkeyed(List.of("IMPORT_REGISTRY", "LOGIN", "EXPORT"), true);
        migrate();
        assertThat(audit.verify(jdbc)).isPresent();
    }

    private void appendEvents(String prefix, int count) {
        for (int i = 0; i < count; i++) audit.record("tester", "TEST_" + prefix, "target " + i, "detail " + i);
    }

    private long newestId() {
        return jdbc.sql("select max(id) from audit_event").query(Long.class).single();
    }

    /** What an intruder without the key would do: chain the rows from {@code id} on again with another hash. */
    private void rechainFrom(long id, java.util.function.UnaryOperator<String> hashing) throws Exception {
        try (Connection c = connection()) {
            List<AuditEvent> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select * from audit_event where id >= "
                    + (id - 1) + " order by id")) {
                while (rs.next()) rows.add(AuditChain.read(rs));
            }
            String previous = rows.get(0).hash();
            try (PreparedStatement up = c.prepareStatement("update audit_event set prev_hash = ?, hash = ? where id = ?")) {
                for (AuditEvent e : rows.subList(1, rows.size())) {
                    String hash = hashing.apply(AuditEvent.canonical(previous, e.at(), e.actor(), e.client(), e.action(),
                            e.target(), e.detail()));
                    up.setString(1, previous);
                    up.setString(2, hash);
                    up.setLong(3, e.id());
                    up.executeUpdate();
                    previous = hash;
                }
            }
        }
    }

    private void insertUnkeyed(List<String> actions, boolean breakOne) throws Exception {
        try (Connection c = connection(); PreparedStatement in = c.prepareStatement("""
                insert into audit_event (at, actor, client, action, target, detail, prev_hash, hash) values (?, 'old', null, ?, 't', 'd', ?, ?)
                """)) {
            String previous = AuditEvent.GENESIS;
            Instant at = Instant.parse("2025-01-01T00:00:00Z");
            for (String action : actions) {
                String hash = AuditEvent.unkeyed(AuditEvent.canonical(previous, at, "old", null, action, "t", "d"));
                in.setTimestamp(1, java.sql.Timestamp.from(at));
                in.setString(2, action);
                in.setString(3, previous);
                in.setString(4, breakOne && action.equals("LOGIN") ? hash.replace('a', 'b') : hash);
                in.executeUpdate();
                previous = hash;
            }
        }
    }

    private void migrate() throws Exception {
        try (Connection c = connection()) {
            new V77__keyed_audit_chain(secrets).migrate(new Context() {
                @Override public Configuration getConfiguration() { return null; }
                @Override public Connection getConnection() { return c; }
            });
        }
    }

    private void owner(String sql) throws Exception {
        try (Connection c = connection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private Connection connection() throws Exception {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }
}
