package org.fupin.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.assets.ProjectFixture.ALL;
import static org.fupin.assets.ProjectFixture.ok;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.assets.domain.AssetStatus;
import org.fupin.assets.domain.AssetType;
import org.fupin.assets.domain.Distribution;
import org.fupin.assets.domain.OwnerKind;
import org.fupin.funds.Funds;
import org.fupin.funds.Project;
import org.fupin.funds.ProjectLibrary;
import org.fupin.imports.Imports;
import org.fupin.kernel.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each alert of the ledger, shown and then cleared by the step it asks for: a completed project without assets, an
 * asset without owner or custodian, a productive asset without the year's income; and the 处置 flag that needs an
 * approval by someone else. Each test uses its own village so the counts are its own.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetAlertsIntegrationTest {

    @Autowired Imports imports;
    @Autowired ProjectLibrary library;
    @Autowired Funds funds;
    @Autowired AssetRegister register;
    @Autowired AssetIncomes incomes;
    @Autowired AssetStates states;
    @Autowired AssetLedger ledger;

    @BeforeAll
    void importTheCounty() {
        Samples.importCounty(imports);
    }

    @Test
    void listsACompletedProjectWithoutAssetsUntilItsAssetsAreRegistered() {
        String village = "620721101202";
        long project = new ProjectFixture(library, funds).completed(village, "村道硬化项目", "ALERT1〔2024〕");

        assertThat(ledger.summary(ALL, village, 2025).projectsWithoutAssets()).extracting(Project::id).containsExactly(project);

        ok(register.fromProject(ALL, project, List.of(asset("村道1公里", AssetType.PUBLIC_WELFARE)), "clerk").orElseThrow());
        assertThat(ledger.summary(ALL, village, 2025).projectsWithoutAssets()).isEmpty();
    }

    @Test
    void refusesAssetsOfAProjectNotYetCompleted() {
        String village = "620721101203";
        long project = ok(library.apply(ALL, 2024, new org.fupin.funds.domain.ProjectFields("在建项目", "INDUSTRY", "NEW",
                village, "2024年", "县农业农村局", "任务", "资金", "受益", "目标", "机制"), new BigDecimal("1000.00"),
                LocalDate.of(2024, 1, 1)));

        assertThat(register.fromProject(ALL, project, List.of(asset("大棚", AssetType.PRODUCTIVE)), "clerk").orElseThrow()
                .reasons()).extracting(Reason::code).containsExactly("ASSET_PROJECT_NOT_COMPLETED");
        assertThat(ledger.summary(ALL, village, 2025).projectsWithoutAssets()).isEmpty();
    }

    @Test
    void countsAssetsWithoutOwnerOrCustodianAndListsExactlyThose() {
        String village = "620721101204";
        long project = new ProjectFixture(library, funds).completed(village, "饮水项目", "ALERT2〔2024〕");
        ok(register.fromProject(ALL, project, List.of(asset("蓄水池", AssetType.PUBLIC_WELFARE),
                asset("管网", AssetType.PUBLIC_WELFARE)), "clerk").orElseThrow());
        AssetFilter alert = new AssetFilter(null, null, null, AssetFilter.Alert.WITHOUT_OWNER_OR_CUSTODIAN, 2025);

        assertThat(ledger.summary(ALL, village, 2025).withoutOwnerOrCustodian().count()).isEqualTo(2);
        List<Asset> listed = ledger.list(ALL, village, alert);
        assertThat(listed).hasSize(2);

        ok(register.handOver(ALL, listed.get(0).id(), OwnerKind.VILLAGE_COLLECTIVE, "村股份经济合作社", "村水管员",
                LocalDate.of(2024, 10, 1), "clerk").orElseThrow());
        assertThat(ledger.summary(ALL, village, 2025).withoutOwnerOrCustodian().count()).isEqualTo(1);
        assertThat(ledger.list(ALL, village, alert)).extracting(Asset::id).containsExactly(listed.get(1).id());
    }

    @Test
    void countsProductiveAssetsWithoutTheYearsIncomeUntilItIsRecorded() {
        String village = "620721101205";
        long project = new ProjectFixture(library, funds).completed(village, "光伏项目", "ALERT3〔2024〕");
        ok(register.fromProject(ALL, project, List.of(asset("光伏电站", AssetType.PRODUCTIVE),
                asset("光伏道路", AssetType.PUBLIC_WELFARE)), "clerk").orElseThrow());
        Asset solar = ledger.list(ALL, village, new AssetFilter(AssetType.PRODUCTIVE, null, null, null, 2025)).get(0);
        AssetFilter alert = new AssetFilter(null, null, null, AssetFilter.Alert.PRODUCTIVE_WITHOUT_INCOME, 2025);

        assertThat(ledger.summary(ALL, village, 2025).productiveWithoutIncome().count()).isEqualTo(1);
        assertThat(ledger.list(ALL, village, alert)).extracting(Asset::id).containsExactly(solar.id());
        assertThat(ledger.summary(ALL, village, 2023).productiveWithoutIncome().count()).as("before completion").isZero();

        ok(incomes.distribute(ALL, solar.id(), new Distribution(2025, new BigDecimal("5000.00"), BigDecimal.ZERO,
                new BigDecimal("5000.00"), BigDecimal.ZERO, List.of()), LocalDate.of(2025, 12, 31), "clerk").orElseThrow());
        assertThat(ledger.summary(ALL, village, 2025).productiveWithoutIncome().count()).isZero();
        assertThat(ledger.summary(ALL, village, 2026).productiveWithoutIncome().count()).isEqualTo(1);
    }

    @Test
    void flagsIdleAndDisposedAssetsAndDisposesOnlyWithAnotherAdministratorsApproval() {
        String village = "620721101206";
        long project = new ProjectFixture(library, funds).completed(village, "车间项目", "ALERT4〔2024〕");
        long id = ok(register.fromProject(ALL, project, List.of(asset("扶贫车间", AssetType.PRODUCTIVE)), "clerk").orElseThrow());

        ok(states.change(ALL, id, AssetStatus.IDLE, LocalDate.of(2025, 3, 1), "企业撤出", "clerk").orElseThrow());
        assertThat(ledger.summary(ALL, village, 2025).flagged().count()).isEqualTo(1);
        assertThat(states.change(ALL, id, AssetStatus.DISPOSED, LocalDate.of(2025, 4, 1), "拆除", "clerk").orElseThrow()
                .reasons()).extracting(Reason::code).containsExactly("ASSET_DISPOSAL_NEEDS_APPROVAL");
        ok(states.change(ALL, id, AssetStatus.DISPOSAL_REQUESTED, LocalDate.of(2025, 4, 1), "厂房拆除", "clerk").orElseThrow());
        assertThat(states.decideDisposal(ALL, id, true, LocalDate.of(2025, 4, 5), "同意", "clerk", true).orElseThrow()
                .reasons()).extracting(Reason::code).containsExactly("ASSET_DISPOSAL_SAME_PERSON");
        assertThat(states.decideDisposal(ALL, id, true, LocalDate.of(2025, 4, 5), "同意", "cadre", false).orElseThrow()
                .reasons()).extracting(Reason::code).containsExactly("ASSET_DISPOSAL_APPROVER_ROLE");
        ok(states.decideDisposal(ALL, id, true, LocalDate.of(2025, 4, 5), "同意处置", "county", true).orElseThrow());

        assertThat(register.asset(ALL, id).orElseThrow().status()).isEqualTo(AssetStatus.DISPOSED);
        assertThat(states.history(ALL, id)).extracting(Asset.StatusChange::to)
                .containsExactly(AssetStatus.IDLE, AssetStatus.DISPOSAL_REQUESTED, AssetStatus.DISPOSED);
        assertThat(ledger.summary(ALL, village, 2025).productiveWithoutIncome().count()).as("disposed").isZero();
    }

    private static Asset.New asset(String name, AssetType type) {
        return new Asset.New(null, name, type, BigDecimal.ONE, "处", new BigDecimal("50000.00"), LocalDate.of(2024, 9, 1));
    }
}
