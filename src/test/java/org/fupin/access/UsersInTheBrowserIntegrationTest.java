package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #19: a county administrator creates a village cadre in the browser; the cadre logs in with the one-time
 * password, is taken to the password change from every page until it is done, and cannot administer users; a reset
 * gives a new one-time password, and the menu shows users to the administrator only.
 */
@FupinTest
class UsersInTheBrowserIntegrationTest {

    static final Pattern ONE_TIME = Pattern.compile("id=\"one-time-password\"[\\s\\S]*?<strong[^>]*>([A-Za-z0-9]{12})</strong>");

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired UserAdministration administration;

    @Test
    void aCountyAdministratorCreatesACadreWhoMustSetTheirOwnPasswordFirst() throws Exception {
        Samples.importCounty(imports);
        administration.add("county-users", Role.COUNTY_ADMIN, "620721000000", "Sunan-county-31");
        WebSession admin = new WebSession(port);
        admin.logIn("county-users", "Sunan-county-31");
        String page = admin.get("/users").body();
        assertThat(page).contains("id=\"nav-users\"", "id=\"user-form\"", "北极村民委员会").doesNotContain("系统管理员</option>");

        HttpResponse<String> created = admin.post("/users", Map.of("realName", "李梅", "username", "cadre-li",
                "role", "VILLAGE_CADRE", "region", "620721101201", "unit", "北极村委会"), page);
        Matcher password = ONE_TIME.matcher(created.body());
        assertThat(password.find()).as("a one-time password on the page").isTrue();
        assertThat(created.body()).contains("李梅", "村干部", "北极村民委员会", "待修改初始密码");

        WebSession cadre = new WebSession(port);
        HttpResponse<String> first = cadre.logIn("cadre-li", password.group(1));
        assertThat(first.uri().getPath()).isEqualTo("/account");
        assertThat(cadre.fetch("/monitoring").uri().getPath()).isEqualTo("/account");
        String account = cadre.get("/account").body();
        assertThat(account).contains("id=\"must-change\"");
        HttpResponse<String> weak = cadre.post("/account/password", Map.of("current", password.group(1),
                "next", "cadre-li-2026", "repeat", "cadre-li-2026"), account);
        assertThat(weak.body()).contains("不能包含用户名");
        HttpResponse<String> changed = cadre.post("/account/password", Map.of("current", password.group(1),
                "next", "Beiji-village-9", "repeat", "Beiji-village-9"), account);
        assertThat(changed.uri().getPath()).isEqualTo("/account");
        assertThat(changed.body()).contains("id=\"changed\"").doesNotContain("id=\"nav-users\"");
        assertThat(cadre.fetch("/monitoring").uri().getPath()).isEqualTo("/monitoring");
        HttpResponse<String> forbidden = cadre.fetch("/users");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("您的角色不能做这件事", "返回首页").doesNotContain("Whitelabel", "Forbidden");
        assertThat(cadre.get("/monitoring").body()).doesNotContain("id=\"nav-import\"", "id=\"nav-users\"")
                .contains("id=\"nav-account\"");

        String list = admin.get("/users?q=cadre-li").body();
        HttpResponse<String> reset = admin.post("/users/cadre-li/reset", Map.of(), list);
        Matcher again = ONE_TIME.matcher(reset.body());
        assertThat(again.find()).isTrue();
        WebSession oldPassword = new WebSession(port);
        assertThat(oldPassword.logIn("cadre-li", "Beiji-village-9").uri().getPath()).isEqualTo("/login");
        assertThat(new WebSession(port).logIn("cadre-li", again.group(1)).uri().getPath()).isEqualTo("/account");
    }
}
