package org.fupin.monitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.monitoring.Monitoring;
import org.fupin.monitoring.Views;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FupinTest
class MonitoringCommandsIntegrationTest {

    static final String VILLAGE = "620721101202";

    @Autowired Imports imports;
    @Autowired Monitoring monitoring;
    @Autowired MonitoringCommands commands;

    @Test
    void theBoardAndItsListAgreeOnTheCommandLine() {
        Samples.importCounty(imports);
        monitoring.recordClue(RegionScope.ALL, new Views.ClueInput(VILLAGE, "TMC-1", "命令行户", 2,
                Views.Channel.CADRE_SCREENING, "", "ACCIDENT", LocalDate.of(2024, 4, 1), null, ""), "test");

        String board = run(List.of("board", VILLAGE, "--date", "2024-06-01", "--json"), 0);
        assertThat(board).contains("\"households\":1", "\"persons\":2", "\"key\":\"ACCIDENT\"");
        String list = run(List.of("list", VILLAGE, "--dimension", "RISK_TYPE", "--key", "ACCIDENT", "--date",
                "2024-06-01", "--json"), 0);
        assertThat(list).contains("TMC-1", "命令行户");
        assertThat(run(List.of("alerts", VILLAGE, "--date", "2024-06-01", "--json"), 0)).contains("DECISION_WITHIN_DAYS");
        run(List.of("nonsense"), 2);
    }

    private String run(List<String> args, int expectedExit) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = commands.run(args, null, args.contains("--json"), new PrintStream(bytes, true, StandardCharsets.UTF_8),
                r -> r.accepted() ? 0 : 1);
        assertThat(exit).as(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expectedExit);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
