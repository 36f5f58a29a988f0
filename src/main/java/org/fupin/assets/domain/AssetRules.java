package org.fupin.assets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fupin.kernel.Reason;

/**
 * When an asset may be registered, handed over, confirmed, earn and change state. Assets come from completed
 * projects (竣工 or 公告, 健全扶贫资产长效管理: register what the money built); a 到户类 asset belongs to its household
 * and the others to a public owner; money is yuan with at most two decimals, never negative.
 */
public final class AssetRules {

    private AssetRules() {}

    /** What a new asset must carry, whatever its origin (a project or an import). */
    public static List<Reason> newAsset(String name, BigDecimal quantity, String unit, BigDecimal value,
                                        LocalDate completedOn) {
        List<Reason> reasons = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 200) reasons.add(Reason.of("ASSET_NAME"));
        if (quantity == null || quantity.signum() <= 0 || quantity.scale() > 2) {
            reasons.add(Reason.of("ASSET_QUANTITY", String.valueOf(quantity)));
        }
        if (unit == null || unit.isBlank() || unit.strip().length() > 20) reasons.add(Reason.of("ASSET_UNIT"));
        reasons.addAll(money("ASSET_VALUE", value));
        if (completedOn == null) reasons.add(Reason.of("ASSET_COMPLETED_ON"));
        return reasons;
    }

    /** A project's assets are registered once it is completed (竣工) or announced (公告), at least one at a time. */
    public static List<Reason> fromProject(boolean projectCompleted, int assets) {
        List<Reason> reasons = new ArrayList<>();
        if (!projectCompleted) reasons.add(Reason.of("ASSET_PROJECT_NOT_COMPLETED"));
        if (assets == 0) reasons.add(Reason.of("ASSET_NONE"));
        return reasons;
    }

    /** 确权 to an owner: a 到户类 asset to its household, the others to the collective, township or county. */
    public static List<Reason> handOver(AssetType type, AssetStatus status, OwnerKind owner, String ownerName,
                                        String custodian, LocalDate date, LocalDate completedOn) {
        List<Reason> reasons = new ArrayList<>();
        if (!status.active()) reasons.add(Reason.of("ASSET_DISPOSED"));
        if (owner == null || ownerName == null || ownerName.isBlank()) reasons.add(Reason.of("ASSET_OWNER_MISSING"));
        else if ((type == AssetType.HOUSEHOLD) != (owner == OwnerKind.HOUSEHOLD)) {
            reasons.add(Reason.of("ASSET_OWNER_KIND", "assets.type." + type.name(), "assets.owner." + owner.name()));
        }
        if (custodian == null || custodian.isBlank()) reasons.add(Reason.of("ASSET_CUSTODIAN_MISSING"));
        if (date == null || date.isBefore(completedOn)) reasons.add(Reason.of("ASSET_HANDOVER_BEFORE_COMPLETION",
                String.valueOf(completedOn)));
        return reasons;
    }

    /** Ownership is confirmed once owner and custodian are recorded and the hand-over notice has been opened. */
    public static List<Reason> confirmOwnership(boolean ownerRecorded, Long noticeId, LocalDate confirmedOn) {
        List<Reason> reasons = new ArrayList<>();
        if (!ownerRecorded) reasons.add(Reason.of("ASSET_OWNER_MISSING"));
        if (noticeId == null) reasons.add(Reason.of("ASSET_NOTICE_MISSING"));
        if (confirmedOn != null) reasons.add(Reason.of("ASSET_ALREADY_CONFIRMED", confirmedOn.toString()));
        return reasons;
    }

    /**
     * A year's income of a productive, not disposed asset, not before the year it was completed, recorded once: the
     * parts add up to the income, the household shares to the households' part, each household once.
     */
    public static List<Reason> distribution(AssetType type, AssetStatus status, LocalDate completedOn,
                                            boolean yearRecorded, Distribution d) {
        List<Reason> reasons = new ArrayList<>();
        if (!type.earnsIncome()) reasons.add(Reason.of("ASSET_NOT_PRODUCTIVE"));
        if (!status.active()) reasons.add(Reason.of("ASSET_DISPOSED"));
        if (d.year() < completedOn.getYear()) reasons.add(Reason.of("ASSET_INCOME_BEFORE_COMPLETION", d.year()));
        if (yearRecorded) reasons.add(Reason.of("ASSET_INCOME_RECORDED", d.year()));
        for (BigDecimal part : List.of(d.income(), d.toHouseholds(), d.toCollective(), d.reinvested())) {
            reasons.addAll(money("ASSET_INCOME_AMOUNT", part));
        }
        if (!reasons.isEmpty()) return reasons;
        BigDecimal parts = d.toHouseholds().add(d.toCollective()).add(d.reinvested());
        if (parts.compareTo(d.income()) != 0) {
            reasons.add(Reason.of("ASSET_INCOME_PARTS", plain(parts), plain(d.income())));
        }
        reasons.addAll(shares(d));
        return reasons;
    }

    private static List<Reason> shares(Distribution d) {
        List<Reason> reasons = new ArrayList<>();
        if (d.toHouseholds().signum() > 0 && d.shares().isEmpty()) reasons.add(Reason.of("ASSET_SHARES_MISSING"));
        Set<Long> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Distribution.Share s : d.shares()) {
            if (!seen.add(s.householdId())) reasons.add(Reason.of("ASSET_SHARE_REPEATED"));
            if (s.amount() == null || s.amount().signum() <= 0 || s.amount().scale() > 2) {
                reasons.add(Reason.of("ASSET_INCOME_AMOUNT", String.valueOf(s.amount())));
            } else {
                sum = sum.add(s.amount());
            }
        }
        if (reasons.isEmpty() && sum.compareTo(d.toHouseholds()) != 0) {
            reasons.add(Reason.of("ASSET_SHARES_SUM", plain(sum), plain(d.toHouseholds())));
        }
        return reasons;
    }

    /**
     * A change of state: among in use, idle and damaged freely; disposal is asked for with a reason and needs an
     * approval; a disposed asset stays disposed.
     */
    public static List<Reason> statusChange(AssetStatus from, AssetStatus to, String reason) {
        if (from == to) return List.of(Reason.of("ASSET_STATUS_SAME", "assets.status." + to.name()));
        if (from == AssetStatus.DISPOSED) return List.of(Reason.of("ASSET_DISPOSED"));
        if (from == AssetStatus.DISPOSAL_REQUESTED || to == AssetStatus.DISPOSED) {
            return List.of(Reason.of("ASSET_DISPOSAL_NEEDS_APPROVAL"));
        }
        if (to == AssetStatus.DISPOSAL_REQUESTED && (reason == null || reason.isBlank())) {
            return List.of(Reason.of("ASSET_DISPOSAL_REASON"));
        }
        return List.of();
    }

    /** 处置 approved (or refused) by an administrator who did not ask for it. */
    public static List<Reason> disposalDecision(AssetStatus status, String requestedBy, String decidedBy,
                                                boolean deciderAdministers) {
        List<Reason> reasons = new ArrayList<>();
        if (status != AssetStatus.DISPOSAL_REQUESTED) reasons.add(Reason.of("ASSET_NO_DISPOSAL_REQUEST"));
        if (!deciderAdministers) reasons.add(Reason.of("ASSET_DISPOSAL_APPROVER_ROLE"));
        if (decidedBy != null && decidedBy.equals(requestedBy)) reasons.add(Reason.of("ASSET_DISPOSAL_SAME_PERSON"));
        return reasons;
    }

    private static List<Reason> money(String code, BigDecimal amount) {
        if (amount == null || amount.signum() < 0 || amount.scale() > 2
                || amount.compareTo(new BigDecimal("1000000000")) >= 0) {
            return List.of(Reason.of(code, String.valueOf(amount)));
        }
        return List.of();
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
