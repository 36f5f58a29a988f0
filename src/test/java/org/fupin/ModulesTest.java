package org.fupin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries (ADR 0004): every direct package of {@code org.fupin} is a module, its root package is its
 * API, its sub-packages ({@code web}, {@code api}, {@code cli}, internals) are its own, and a {@code domain} package is
 * open to other modules only where it declares a named interface. No cycles.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(FupinApplication.class);

    @Test
    void modulesUseEachOtherOnlyThroughTheirApisAndFormNoCycles() {
        MODULES.verify();
    }

    /**
     * Writes the module documentation (PlantUML and a canvas per module) to target/modulith-docs, and checks that
     * the committed graph in docs/modules is the code's: copy target/modulith-docs to docs/modules when it changes.
     */
    @Test
    void theCommittedModuleGraphIsTheCodes() throws IOException {
        Path generated = Path.of("target/modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeDocumentation();
        // the Documenter writes the relations in no fixed order: compare them as a set of lines
        assertThat(new TreeSet<>(Files.readAllLines(Path.of("docs/modules/components.puml"))))
                .as("docs/modules/components.puml is stale: copy target/modulith-docs/*.puml to docs/modules/")
                .isEqualTo(new TreeSet<>(Files.readAllLines(generated.resolve("components.puml"))));
    }
}
