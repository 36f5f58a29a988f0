package org.fupin.household;

import java.util.Optional;
import org.fupin.audit.AuditLog;
import org.fupin.household.domain.IdNumber;
import org.fupin.region.RegionScope;
import org.fupin.system.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows one full ID number to a user who gives a reason; the reveal (who, which person, why) is audited in the
 * same transaction. Everywhere else ID numbers stay masked.
 */
@Service
public class IdReveal {

    public static final int MIN_REASON_LENGTH = 4;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Secrets secrets;

    IdReveal(JdbcClient jdbc, AuditLog audit, Secrets secrets) {
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The full number, or empty when the member is unknown or outside the scope; a short reason is refused. */
    @Transactional
    public Optional<String> reveal(RegionScope scope, long householdId, int position, String reason) {
        if (reason == null || reason.strip().length() < MIN_REASON_LENGTH) {
            throw new IllegalArgumentException("A reveal needs a reason");
        }
        Optional<String> number = jdbc.sql("""
                select p.id_number from person p
                join household h on h.county_code = p.county_code and h.id = p.household_id
                where h.id = :id and p.position = :position and h.village_code between :lowest and :highest
                  and h.county_code between left(:lowest, 6) and left(:highest, 6)
                  and p.county_code between left(:lowest, 6) and left(:highest, 6)
                """).param("id", householdId).param("position", position)
                .param("lowest", scope.lowestCode()).param("highest", scope.highestCode())
                .query(String.class).optional().map(secrets::decrypt);
        number.ifPresent(n -> audit.record("REVEAL_ID", "household:" + householdId + "/" + position,
                IdNumber.masked(n) + " reason: " + reason.strip()));
        return number;
    }
}
