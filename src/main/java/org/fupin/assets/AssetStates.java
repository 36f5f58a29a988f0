package org.fupin.assets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fupin.assets.domain.AssetRules;
import org.fupin.assets.domain.AssetStatus;
import org.fupin.assistance.Outcome;
import org.fupin.audit.AuditLog;
import org.fupin.kernel.Reason;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An asset's state with its history: in use, 闲置 and 损毁 are recorded with a reason; 处置 is asked for with a
 * reason and then approved (已处置) or refused (back to the state before) by an administrator other than the one
 * who asked.
 */
@Service
public class AssetStates {

    private final AssetRegister register;
    private final AssetRepository repository;
    private final AuditLog audit;

    AssetStates(AssetRegister register, AssetRepository repository, AuditLog audit) {
        this.register = register;
        this.repository = repository;
        this.audit = audit;
    }

    /** Records a new state (in use, idle, damaged, or a disposal request) from a day, with its reason. */
    @Transactional
    public Optional<Outcome> change(RegionScope scope, long id, AssetStatus to, LocalDate on, String reason,
                                    String actor) {
        return register.asset(scope, id).map(a -> {
            List<Reason> reasons = new ArrayList<>(AssetRules.statusChange(a.status(), to, reason));
            if (on == null || on.isBefore(a.statusSince())) reasons.add(Reason.of("ASSET_STATUS_DATE", a.statusSince().toString()));
            if (!reasons.isEmpty()) return Outcome.refused(reasons);
            repository.changeStatus(a, to, on, reason, actor);
            audit.record(actor, "ASSET_STATUS", "asset:" + id, a.status() + " -> " + to + " " + on);
            return Outcome.saved(id);
        });
    }

    /**
     * Decides a disposal request: approved, the asset is disposed (已处置) from the day; refused, it returns to the
     * state it had before the request. {@code administers}: the decider is a county or system administrator.
     */
    @Transactional
    public Optional<Outcome> decideDisposal(RegionScope scope, long id, boolean approve, LocalDate on, String comment,
                                            String actor, boolean administers) {
        return register.asset(scope, id).map(a -> {
            List<Reason> reasons = new ArrayList<>(AssetRules.disposalDecision(a.status(),
                    repository.disposalRequester(id).orElse(null), actor, administers));
            if (on == null || on.isBefore(a.statusSince())) reasons.add(Reason.of("ASSET_STATUS_DATE", a.statusSince().toString()));
            if (!reasons.isEmpty()) return Outcome.refused(reasons);
            AssetStatus to = approve ? AssetStatus.DISPOSED : before(id);
            repository.changeStatus(a, to, on, comment, actor);
            audit.record(actor, approve ? "ASSET_DISPOSAL_APPROVED" : "ASSET_DISPOSAL_REFUSED", "asset:" + id,
                    String.valueOf(comment));
            return Outcome.saved(id);
        });
    }

    @Transactional(readOnly = true)
    public List<Asset.StatusChange> history(RegionScope scope, long id) {
        return register.asset(scope, id).map(a -> repository.statusChanges(id)).orElse(List.of());
    }

    private AssetStatus before(long id) {
        return repository.statusChanges(id).stream().filter(c -> c.to() == AssetStatus.DISPOSAL_REQUESTED)
                .reduce((x, y) -> y).map(Asset.StatusChange::from).orElse(AssetStatus.IN_USE);
    }
}
