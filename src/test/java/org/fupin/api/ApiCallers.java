package org.fupin.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.fupin.access.ApiTokens;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;

/**
 * The callers of a parity test (issue #27), each with a personal access token: a village cadre of {@link #VILLAGE},
 * a cadre of {@link #OTHER_VILLAGE}, a county administrator and an auditor, all of the sample county.
 */
public record ApiCallers(ApiCaller ownCadre, ApiCaller otherCadre, ApiCaller county, ApiCaller auditor) {

    public static final String COUNTY = "620721000000";
    public static final String VILLAGE = "620721101201";
    public static final String OTHER_VILLAGE = "620721101203";
    public static final String PASSWORD = "Hongwan-well-17";

    /** Makes the four users (names prefixed, so several test classes can share a database) and their tokens. */
    public static ApiCallers of(int port, UserAdministration users, ApiTokens tokens, String prefix) {
        return new ApiCallers(caller(port, users, tokens, prefix + "-cadre", Role.VILLAGE_CADRE, VILLAGE),
                caller(port, users, tokens, prefix + "-other", Role.VILLAGE_CADRE, OTHER_VILLAGE),
                caller(port, users, tokens, prefix + "-county", Role.COUNTY_ADMIN, COUNTY),
                caller(port, users, tokens, prefix + "-auditor", Role.AUDITOR, COUNTY));
    }

    /** One more user of that role and region (password {@value #PASSWORD}) calling with a personal token. */
    public static ApiCaller caller(int port, UserAdministration users, ApiTokens tokens, String name, Role role,
                                   String region) {
        assertThat(users.add(name, role, region, PASSWORD)).isEmpty();
        return ApiCaller.token(port, tokens.create(name, "parity test", 1, "admin").secret());
    }
}
