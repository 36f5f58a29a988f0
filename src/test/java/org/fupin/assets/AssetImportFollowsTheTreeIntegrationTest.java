package org.fupin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issues #25 and #26: the asset register is kept in the villages that exist now. After 北极村 merged into 北峰村
 * from 2016, a file that still places an asset in 北极村 is refused with the row located, and nothing is written;
 * an asset registered there before the merger stays there, and the township's rows by village still add up to
 * its total (the ended village has its own row).
 */
@FupinTest
class AssetImportFollowsTheTreeIntegrationTest {

    private static final String[] HEADER = {"行政区划代码", "村名称", "资产名称", "资产类别", "数量", "计量单位",
            "资产价值（元）", "资金来源", "竣工日期", "移交日期", "所有权人类别", "所有权人", "管护主体", "资产状态"};
    private static final String TOWNSHIP = "620721101000", MERGED = "620721101201", INTO = "620721101202";

    private static boolean prepared;

    @Autowired Imports imports;
    @Autowired AssetImports assetImports;
    @Autowired AssetLedger ledger;

    @BeforeEach
    void importTheCountyAnAssetInAVillageAndMergeThatVillageFrom2016() throws Exception {
        if (prepared) return; // the class shares one database
        prepared = true;
        Samples.importCounty(imports);
        assertThat(assetImports.importAssets(RegionScope.ALL, AssetWorkbooks.workbook(new String[][]{HEADER,
                {MERGED, "", "村道", "公益性", "3", "公里", "90000", "统筹整合", "2015-06-30", "", "", "", "", ""}}),
                false, Imports.DEFAULT_LOCALE, "importer").errors()).isEmpty();
        Path changes = Files.createTempFile("changes", ".csv");
        Files.writeString(changes, """
                年度,原代码,新代码,变更类型,新名称
                2016,620721101201,620721101202,合并,
                """);
        assertThat(imports.importRegionChanges(changes, false, Imports.DEFAULT_LOCALE).errors()).isEmpty();
    }

    @Test
    void refusesAnAssetInAVillageThatNoLongerExists() throws Exception {
        ImportReport report = assetImports.importAssets(RegionScope.ALL, AssetWorkbooks.workbook(new String[][]{HEADER,
                {INTO, "", "人饮工程", "公益性", "2.5", "公里", "150000.50", "统筹整合", "2018-10-01", "", "", "", "", ""},
                {MERGED, "", "村级光伏电站", "经营性", "1", "座", "320000", "中央", "2019-06-30", "", "", "", "", ""}}),
                false, Imports.DEFAULT_LOCALE, "importer");

        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).extracting(e -> e.row() + "|" + e.column() + "|" + e.value() + "|" + e.message())
                .containsExactly("3|行政区划代码|" + MERGED + "|这个村已于 2016 年撤并或撤销，请登记到现在的村");
        assertThat(ledger.list(RegionScope.ALL, TOWNSHIP, AssetFilter.all(2025))).extracting(Asset::name)
                .containsExactly("村道");
    }

    @Test
    void countsTheAssetsOfAMergedVillageInARowOfTheTownshipsVillagesSoTheRowsAddUpToTheTotal() {
        AssetSummary summary = ledger.summary(RegionScope.ALL, TOWNSHIP, 2025);

        assertThat(summary.total().count()).isEqualTo(1);
        assertThat(summary.children().stream().mapToLong(c -> c.figure().count()).sum()).isEqualTo(1);
        assertThat(summary.children()).filteredOn(c -> c.figure().count() > 0)
                .extracting(AssetSummary.Child::code, AssetSummary.Child::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MERGED, "北极村民委员会"));
        assertThat(summary.children()).extracting(AssetSummary.Child::code).contains(INTO);
    }
}
