package org.fupin.identification.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FupinTest
class IdentificationCommandsIntegrationTest {

    @Autowired Imports imports;
    @Autowired IdentificationCommands commands;

    @Test
    void villageExitPrintsTheCalculationInChinese() {
        Samples.importCounty(imports);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int exit = commands.run(List.of("village-exit", "620721101202"), 2015, false,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(exit).isIn(0, 1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("贫困发生率", "3.00%");
    }

    @Test
    void aWrongCommandIsAUsageError() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        assertThat(commands.run(List.of("nonsense"), null, false, new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("identification cases");
    }
}
