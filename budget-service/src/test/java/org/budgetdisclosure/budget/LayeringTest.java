package org.budgetdisclosure.budget;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The domain rules (table derivations, figures, checks, catalogues) stay pure: they know nothing
 * of HTTP, persistence or the services around them, so they can be tested and reused on their own.
 */
@AnalyzeClasses(packages = "org.budgetdisclosure.budget", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String[] DOMAIN = {
            "org.budgetdisclosure.budget",
            "org.budgetdisclosure.budget.tables..",
            "org.budgetdisclosure.budget.figures..",
            "org.budgetdisclosure.budget.validation..",
            "org.budgetdisclosure.budget.catalogue.."};

    @ArchTest
    static final ArchRule domainRulesDoNotDependOnTheLayersAroundThem = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.budgetdisclosure.budget.rest..", "org.budgetdisclosure.budget.service..",
                    "org.budgetdisclosure.budget.repository..", "org.budgetdisclosure.budget.config..");

    @ArchTest
    static final ArchRule domainRulesDoNoIo = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws..", "jakarta.persistence..", "java.sql..",
                    "io.agroal..", "jakarta.transaction..", "io.vertx..");

    @ArchTest
    static final ArchRule resourcesDoNotTouchTheDatabase = noClasses().that().resideInAPackage("org.budgetdisclosure.budget.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "io.agroal..", "org.budgetdisclosure.budget.repository..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.budgetdisclosure.budget.(*)..").should().beFreeOfCycles();
}
