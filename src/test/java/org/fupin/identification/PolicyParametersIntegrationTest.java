package org.fupin.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fupin.FupinTest;
import org.fupin.identification.domain.Policy;
import org.fupin.income.PovertyLines;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyParametersIntegrationTest {

    @Autowired PolicyParameters parameters;

    @Test
    void aCountyMaySetItsOwnParametersButNotTheNationalOnes() {
        RegionScope county = new RegionScope("620721");
        PolicyParameters.Parameter national = new PolicyParameters.Parameter("STEP_DAYS", "", 2030, BigDecimal.TEN, "x");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parameters.setParameter(county, national, "county"))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(e.code()).isEqualTo("PREFIX_OUTSIDE_SCOPE"));
        parameters.setParameter(county, new PolicyParameters.Parameter("STEP_DAYS", "620721", 2030, BigDecimal.TEN, "x"), "county");
        assertThat(parameters.policy(2030, "620721101201").stepDays()).isEqualTo(10);
        assertThat(parameters.policy(2030, "620722101201").stepDays()).isEqualTo(15);
    }

    @Test
    void theSeededNationalParametersApplyEverywhere() {
        Policy policy = parameters.policy(2016, "620721101201");

        assertThat(policy.line()).isEqualByComparingTo("2952");
        assertThat(policy.standard()).isEqualTo(PovertyLines.NATIONAL);
        assertThat(policy.western()).isTrue();
        assertThat(policy.noticeDays("IDENTIFICATION_FIRST")).isEqualTo(5);
        assertThat(policy.noticeDays("EXIT")).isEqualTo(7);
        assertThat(policy.exitStableYears()).isEqualTo(1);
        assertThat(policy.waterRequiredFrom()).isEqualTo(2019);
        assertThat(policy.blockExitOfNewThisYear()).isTrue();
        assertThat(policy.villageLimits().forRegion(true)).isEqualByComparingTo("3.00");
        assertThat(policy.exclusions()).extracting(r -> r.code()).contains("VEHICLE", "COMMERCIAL_HOUSING")
                .doesNotContain("VILLAGE_CADRE");
    }

    @Test
    void aProvincialLineAndACountySettingOverrideTheNationalOnesFromTheirYear() {
        parameters.setPovertyLine(RegionScope.ALL, new PovertyLines.Entry(2016, PovertyLines.PROVINCIAL, "37", new BigDecimal("3402.00"),
                false, "test"), "admin");
        parameters.setParameter(RegionScope.ALL, new PolicyParameters.Parameter("NOTICE_DAYS.IDENTIFICATION_FIRST", "370101", 2016,
                new BigDecimal("7"), "county decision"), "admin");
        parameters.setParameter(RegionScope.ALL, new PolicyParameters.Parameter("EXCLUSION.VILLAGE_CADRE", "370101", 2016,
                BigDecimal.ONE, "county decision"), "admin");

        Policy jinan = parameters.policy(2016, "370101100201");
        Policy before = parameters.policy(2015, "370101100201");

        assertThat(jinan.line()).isEqualByComparingTo("3402.00");
        assertThat(jinan.standard()).isEqualTo(PovertyLines.PROVINCIAL);
        assertThat(jinan.western()).isFalse();
        assertThat(jinan.noticeDays("IDENTIFICATION_FIRST")).isEqualTo(7);
        assertThat(jinan.exclusions()).extracting(r -> r.code()).contains("VILLAGE_CADRE");
        assertThat(before.noticeDays("IDENTIFICATION_FIRST")).isEqualTo(5);
        assertThat(before.line()).isEqualByComparingTo("2855");
    }
}
