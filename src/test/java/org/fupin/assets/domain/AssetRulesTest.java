package org.fupin.assets.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fupin.kernel.Reason;
import org.junit.jupiter.api.Test;

/** The asset rules as plain functions: each refusal names its reason. */
class AssetRulesTest {

    private static final LocalDate COMPLETED = LocalDate.of(2024, 9, 1);

    @Test
    void householdAssetsBelongToHouseholdsAndTheOthersToAPublicOwner() {
        assertThat(AssetRules.handOver(AssetType.HOUSEHOLD, AssetStatus.IN_USE, OwnerKind.VILLAGE_COLLECTIVE, "村集体",
                "村委会", COMPLETED, COMPLETED)).extracting(Reason::code).containsExactly("ASSET_OWNER_KIND");
        assertThat(AssetRules.handOver(AssetType.PRODUCTIVE, AssetStatus.IN_USE, OwnerKind.HOUSEHOLD, "某户",
                "某户", COMPLETED, COMPLETED)).extracting(Reason::code).containsExactly("ASSET_OWNER_KIND");
        assertThat(AssetRules.handOver(AssetType.HOUSEHOLD, AssetStatus.IN_USE, OwnerKind.HOUSEHOLD, "某户", "某户",
                COMPLETED, COMPLETED)).isEmpty();
    }

    @Test
    void rejectsAHandOverBeforeCompletionOrWithoutCustodian() {
        assertThat(AssetRules.handOver(AssetType.PUBLIC_WELFARE, AssetStatus.IN_USE, OwnerKind.COUNTY, "县交通局", " ",
                COMPLETED.minusDays(1), COMPLETED)).extracting(Reason::code)
                .containsExactly("ASSET_CUSTODIAN_MISSING", "ASSET_HANDOVER_BEFORE_COMPLETION");
    }

    @Test
    void rejectsADistributionWhosePartsDoNotAddUpToTheIncome() {
        Distribution d = new Distribution(2025, new BigDecimal("100.00"), new BigDecimal("50.00"), new BigDecimal("30.00"),
                BigDecimal.ZERO, List.of(new Distribution.Share(1, new BigDecimal("50.00"))));

        assertThat(AssetRules.distribution(AssetType.PRODUCTIVE, AssetStatus.IN_USE, COMPLETED, false, d))
                .containsExactly(Reason.of("ASSET_INCOME_PARTS", "80.00", "100.00"));
    }

    @Test
    void rejectsSharesThatRepeatAHouseholdOrMissTheHouseholdsPart() {
        Distribution d = new Distribution(2025, new BigDecimal("100.00"), new BigDecimal("100.00"), BigDecimal.ZERO,
                BigDecimal.ZERO, List.of(new Distribution.Share(1, new BigDecimal("30.00")),
                new Distribution.Share(1, new BigDecimal("30.00"))));

        assertThat(AssetRules.distribution(AssetType.PRODUCTIVE, AssetStatus.IN_USE, COMPLETED, false, d))
                .extracting(Reason::code).containsExactly("ASSET_SHARE_REPEATED");
        Distribution short_ = new Distribution(2025, new BigDecimal("100.00"), new BigDecimal("100.00"), BigDecimal.ZERO,
                BigDecimal.ZERO, List.of(new Distribution.Share(1, new BigDecimal("30.00"))));
        assertThat(AssetRules.distribution(AssetType.PRODUCTIVE, AssetStatus.IN_USE, COMPLETED, false, short_))
                .containsExactly(Reason.of("ASSET_SHARES_SUM", "30.00", "100.00"));
    }

    @Test
    void recordsIncomeOnlyOfProductiveAssetsOnceAYearFromTheirCompletion() {
        Distribution d = new Distribution(2023, new BigDecimal("10.00"), BigDecimal.ZERO, new BigDecimal("10.00"),
                BigDecimal.ZERO, List.of());

        assertThat(AssetRules.distribution(AssetType.PUBLIC_WELFARE, AssetStatus.DISPOSED, COMPLETED, true, d))
                .extracting(Reason::code).containsExactly("ASSET_NOT_PRODUCTIVE", "ASSET_DISPOSED",
                        "ASSET_INCOME_BEFORE_COMPLETION", "ASSET_INCOME_RECORDED");
    }

    @Test
    void disposalIsRequestedWithAReasonAndDecidedByAnotherAdministrator() {
        assertThat(AssetRules.statusChange(AssetStatus.IN_USE, AssetStatus.DISPOSED, "拆除")).extracting(Reason::code)
                .containsExactly("ASSET_DISPOSAL_NEEDS_APPROVAL");
        assertThat(AssetRules.statusChange(AssetStatus.IDLE, AssetStatus.DISPOSAL_REQUESTED, "")).extracting(Reason::code)
                .containsExactly("ASSET_DISPOSAL_REASON");
        assertThat(AssetRules.statusChange(AssetStatus.DAMAGED, AssetStatus.IN_USE, "")).isEmpty();
        assertThat(AssetRules.disposalDecision(AssetStatus.DISPOSAL_REQUESTED, "cadre", "cadre", true))
                .extracting(Reason::code).containsExactly("ASSET_DISPOSAL_SAME_PERSON");
        assertThat(AssetRules.disposalDecision(AssetStatus.IN_USE, "cadre", "county", true))
                .extracting(Reason::code).containsExactly("ASSET_NO_DISPOSAL_REQUEST");
    }
}
