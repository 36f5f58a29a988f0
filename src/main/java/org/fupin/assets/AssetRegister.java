package org.fupin.assets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fupin.assets.domain.AssetRules;
import org.fupin.assets.domain.OwnerKind;
import org.fupin.assistance.Outcome;
import org.fupin.audit.AuditLog;
import org.fupin.funds.FundSource;
import org.fupin.funds.Funds;
import org.fupin.funds.Project;
import org.fupin.funds.ProjectLibrary;
import org.fupin.funds.domain.ProjectStatus;
import org.fupin.kernel.Reason;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The asset register: a completed project's assets (with the fund sources of its ledger), hand-over to an owner
 * and custodian (移交, 确权 and 管护) and later changes of custodian, each kept in the custody history. Pages, REST,
 * imports and the CLI call these methods; a refused change writes nothing; every change is audited.
 */
@Service
public class AssetRegister {

    private final AssetRepository repository;
    private final ProjectLibrary library;
    private final Funds funds;
    private final AuditLog audit;

    AssetRegister(AssetRepository repository, ProjectLibrary library, Funds funds, AuditLog audit) {
        this.repository = repository;
        this.library = library;
        this.funds = funds;
        this.audit = audit;
    }

    /**
     * Registers the assets a completed (竣工) or announced (公告) project formed, in the project's village; each takes
     * the fund sources of the project's ledger. All or none: one refused asset refuses the lot (reasons of all).
     */
    @Transactional
    public Optional<Outcome> fromProject(RegionScope scope, long projectId, List<Asset.New> assets, String actor) {
        return library.project(scope, projectId).map(project -> {
            boolean completed = project.status() == ProjectStatus.COMPLETED || project.status() == ProjectStatus.ANNOUNCED;
            List<Reason> reasons = new ArrayList<>(AssetRules.fromProject(completed, assets.size()));
            List<String> names = new ArrayList<>();
            for (Asset.New a : assets) {
                reasons.addAll(AssetRules.newAsset(a.name(), a.quantity(), a.unit(), a.value(), a.completedOn()));
                if (a.type() == null) reasons.add(Reason.of("ASSET_TYPE"));
                String name = a.name() == null ? "" : a.name().strip();
                if (names.contains(name) || repository.findByName(project.fields().villageCode(), name).isPresent()) {
                    reasons.add(Reason.of("ASSET_NAME_TAKEN", name));
                }
                names.add(name);
            }
            if (!reasons.isEmpty()) return Outcome.refused(reasons);
            List<String> sources = funds.paidBySource(scope, projectId).keySet().stream().map(FundSource::name).toList();
            long first = 0;
            for (Asset.New a : assets) {
                Asset.New placed = new Asset.New(project.fields().villageCode(), a.name(), a.type(), a.quantity(),
                        a.unit(), a.value(), a.completedOn());
                long id = repository.insert(placed, projectId, sources, null);
                if (first == 0) first = id;
                audit.record(actor, "ASSET_REGISTER", "asset:" + id, "project:" + projectId + " " + a.type() + " "
                        + a.value().toPlainString());
            }
            return Outcome.saved(first);
        });
    }

    /** 移交: the owner and custodian from a day (the first custody period); ownership is confirmed after the notice. */
    @Transactional
    public Optional<Outcome> handOver(RegionScope scope, long id, OwnerKind owner, String ownerName, String custodian,
                                      LocalDate date, String actor) {
        return asset(scope, id).map(a -> {
            List<Reason> reasons = AssetRules.handOver(a.type(), a.status(), owner, ownerName, custodian, date,
                    a.completedOn());
            if (!reasons.isEmpty()) return Outcome.refused(reasons);
            repository.setOwner(id, owner, ownerName.strip(), custodian.strip(), date);
            repository.addCustody(a, custodian.strip(), date, "", actor);
            audit.record(actor, "ASSET_HANDOVER", "asset:" + id, owner + " " + ownerName.strip() + " / "
                    + custodian.strip() + " " + date);
            return Outcome.saved(id);
        });
    }

    /** A new custodian (管护主体) from a day; the former one stays in the history. */
    @Transactional
    public Optional<Outcome> changeCustodian(RegionScope scope, long id, String custodian, LocalDate from, String note,
                                             String actor) {
        return asset(scope, id).map(a -> {
            List<Reason> reasons = new ArrayList<>();
            if (!a.status().active()) reasons.add(Reason.of("ASSET_DISPOSED"));
            if (custodian == null || custodian.isBlank()) reasons.add(Reason.of("ASSET_CUSTODIAN_MISSING"));
            LocalDate last = repository.custody(id).stream().map(Asset.Custody::fromDate).reduce((x, y) -> y)
                    .orElse(a.completedOn());
            if (from == null || from.isBefore(last)) reasons.add(Reason.of("ASSET_CUSTODY_BEFORE_LAST", last.toString()));
            if (!reasons.isEmpty()) return Outcome.refused(reasons);
            repository.setCustodian(id, custodian.strip());
            repository.addCustody(a, custodian.strip(), from, note, actor);
            audit.record(actor, "ASSET_CUSTODIAN", "asset:" + id, a.custodian() + " -> " + custodian.strip() + " " + from);
            return Outcome.saved(id);
        });
    }

    /** The asset within the scope, or empty. */
    @Transactional(readOnly = true)
    public Optional<Asset> asset(RegionScope scope, long id) {
        return repository.find(id).filter(a -> scope.permits(a.villageCode()));
    }

    @Transactional(readOnly = true)
    public List<Asset.Custody> custody(RegionScope scope, long id) {
        return asset(scope, id).map(a -> repository.custody(id)).orElse(List.of());
    }

    /** The assets a project formed. */
    @Transactional(readOnly = true)
    public List<Asset> ofProject(RegionScope scope, long projectId) {
        return library.project(scope, projectId).map(p -> repository.ofProject(projectId)).orElse(List.of());
    }

    /** The project, for a form that registers its assets. */
    @Transactional(readOnly = true)
    public Optional<Project> project(RegionScope scope, long projectId) {
        return library.project(scope, projectId);
    }
}
