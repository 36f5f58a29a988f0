package org.fupin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The asset template imported over REST as the assets page imports it (issue #27): by the county administrator, all
 * or nothing (a rejected file is 422 with its rows located and writes nothing), the assets read back by the village's
 * cadre and the county; a cadre and an auditor get 403, another village's cadre does not see the asset.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetImportApiIntegrationTest {

    private static final String[] HEADER = {"行政区划代码", "村名称", "资产名称", "资产类别", "数量", "计量单位",
            "资产价值（元）", "资金来源", "竣工日期", "移交日期", "所有权人类别", "所有权人", "管护主体", "资产状态"};
    private static final String UPLOAD = "/api/v1/imports/assets";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;

    private ApiCallers callers;
    private byte[] good;
    private byte[] bad;

    @BeforeAll
    void countyFilesAndCallers() throws Exception {
        Samples.importCounty(imports);
        callers = ApiCallers.of(port, users, tokens, "asset-import");
        good = Files.readAllBytes(AssetWorkbooks.workbook(new String[][]{HEADER, {ApiCallers.VILLAGE, "", "API人饮工程",
                "公益性", "2.5", "公里", "150000.50", "统筹整合", "2018-10-01", "", "", "", "", ""}}));
        bad = Files.readAllBytes(AssetWorkbooks.workbook(new String[][]{HEADER, {ApiCallers.VILLAGE, "", "API光伏电站",
                "经营性", "1", "座", "不是数", "中央", "2019-06-30", "", "", "", "", ""}}));
    }

    @Test
    void theCountyImportsTheTemplateAllOrNothingAndTheVillageReadsItBack() throws Exception {
        assertThat(callers.ownCadre().upload(UPLOAD, "assets.xlsx", good).statusCode()).isEqualTo(403);
        assertThat(callers.auditor().upload(UPLOAD, "assets.xlsx", good).statusCode()).isEqualTo(403);
        HttpResponse<String> rejected = callers.county().upload(UPLOAD, "assets.xlsx", bad);
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(422);
        assertThat(rejected.body()).contains("资产价值");
        assertThat(assets(callers.county())).doesNotContain("API光伏电站");

        HttpResponse<String> accepted = callers.county().upload(UPLOAD, "assets.xlsx", good);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            assertThat(assets(reader)).contains("API人饮工程");
        }
        HttpResponse<String> outside = callers.otherCadre().get("/api/v1/assets/regions/" + ApiCallers.OTHER_VILLAGE
                + "/assets?year=2025");
        assertThat(outside.body()).doesNotContain("API人饮工程");
    }

    private static String assets(ApiCaller reader) throws Exception {
        HttpResponse<String> read = reader.get("/api/v1/assets/regions/" + ApiCallers.VILLAGE + "/assets?year=2025");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return read.body();
    }
}
