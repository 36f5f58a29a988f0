package org.fupin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code import-facilities FILE --year Y} and {@code indicators compute CODE --year Y}, on the sample table. */
@FupinTest
class FacilityCommandsIntegrationTest {

    @Autowired Imports imports;
    @Autowired Cli cli;

    @Test
    void importsTheTableAndComputesTheTownshipsIndicators() {
        Samples.importCounty(imports);
        String file = Samples.file("facilities-2015.csv").toString();

        assertThat(cli.run(new String[] {"import-facilities", file, "--year", "2015"})).isZero();
        assertThat(cli.run(new String[] {"import-facilities", file})).isEqualTo(2);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = cli.run(new String[] {"indicators", "compute", "620721101000", "--overwrite", "--year", "2015",
                "--set", "COUNTY_SERVICES", "--json"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"indicatorCode\":\"S3\"", "\"numerator\":376",
                "\"denominator\":728", "\"decision\":\"SAVE\"");
        assertThat(cli.run(new String[] {"indicators", "compute", "620721101000", "--year", "2015", "--set", "NO_SUCH_SET",
                "--json"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEqualTo(2);
    }
}
