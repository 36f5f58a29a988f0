package org.fupin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the module arrows one way and the domain rules free of Spring, SQL and the clock. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.fupin");

    @Test
    void domainRulesUseNeitherSpringNorSqlNorTheClock() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("..domain..")
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

    @Test
    void modulesHaveNoCycles() {
        slices().matching("org.fupin.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void coreModulesDoNotDependOnTheEdges() {
        noClasses().that().resideInAnyPackage("org.fupin.region..", "org.fupin.household..", "org.fupin.income..",
                        "org.fupin.dictionary..", "org.fupin.statistics..", "org.fupin.imports..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fupin.web..", "org.fupin.api..", "org.fupin.cli..",
                        "org.fupin.access..", "org.fupin.demo..")
                .check(CLASSES);
    }

    @Test
    void modulesReadOtherModulesOnlyThroughTheirPublicRoot() {
        noClasses().that().resideOutsideOfPackage("org.fupin.household..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.fupin.household.HouseholdRepository")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("org.fupin.statistics..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.fupin.statistics.StatisticsRepository")
                .check(CLASSES);
    }
}
