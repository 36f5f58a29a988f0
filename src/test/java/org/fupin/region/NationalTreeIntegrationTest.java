package org.fupin.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fupin.FupinTest;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #26: the national township tree (../shared/data/china-townships.csv, the NBS codes of 44,699 regions) loads
 * whole, with the townships of the prefecture-level cities that have no counties under their city; loading it
 * again changes nothing.
 */
@FupinTest
class NationalTreeIntegrationTest {

    static final Path NATIONAL = Path.of("../shared/data/china-townships.csv");

    @Autowired Imports imports;
    @Autowired RegionDirectory regions;

    @Test
    void theNationalTownshipTreeImportsWithoutAnErrorAndCitiesWithoutCountiesListTheirTownships() {
        assertThat(NATIONAL).as("the national tree beside the project").exists();

        ImportReport first = imports.importRegions(NATIONAL, false, Imports.DEFAULT_LOCALE);

        assertThat(first.errors()).isEmpty();
        assertThat(first.accepted()).isTrue();
        for (String city : new String[] {"441900000000", "442000000000", "460400000000"}) {
            assertThat(regions.children(RegionScope.ALL, city)).as(city).isNotEmpty()
                    .allSatisfy(t -> assertThat(t.level()).isEqualTo(RegionLevel.TOWNSHIP));
        }
        long count = regions.subtree(RegionScope.ALL, "440000000000").size();
        ImportReport again = imports.importRegions(NATIONAL, false, Imports.DEFAULT_LOCALE);
        assertThat(again.accepted()).isTrue();
        assertThat(regions.subtree(RegionScope.ALL, "440000000000")).hasSize((int) count);
    }
}
