package org.fupin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.identification.VillageExitConditions;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The village exit conditions have the CLI beside their page and REST: set one, list it, a wrong type is refused. */
@FupinTest
class VillageExitConditionCommandsIntegrationTest {

    @Autowired Imports imports;
    @Autowired Cli cli;
    @Autowired VillageExitConditions conditions;

    @Test
    void setsAndListsAConditionAndRefusesAnUnknownFacilityType() {
        Samples.importCounty(imports);

        assertThat(cli.run(new String[] {"village-exit-condition", "set", "620721", "--from", "2016", "--type", "TAP_WATER",
                "--min", "1", "--source", "县扶贫办文件"})).isZero();
        assertThat(conditions.inForce(2016, "620721101201")).contains(new VillageExitConditions.Condition("TAP_WATER", 1));
        assertThat(conditions.inForce(2015, "620721101201")).doesNotContain(new VillageExitConditions.Condition("TAP_WATER", 1));

        ByteArrayOutputStream listed = new ByteArrayOutputStream();
        assertThat(cli.run(new String[] {"village-exit-condition", "list"}, new PrintStream(listed, true, StandardCharsets.UTF_8))).isZero();
        assertThat(listed.toString(StandardCharsets.UTF_8)).contains("620721", "TAP_WATER", "县扶贫办文件");

        assertThat(cli.run(new String[] {"village-exit-condition", "set", "620721", "--from", "2016", "--type", "NO_SUCH",
                "--min", "1", "--source", "x"})).isEqualTo(1);
        assertThat(cli.run(new String[] {"village-exit-condition", "set", "620721"})).isEqualTo(2);
    }
}
