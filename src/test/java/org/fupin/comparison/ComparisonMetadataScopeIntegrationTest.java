package org.fupin.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.comparison.domain.ListType;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #23: a village cadre saw the county's comparison metadata — every list's file name and department and the
 * county-wide totals of each run. The cadre now sees neither; the county administrator sees both.
 */
@FupinTest
class ComparisonMetadataScopeIntegrationTest {

    static final String PASSWORD = "Compare-scope-2026";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired Comparison comparison;
    @Autowired UserAdministration users;
    @TempDir Path dir;

    @Test
    void aVillageCadreSeesNoListFilesAndNoCountyWideRunTotals() throws Exception {
        Samples.importCounty(imports);
        Path list = dir.resolve("公安车辆名单-机密.csv");
        Files.writeString(list, "证件号码,姓名,车辆类型,购买价格（元）\n62072119700101001"
                + org.fupin.household.domain.IdNumber.checkCharacter("62072119700101001") + ",某人,小型轿车,150000\n",
                StandardCharsets.UTF_8);
        assertThat(comparison.importList(list, new ListSource(ListType.VEHICLE, "县公安局交警大队", LocalDate.of(2015, 12, 31)),
                Locale.SIMPLIFIED_CHINESE).report().accepted()).isTrue();
        comparison.run(RegionScope.ALL, "620721000000", 2015);
        assertThat(users.add("compare-cadre", Role.VILLAGE_CADRE, "620721101201", PASSWORD)).isEmpty();
        assertThat(users.add("compare-county", Role.COUNTY_ADMIN, "620721000000", PASSWORD)).isEmpty();

        WebSession cadre = new WebSession(port);
        cadre.logIn("compare-cadre", PASSWORD);
        String seen = cadre.get("/comparison").body();
        assertThat(seen).doesNotContain("公安车辆名单-机密.csv", "县公安局交警大队", "肃南裕固族自治县</td>");

        WebSession county = new WebSession(port);
        county.logIn("compare-county", PASSWORD);
        assertThat(county.get("/comparison").body()).contains("公安车辆名单-机密.csv", "县公安局交警大队");
    }
}
