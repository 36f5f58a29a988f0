package org.fupin.funds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code assistance staffing|alerts|fund-share|import}: output, JSON and exit codes. */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistanceCommandsIntegrationTest {

    @Autowired AssistanceCommands commands;
    @Autowired Imports imports;

    @BeforeAll
    void importSampleCounty() {
        Samples.importCounty(imports);
    }

    @Test
    void printsTheStaffingOfAVillageWithNobodyAssigned() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = commands.run(args("staffing", "620721102201", "--on", "2016-01-01"), null, false, false, print(out));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("已配备 0 / 6 项").contains("缺 驻村工作队");
    }

    @Test
    void answersAlertsAsJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = commands.run(args("alerts", "620721102201", "--on", "2016-01-01", "--months", "3"), 2015, true, false,
                print(out));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"months\":3").contains("\"householdsWithoutCadre\":[{");
    }

    @Test
    void refusesUsageErrorsAndUnknownRegionsWithExitTwo() {
        PrintStream out = print(new ByteArrayOutputStream());

        assertThat(commands.run(args("fund-share", "620721000000"), null, false, false, out)).isEqualTo(2);
        assertThat(commands.run(args("staffing", "620721999999"), null, false, false, out)).isEqualTo(2);
        assertThat(commands.run(args("staffing", "620721102201", "--on", "yesterday"), null, false, false, out)).isEqualTo(2);
        assertThat(commands.run(args("import", "MEASURES", "/nonexistent.xlsx"), null, false, false, out)).isEqualTo(2);
    }

    private static List<String> args(String... args) {
        return new ArrayList<>(List.of(args));
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
