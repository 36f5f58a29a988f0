package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #19: a county administrator creates the county's 50 village cadres from one spreadsheet in the browser;
 * a file with a problem in any row creates nobody and says where.
 */
@FupinTest
class BulkUsersIntegrationTest {

    static final String PASSWORD = "Qilian-county-2026";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired UserAdministration administration;
    @Autowired UserDirectory directory;

    @Test
    void fiftyCadresFromOneFileAllOrNone() throws Exception {
        Samples.importCounty(imports);
        assertThat(administration.add("bulk-county", Role.COUNTY_ADMIN, "620721000000", PASSWORD)).isEmpty();
        List<String> villages = Files.readAllLines(Samples.file("regions.csv"), StandardCharsets.UTF_8).stream()
                .skip(1).map(l -> l.split(",")[0]).filter(c -> !c.endsWith("000")).limit(50).toList();
        assertThat(villages).hasSize(50);
        WebSession county = new WebSession(port);
        county.logIn("bulk-county", PASSWORD);
        String page = county.get("/users").body();
        assertThat(page).contains("批量创建用户", "id=\"bulk-form\"");

        StringBuilder bad = new StringBuilder("姓名,登录名,角色,所属区划代码,单位\n");
        bad.append("甲干部,bulk-a,村干部,").append(villages.get(0)).append(",村委会\n");
        bad.append("乙干部,bulk-b,村长,").append(villages.get(1)).append(",村委会\n");
        bad.append("丙干部,bulk-a,村干部,").append(villages.get(2)).append(",村委会\n");
        String refused = county.upload("/users/bulk", "file", "bad.csv", bad.toString().getBytes(StandardCharsets.UTF_8),
                page).body();
        assertThat(refused).contains("第 3 行“角色”列：“村长”不是您能分配的角色");
        assertThat(directory.find(RegionScope.ALL, "bulk-a")).isEmpty();

        String duplicate = county.upload("/users/bulk", "file", "dup.csv", bad.toString().replace("村长", "村干部")
                .getBytes(StandardCharsets.UTF_8), page).body();
        assertThat(duplicate).contains("第 4 行（bulk-a）：这个用户名已经有人用了");
        assertThat(directory.find(RegionScope.ALL, "bulk-a")).as("nothing of a refused file is kept").isEmpty();

        StringBuilder good = new StringBuilder("姓名,登录名,角色,所属区划代码,单位\n");
        for (int i = 0; i < 50; i++) {
            good.append("村干部").append(i + 1).append(",cadre-").append(i + 1).append(",村干部,")
                    .append(villages.get(i)).append(",村民委员会\n");
        }
        String created = county.upload("/users/bulk", "file", "cadres.csv", good.toString().getBytes(StandardCharsets.UTF_8),
                page).body();

        assertThat(created).contains("已创建 50 个用户", "id=\"bulk-created\"", "cadre-50");
        for (int i = 1; i <= 50; i++) {
            assertThat(directory.find(RegionScope.ALL, "cadre-" + i)).as("cadre-" + i).isPresent();
        }
        java.util.regex.Matcher otp = java.util.regex.Pattern.compile(
                "<td>cadre-1</td>.*?<td class=\"font-monospace\">([^<]+)</td>", java.util.regex.Pattern.DOTALL)
                .matcher(created);
        assertThat(otp.find()).as("the one-time password of cadre-1 on the page").isTrue();
        WebSession cadre = new WebSession(port);
        assertThat(cadre.logIn("cadre-1", otp.group(1)).uri().getPath()).as(otp.group(1)).isEqualTo("/account");
    }
}
