package org.fupin.assets.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fupin.assets.Asset;
import org.fupin.assets.AssetSummary;
import org.fupin.assets.domain.AssetStatus;
import org.fupin.assets.domain.AssetType;
import org.fupin.assets.domain.OwnerKind;

/** The typed bodies and answers of the asset REST API. Money in yuan (at most 2 decimals), dates ISO. */
final class AssetRequests {

    private AssetRequests() {}

    /** One asset a completed project formed. */
    record NewAsset(String name, AssetType type, BigDecimal quantity, String unit, BigDecimal value,
                    LocalDate completedOn) {}

    /** The assets a completed project formed, all registered or none. */
    record RegisterRequest(List<NewAsset> assets) {}

    /** 移交: owner and custodian from a day. */
    record HandOverRequest(OwnerKind ownerKind, String ownerName, String custodian, LocalDate date) {}

    /** A new custodian from a day. */
    record CustodianRequest(String custodian, LocalDate from, String note) {}

    /** The hand-over notice (移交确权公示) of handed-over assets of one village. */
    record NoticeRequest(List<Long> assetIds, String title, LocalDate start, int days, String place) {}

    /** 确权 on a day, once the asset's notice may be closed. */
    record OwnershipRequest(LocalDate date) {}

    /** What one household received. */
    record ShareRequest(long householdId, BigDecimal amount) {}

    /** A year's income and its distribution; the households' part is the sum of the shares. */
    record IncomeRequest(int year, BigDecimal income, BigDecimal toCollective, BigDecimal reinvested, LocalDate date,
                         List<ShareRequest> shares) {}

    /** A new state (in use, idle, damaged, disposal requested) from a day, with its reason. */
    record StatusRequest(AssetStatus status, LocalDate date, String reason) {}

    /** The decision on a disposal request. */
    record DisposalRequest(boolean approve, LocalDate date, String comment) {}

    /** A refusal's reason: its stable code and the sentence the page shows. */
    record ReasonView(String code, String message) {}

    /** What a change did: the id written, or the reasons it was refused (nothing written then). */
    record ChangeResponse(Long id, List<ReasonView> reasons) {}

    /** An asset with its custody and state history and its incomes. */
    record AssetView(Asset asset, List<Asset.Custody> custody, List<Asset.StatusChange> history,
                     List<Asset.Income> incomes) {}

    /** A region's figures and alerts for a year. */
    record SummaryResponse(AssetSummary summary) {}
}
