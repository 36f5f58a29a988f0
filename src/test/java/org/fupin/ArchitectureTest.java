package org.fupin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the domain rules free of Spring, SQL and the clock; the module boundaries are {@link ModulesTest}'s. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.fupin");

    @Test
    void domainRulesAndTheKernelUseNeitherSpringNorSqlNorTheClock() {
        // package-info may carry the module annotation that opens a domain package to other modules (ModulesTest)
        noClasses().that().resideInAnyPackage("..domain..", "org.fupin.kernel..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("..domain..", "org.fupin.kernel..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .check(CLASSES);
    }

    @Test
    void pureValueTypesOfRegionAndIncomeStayFreeOfSpring() {
        noClasses().that().haveSimpleName("RegionCode").or().haveSimpleName("AnnualIncome").or().haveSimpleName("PovertyLine")
                .or().haveSimpleName("CodeList").or().haveSimpleName("CodeLists").or().haveSimpleName("Text")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..")
                .check(CLASSES);
    }
}
