package org.fupin.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.assets.ProjectFixture.ALL;
import static org.fupin.assets.ProjectFixture.ok;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.assets.domain.AssetType;
import org.fupin.assets.domain.Distribution;
import org.fupin.assets.domain.OwnerKind;
import org.fupin.funds.Funds;
import org.fupin.funds.ProjectLibrary;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.imports.Imports;
import org.fupin.income.IncomeItem;
import org.fupin.income.IncomeItems;
import org.fupin.kernel.Reason;
import org.fupin.notice.NoticeKind;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "done when": a project from completion to two assets (one 公益性, one 经营性), ownership confirmed
 * with a hand-over notice, a year's income of the productive asset distributed to three households and found in
 * those households' income items, and region totals equal to the asset lists behind them.
 */
@FupinTest
class AssetsEndToEndIntegrationTest {

    private static final String VILLAGE = "620721101201";
    private static final String TOWNSHIP = "620721101000";
    private static final String COUNTY = "620721000000";

    @Autowired Imports imports;
    @Autowired ProjectLibrary library;
    @Autowired Funds funds;
    @Autowired HouseholdRegistry registry;
    @Autowired AssetRegister register;
    @Autowired AssetOwnership ownership;
    @Autowired AssetIncomes incomes;
    @Autowired AssetLedger ledger;
    @Autowired PublicNotices notices;
    @Autowired IncomeItems items;

    @Test
    void takesAProjectFromCompletionToAssetsOwnershipAndIncomeInHouseholdsRecords() {
        Samples.importCounty(imports);
        long project = new ProjectFixture(library, funds).completed(VILLAGE, "蔬菜大棚和村道项目", "E2E资产〔2024〕");
        long road = ok(register.fromProject(ALL, project, List.of(
                asset("村道硬化1公里", AssetType.PUBLIC_WELFARE, "1", "公里", "30000.00"),
                asset("蔬菜大棚20座", AssetType.PRODUCTIVE, "20", "座", "70000.00")), "clerk").orElseThrow());
        List<Asset> formed = register.ofProject(ALL, project);
        assertThat(formed).extracting(Asset::type).containsExactlyInAnyOrder(AssetType.PUBLIC_WELFARE, AssetType.PRODUCTIVE);
        assertThat(formed).allSatisfy(a -> assertThat(a.fundingSources()).containsExactly("CENTRAL", "COUNTY"));
        long greenhouse = formed.stream().filter(a -> a.type() == AssetType.PRODUCTIVE).findFirst().orElseThrow().id();

        ok(register.handOver(ALL, road, OwnerKind.VILLAGE_COLLECTIVE, "大都麻村股份经济合作社", "村委会",
                LocalDate.of(2024, 10, 1), "clerk").orElseThrow());
        ok(register.handOver(ALL, greenhouse, OwnerKind.VILLAGE_COLLECTIVE, "大都麻村股份经济合作社", "村蔬菜专业合作社",
                LocalDate.of(2024, 10, 1), "clerk").orElseThrow());
        long notice = ok(ownership.openNotice(ALL, List.of(road, greenhouse), "扶贫项目资产移交确权公示",
                LocalDate.of(2024, 10, 8), 7, "村务公开栏", "clerk"));
        assertThat(notices.notice(ALL, notice).orElseThrow().kind()).isEqualTo(NoticeKind.ASSET_HANDOVER);
        assertThat(ownership.confirm(ALL, road, LocalDate.of(2024, 10, 20), "clerk").orElseThrow().reasons())
                .extracting(Reason::code).containsExactly("notice.check.POSTED.fail");
        notices.recordPosting(ALL, notice, LocalDate.of(2024, 10, 8), "村务公开栏", "公示照片", "clerk");
        ok(ownership.confirm(ALL, road, LocalDate.of(2024, 10, 20), "clerk").orElseThrow());
        ok(ownership.confirm(ALL, greenhouse, LocalDate.of(2024, 10, 20), "clerk").orElseThrow());
        assertThat(register.asset(ALL, road).orElseThrow().ownershipConfirmedOn()).isEqualTo(LocalDate.of(2024, 10, 20));
        ok(register.changeCustodian(ALL, greenhouse, "村集体经济合作社", LocalDate.of(2025, 3, 1), "合作社改组", "clerk")
                .orElseThrow());
        assertThat(register.custody(ALL, greenhouse)).extracting(Asset.Custody::custodian)
                .containsExactly("村蔬菜专业合作社", "村集体经济合作社");
        assertThat(register.asset(RegionScope.of(RegionCode.of("620721101202")), greenhouse)).as("another village").isEmpty();

        List<HouseholdRow> three = registry.households(ALL, VILLAGE, 2015, 0, 3).rows();
        Distribution income = new Distribution(2025, new BigDecimal("9000.00"), new BigDecimal("6000.00"),
                new BigDecimal("2000.00"), new BigDecimal("1000.00"), List.of(
                share(three.get(0), "3000.00"), share(three.get(1), "2000.00"), share(three.get(2), "1000.00")));
        assertThat(incomes.distribute(ALL, road, income, LocalDate.of(2025, 12, 20), "clerk").orElseThrow().reasons())
                .extracting(Reason::code).containsExactly("ASSET_NOT_PRODUCTIVE");
        ok(incomes.distribute(ALL, greenhouse, income, LocalDate.of(2025, 12, 20), "clerk").orElseThrow());

        for (int i = 0; i < 3; i++) {
            List<IncomeItem> found = items.ofHousehold(COUNTY.substring(0, 6), three.get(i).householdNumber());
            assertThat(found).singleElement().satisfies(item -> {
                assertThat(item.year()).isEqualTo(2025);
                assertThat(item.component()).isEqualTo(IncomeItem.Component.PROPERTY);
                assertThat(item.item()).isEqualTo(AssetIncomes.DIVIDEND);
                assertThat(item.description()).isEqualTo("蔬菜大棚20座");
            });
        }
        assertThat(items.ofHousehold("620721", three.get(0).householdNumber()).get(0).amount()).isEqualByComparingTo("3000.00");

        for (String region : List.of(VILLAGE, TOWNSHIP, COUNTY)) {
            AssetSummary summary = ledger.summary(ALL, region, 2025);
            List<Asset> listed = ledger.list(ALL, region, AssetFilter.all(2025));
            assertThat(summary.total().count()).isEqualTo(listed.size()).isEqualTo(2);
            assertThat(summary.total().value()).isEqualByComparingTo(AssetLedger.sum(listed)).isEqualByComparingTo("100000.00");
            assertThat(summary.byType().get("PRODUCTIVE").value()).isEqualByComparingTo(AssetLedger.sum(ledger.list(ALL,
                    region, new AssetFilter(AssetType.PRODUCTIVE, null, null, null, 2025))));
            assertThat(summary.byOwner().get("VILLAGE_COLLECTIVE").count()).isEqualTo(2);
            assertThat(summary.income().toHouseholds()).isEqualByComparingTo("6000.00");
            assertThat(summary.productiveWithoutIncome().count()).isZero();
            assertThat(summary.projectsWithoutAssets()).isEmpty();
        }

        ok(register.handOver(ALL, road, OwnerKind.TOWNSHIP, "皇城镇人民政府", "镇交通站", LocalDate.of(2026, 1, 5), "clerk")
                .orElseThrow());
        assertThat(register.asset(ALL, road).orElseThrow()).as("a new owner is confirmed again")
                .satisfies(a -> assertThat(a.ownershipConfirmedOn()).isNull())
                .satisfies(a -> assertThat(a.noticeId()).isNull());
    }

    private static Asset.New asset(String name, AssetType type, String quantity, String unit, String value) {
        return new Asset.New(null, name, type, new BigDecimal(quantity), unit, new BigDecimal(value),
                LocalDate.of(2024, 9, 1));
    }

    private static Distribution.Share share(HouseholdRow household, String amount) {
        return new Distribution.Share(household.id(), new BigDecimal(amount));
    }
}
