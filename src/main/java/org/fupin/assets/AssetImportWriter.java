package org.fupin.assets;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fupin.assets.domain.AssetStatus;
import org.fupin.assets.domain.OwnerKind;
import org.fupin.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * Writes the checked rows of an accepted asset file, in the import's transaction: a new asset (village and name) is
 * created; a known one is set to the file's values, and only what differs is written (owner, a new custody period,
 * a change of state), so a file imported twice, or an export imported back, changes nothing.
 */
@Component
class AssetImportWriter {

    /** One checked row. */
    record Row(int row, Asset.New asset, List<String> sources, java.time.LocalDate handedOverOn, OwnerKind owner,
               String ownerName, String custodian, AssetStatus status) {}

    private final AssetRepository repository;
    private final AuditLog audit;

    AssetImportWriter(AssetRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    void write(List<Row> rows, String actor) {
        int created = 0;
        for (Row r : rows) {
            Optional<Asset> stored = repository.findByName(r.asset().villageCode(), r.asset().name());
            long id;
            if (stored.isEmpty()) {
                id = repository.insert(r.asset(), null, r.sources(), r.handedOverOn());
                created++;
            } else {
                id = stored.get().id();
                if (!same(stored.get(), r)) repository.update(id, r.asset(), r.sources(), r.handedOverOn());
            }
            Asset now = repository.find(id).orElseThrow();
            sync(now, r, actor);
        }
        audit.record(actor, "ASSET_IMPORT", "assets", "rows=" + rows.size() + " created=" + created);
    }

    private void sync(Asset now, Row r, String actor) {
        boolean ownerChanged = now.ownerKind() != r.owner() || !Objects.equals(now.ownerName(), r.ownerName());
        boolean custodianChanged = !Objects.equals(now.custodian(), r.custodian());
        if (ownerChanged || custodianChanged) {
            repository.setOwner(now.id(), r.owner(), r.ownerName(), r.custodian(), r.handedOverOn());
        }
        if (custodianChanged && r.custodian() != null) {
            java.time.LocalDate from = r.handedOverOn() != null ? r.handedOverOn() : now.completedOn();
            repository.addCustody(now, r.custodian(), from, "", actor);
        }
        if (now.status() != r.status()) {
            Asset fresh = repository.find(now.id()).orElseThrow();
            repository.changeStatus(fresh, r.status(), fresh.statusSince(), "IMPORT", actor);
        }
    }

    private static boolean same(Asset a, Row r) {
        return a.type() == r.asset().type() && a.quantity().compareTo(r.asset().quantity()) == 0
                && a.unit().equals(r.asset().unit()) && a.value().compareTo(r.asset().value()) == 0
                && a.fundingSources().equals(r.sources()) && a.completedOn().equals(r.asset().completedOn())
                && Objects.equals(a.handedOverOn(), r.handedOverOn());
    }
}
