package org.fupin.imports;

import static org.fupin.household.domain.RegistryColumn.POVERTY_STATUS;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fupin.dictionary.CodeLists;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.domain.Finding;
import org.fupin.household.domain.Member;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The yearly import keeps loading a year as it is, but a file that changes the 脱贫状态 of households already
 * registered for that year is a 动态调整 batch (issue #16): each change is listed, the file is refused until a
 * county administrator confirms them, and a confirmed batch is published so the procedures record each change as a
 * dated household event of the batch.
 */
@Component
class StatusChanges {

    private static final String EXISTING = """
            select household_number, poverty_status from household
            where year = ? and county_code = ? and household_number = any (?)
            """;

    private final Dictionaries dictionaries;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    StatusChanges(Dictionaries dictionaries, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.dictionaries = dictionaries;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** What the check keeps of each household of the file: no more than it compares (memory stays small). */
    record Head(int row, int year, String villageCode, String householdNumber, String status) {

        /** The head's facts, or null when the head lacks one of them (other checks report that). */
        static Head of(Member head) {
            if (head.year() == null || head.villageCode() == null || head.household().povertyStatus() == null) return null;
            return new Head(head.row(), head.year(), head.villageCode(), head.householdNumber(),
                    head.household().povertyStatus());
        }
    }

    /** The heads of the file's households whose status differs from the one registered for the same year. */
    List<StatusChange> find(Connection connection, List<Head> heads) throws SQLException {
        Map<String, List<Head>> byYearAndCounty = new LinkedHashMap<>();
        for (Head head : heads) {
            byYearAndCounty.computeIfAbsent(head.year() + "/" + head.villageCode().substring(0, 6), k -> new ArrayList<>())
                    .add(head);
        }
        List<StatusChange> changes = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(EXISTING)) {
            for (List<Head> group : byYearAndCounty.values()) {
                Head first = group.get(0);
                Map<String, Head> byNumber = new HashMap<>();
                group.forEach(m -> byNumber.put(m.householdNumber(), m));
                Array numbers = connection.createArrayOf("text", byNumber.keySet().toArray());
                st.setInt(1, first.year());
                st.setString(2, first.villageCode().substring(0, 6));
                st.setArray(3, numbers);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Head head = byNumber.get(rs.getString(1));
                        String before = rs.getString(2);
                        String after = head.status();
                        if (before != null && !before.equals(after)) {
                            changes.add(new StatusChange(head.row(), head.year(), head.villageCode(), head.householdNumber(),
                                    before, after));
                        }
                    }
                }
            }
        }
        changes.sort(java.util.Comparator.comparingInt(StatusChange::row));
        return changes;
    }

    /** Lists every change as a warning; without confirmation one error refuses the file. */
    void report(List<StatusChange> changes, boolean confirmed, Issues issues) {
        for (StatusChange c : changes) {
            var statuses = dictionaries.forYear(c.year()).get(CodeLists.POVERTY_STATUS);
            issues.add(Finding.warning(c.row(), POVERTY_STATUS, statuses.label(c.after()).orElse(c.after()), "STATUS_CHANGED",
                    c.householdNumber(), statuses.label(c.before()).orElse(c.before()),
                    statuses.label(c.after()).orElse(c.after())));
        }
        if (!changes.isEmpty() && !confirmed) {
            issues.add(Finding.error(changes.get(0).row(), POVERTY_STATUS, "", "STATUS_CHANGES_NEED_CONFIRMATION",
                    changes.size()));
        }
    }

    /** Publishes the confirmed batch with the digest its import recorded (the file is not read again). */
    void publish(long batchId, Path file, List<StatusChange> changes) {
        String sha256 = jdbc.sql("select sha256 from import_batch where id = :id").param("id", batchId)
                .query(String.class).single();
        var user = SecurityContextHolder.getContext().getAuthentication();
        events.publishEvent(new RegistryStatusChanged(batchId, file.getFileName().toString(), sha256,
                user == null ? "system" : user.getName(), List.copyOf(changes)));
    }
}
