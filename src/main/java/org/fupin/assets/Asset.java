package org.fupin.assets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fupin.assets.domain.AssetStatus;
import org.fupin.assets.domain.AssetType;
import org.fupin.assets.domain.OwnerKind;

/**
 * One registered asset: where it is, the project that formed it (null for an imported older asset), type,
 * quantity and unit, value in yuan (scale 2), the fund sources of its project's ledger (FundSource names),
 * completion and hand-over dates, owner and custodian (null until handed over), the hand-over notice and the day
 * ownership was confirmed, and its state since a day. The version guards forms (ADR 0031).
 */
public record Asset(long id, String countyCode, String villageCode, String villageName, Long projectId,
                    String projectName, String name, AssetType type, BigDecimal quantity, String unit,
                    BigDecimal value, List<String> fundingSources, LocalDate completedOn, LocalDate handedOverOn,
                    OwnerKind ownerKind, String ownerName, String custodian, Long noticeId,
                    LocalDate ownershipConfirmedOn, AssetStatus status, LocalDate statusSince, int version) {

    public Asset {
        fundingSources = List.copyOf(fundingSources);
    }

    /** Without an owner or a custodian (an alert unless disposed). */
    public boolean lacksOwnerOrCustodian() {
        return status.active() && (ownerKind == null || custodian == null || custodian.isBlank());
    }

    /** The fields of a new asset, as a page, REST, an import or the CLI give them. */
    public record New(String villageCode, String name, AssetType type, BigDecimal quantity, String unit,
                      BigDecimal value, LocalDate completedOn) {}

    /** One custody period (管护): who from which day, and who recorded it. */
    public record Custody(String custodian, LocalDate fromDate, String note, String recordedBy) {}

    /** One change of state with its reason and who recorded it. */
    public record StatusChange(AssetStatus from, AssetStatus to, LocalDate onDate, String reason, String recordedBy) {}

    /** A year's income and its three parts (yuan). */
    public record Income(long id, int year, BigDecimal income, BigDecimal toHouseholds, BigDecimal toCollective,
                         BigDecimal reinvested, LocalDate distributedOn) {}
}
