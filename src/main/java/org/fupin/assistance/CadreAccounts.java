package org.fupin.assistance;

import java.util.List;
import java.util.Optional;
import org.fupin.access.UserDirectory;
import org.fupin.access.Users;
import org.fupin.audit.AuditLog;
import org.fupin.kernel.Reason;
import org.fupin.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which cadre record (帮扶责任人) a user account is (ADR 0038, "Which cadre a user is"): set by a county or system
 * administrator for a user of their region, from the users page, the command line and REST alike. The cadre must be
 * one of the cadres of the user's own region; a cadre is linked to at most one account.
 */
@Service
public class CadreAccounts {

    /** The user as the link page shows them, with the cadre linked (null when none) and the cadres to choose from. */
    public record Linking(Users.Account account, Organisations.Cadre linked, List<Organisations.Cadre> choices) {}

    private final JdbcClient jdbc;
    private final UserDirectory directory;
    private final Organisations organisations;
    private final AuditLog audit;

    CadreAccounts(JdbcClient jdbc, UserDirectory directory, Organisations organisations, AuditLog audit) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** The cadre the account is linked to, whatever region; empty when no link is set. */
    @Transactional(readOnly = true)
    public Optional<Long> cadreOf(String username) {
        if (username == null) return Optional.empty();
        return jdbc.sql("select id from cadre where account = :user").param("user", username).query(Long.class).optional();
    }

    /** The user of the administrator's region with their link and the cadres of the user's region; empty when unknown. */
    @Transactional(readOnly = true)
    public Optional<Linking> linking(RegionScope scope, String username) {
        return directory.find(scope, username).map(account -> {
            RegionScope region = new RegionScope(account.scopeCode());
            Organisations.Cadre linked = cadreOf(username).flatMap(id -> organisations.cadre(RegionScope.ALL, id)).orElse(null);
            return new Linking(account, linked, organisations.cadres(region));
        });
    }

    /**
     * Links the account to the cadre, or removes its link when {@code cadreId} is null. Refused unless the actor
     * administers users ({@code administrator}), the user lies in the actor's region and the cadre in the user's.
     * The id written is the cadre's (0 when the link was removed).
     */
    @Transactional
    public Outcome link(RegionScope scope, boolean administrator, String username, Long cadreId) {
        if (!administrator) return Outcome.refused(Reason.of("CADRE_LINK_NOT_ADMIN"));
        Optional<Users.Account> account = directory.find(scope, username);
        if (account.isEmpty()) return Outcome.refused(Reason.of("CADRE_LINK_USER_UNKNOWN", String.valueOf(username)));
        if (cadreId == null) {
            jdbc.sql("update cadre set account = null where account = :user").param("user", username).update();
            audit.record("UNLINK_CADRE_ACCOUNT", "user:" + username, "");
            return Outcome.saved(0);
        }
        RegionScope region = new RegionScope(account.get().scopeCode());
        if (organisations.cadre(region, cadreId).isEmpty()) return Outcome.refused(Reason.of("CADRE_LINK_CADRE_UNKNOWN"));
        String holder = jdbc.sql("select account from cadre where id = :id").param("id", cadreId).query(String.class)
                .optional().orElse(null);
        if (holder != null && !holder.equals(username)) return Outcome.refused(Reason.of("CADRE_LINK_TAKEN", holder));
        jdbc.sql("update cadre set account = null where account = :user and id <> :id").param("user", username)
                .param("id", cadreId).update();
        jdbc.sql("update cadre set account = :user where id = :id").param("user", username).param("id", cadreId).update();
        audit.record("LINK_CADRE_ACCOUNT", "user:" + username, "cadre:" + cadreId);
        return Outcome.saved(cadreId);
    }
}
