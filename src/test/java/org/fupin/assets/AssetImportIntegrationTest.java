package org.fupin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.assets.domain.AssetStatus;
import org.fupin.assets.domain.AssetType;
import org.fupin.assets.domain.OwnerKind;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The asset template: a valid workbook creates its assets; a file with errors changes nothing and locates each
 * error by row, column and value in plain Chinese; an export imported back changes nothing.
 */
@FupinTest
class AssetImportIntegrationTest {

    private static final String[] HEADER = {"行政区划代码", "村名称", "资产名称", "资产类别", "数量", "计量单位",
            "资产价值（元）", "资金来源", "竣工日期", "移交日期", "所有权人类别", "所有权人", "管护主体", "资产状态"};
    private static final String TOWNSHIP = "620721101000";

    @Autowired Imports imports;
    @Autowired AssetImports assetImports;
    @Autowired AssetLedger ledger;
    @Autowired AssetTemplate template;
    @Autowired AssetRegister register;

    @BeforeEach
    void importTheCountyAndTwoAssets() throws Exception {
        Samples.importCounty(imports);
        ImportReport report = assetImports.importAssets(RegionScope.ALL, workbook(new String[][]{HEADER,
                {"620721101201", "", "村级光伏电站", "经营性", "1", "座", "320000", "中央、县级", "2019-06-30",
                        "2019-08-01", "村集体", "大都麻村股份经济合作社", "村光伏管护员", "在用"},
                {"620721101202", "", "人饮工程", "公益性", "2.5", "公里", "150000.50", "统筹整合", "2018/10/01", "",
                        "", "", "", "闲置"}}), false, Imports.DEFAULT_LOCALE, "importer");
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void createsTheAssetsOfAValidWorkbookWithTheirOwnersCustodiansAndStates() {
        List<Asset> assets = ledger.list(RegionScope.ALL, TOWNSHIP, AssetFilter.all(2025));

        assertThat(assets).extracting(Asset::name).containsExactly("村级光伏电站", "人饮工程");
        Asset solar = assets.get(0);
        assertThat(solar.type()).isEqualTo(AssetType.PRODUCTIVE);
        assertThat(solar.value()).isEqualByComparingTo("320000.00");
        assertThat(solar.fundingSources()).containsExactly("CENTRAL", "COUNTY");
        assertThat(solar.ownerKind()).isEqualTo(OwnerKind.VILLAGE_COLLECTIVE);
        assertThat(register.custody(RegionScope.ALL, solar.id())).extracting(Asset.Custody::custodian)
                .containsExactly("村光伏管护员");
        Asset water = assets.get(1);
        assertThat(water.quantity()).isEqualByComparingTo("2.50");
        assertThat(water.completedOn()).isEqualTo(LocalDate.of(2018, 10, 1));
        assertThat(water.status()).isEqualTo(AssetStatus.IDLE);
        assertThat(water.ownerKind()).isNull();
    }

    @Test
    void rejectsTheWholeFileWithEachErrorLocatedInPlainChinese() throws Exception {
        Path file = workbook(new String[][]{HEADER,
                {"620721101203", "", "蔬菜大棚", "经营性", "10", "座", "80000", "", "2020-05-01", "", "", "", "", ""},
                {"620721101204", "", "扶贫车间", "生产性", "1", "座", "90000", "", "2020-05-01", "", "", "", "", ""},
                {"620721101204", "", "养殖场", "经营性", "0", "座", "一万", "", "2020-13-01", "", "", "", "", ""},
                {"620721101205", "", "肉牛", "到户类", "2", "头", "12000.555", "省里", "2020-05-01", "2020-04-01",
                        "村集体", "", "", ""},
                {"620721101203", "", "蔬菜大棚", "经营性", "10", "座", "80000", "", "2020-05-01", "", "", "", "", ""},
                {"620721999999", "", "村道", "公益性", "1", "公里", "1000", "", "2020-05-01", "", "", "", "", "已处置"},
                {"620721101000", "", "", "公益性", "1", "公里", "1000", "", "2020-05-01", "", "", "", "", ""}});

        ImportReport report = assetImports.importAssets(RegionScope.ALL, file, false, Imports.DEFAULT_LOCALE, "importer");

        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).extracting(e -> e.row() + "|" + e.column() + "|" + e.value() + "|" + e.message())
                .containsExactlyInAnyOrder(
                        "3|资产类别|生产性|不是本栏允许的值，请从模板说明的选项中选择",
                        "4|数量|0|应为大于 0 的数量，最多保留 2 位小数",
                        "4|资产价值（元）|一万|应为金额（元），例如 1234.56",
                        "4|竣工日期|2020-13-01|应为日期，例如 2024-09-01",
                        "5|资产价值（元）|12000.555|金额最多保留 2 位小数",
                        "5|资金来源|省里|不是本栏允许的值，请从模板说明的选项中选择",
                        "5|移交日期|2020-04-01|移交日期不能早于竣工日期（2020-05-01）",
                        "5|所有权人|||所有权人类别和所有权人应同时填写或同时留空".replace("|||", "||"),
                        "5|所有权人类别|村集体|“到户类”资产的所有权人类别不对：到户类资产归农户所有，公益性和经营性资产归村集体、乡镇或县级所有",
                        "6|资产名称|蔬菜大棚|同一村的资产名称重复（另见第 2 行）",
                        "7|行政区划代码|620721999999|系统中没有这个村，请先导入行政区划表或核对代码",
                        "8|行政区划代码|620721101000|应为 12 位村级行政区划代码（后 3 位不能为 000）",
                        "8|资产名称||必填项，不能为空");
        assertThat(ledger.list(RegionScope.ALL, TOWNSHIP, AssetFilter.all(2025))).hasSize(2);
    }

    @Test
    void refusesToDisposeOfAnAssetThroughAnImport() throws Exception {
        Path file = workbook(new String[][]{HEADER,
                {"620721101202", "", "人饮工程", "公益性", "2.5", "公里", "150000.50", "统筹整合", "2018-10-01", "",
                        "", "", "", "已处置"}});

        ImportReport report = assetImports.importAssets(RegionScope.ALL, file, false, Imports.DEFAULT_LOCALE, "importer");

        assertThat(report.errors()).extracting(e -> e.row() + "|" + e.column() + "|" + e.code())
                .containsExactly("2|资产状态|ASSET_STATUS_NEEDS_APPROVAL");
    }

    @Test
    void anExportImportedBackChangesNothing() throws Exception {
        List<Asset> before = ledger.list(RegionScope.ALL, TOWNSHIP, AssetFilter.all(2025));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.write(RegionScope.ALL, TOWNSHIP, AssetFilter.all(2025), out);
        Path exported = Files.createTempFile("assets-export", ".xlsx");
        Files.write(exported, out.toByteArray());

        ImportReport report = assetImports.importAssets(RegionScope.ALL, exported, false, Imports.DEFAULT_LOCALE, "importer");

        assertThat(report.errors()).isEmpty();
        assertThat(report.rows()).isEqualTo(2);
        assertThat(ledger.list(RegionScope.ALL, TOWNSHIP, AssetFilter.all(2025))).isEqualTo(before);
        assertThat(register.custody(RegionScope.ALL, before.get(0).id())).hasSize(1);
    }

    private static Path workbook(String[][] cells) throws Exception {
        return AssetWorkbooks.workbook(cells);
    }
}
