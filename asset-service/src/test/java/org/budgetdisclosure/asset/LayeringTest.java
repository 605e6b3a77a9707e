package org.budgetdisclosure.asset;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * REST → service → repository, with the pure domain (the package root: derivations, write rules, consistency rules,
 * money) depending on nothing around it. {@code api} holds the JSON shapes the REST layer reads and writes and
 * {@code mapping} builds from the domain; neither knows the REST layer, the services or the database.
 */
@AnalyzeClasses(packages = "org.budgetdisclosure.asset", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String ROOT = "org.budgetdisclosure.asset";
    private static final String API = ROOT + ".api..";
    private static final String CONFIG = ROOT + ".config..";
    private static final String ENTITY = ROOT + ".entity..";
    private static final String MAPPING = ROOT + ".mapping..";
    private static final String REPOSITORY = ROOT + ".repository..";
    private static final String REST = ROOT + ".rest..";
    private static final String SECURITY = ROOT + ".security..";
    private static final String SERVICE = ROOT + ".service..";

    @ArchTest
    static final ArchRule domainDependsOnNothingAroundIt = noClasses().that().resideInAPackage(ROOT)
            .should().dependOnClassesThat().resideInAnyPackage(API, CONFIG, ENTITY, MAPPING, REPOSITORY, REST, SECURITY, SERVICE);

    @ArchTest
    static final ArchRule domainDoesNoIo = noClasses().that().resideInAPackage(ROOT)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..", "io.vertx..",
                    "java.sql..", "io.agroal..", "org.eclipse.microprofile..");

    @ArchTest
    static final ArchRule apiShapesKnowOnlyTheDomain = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat().resideInAnyPackage(CONFIG, ENTITY, MAPPING, REPOSITORY, REST, SECURITY, SERVICE);

    @ArchTest
    static final ArchRule mappingKnowsNeitherRestNorServices = noClasses().that().resideInAPackage(MAPPING)
            .should().dependOnClassesThat().resideInAnyPackage(REST, SERVICE, REPOSITORY);

    @ArchTest
    static final ArchRule servicesDoNotKnowTheRestLayer = noClasses().that().resideInAPackage(SERVICE)
            .should().dependOnClassesThat().resideInAnyPackage(REST);

    @ArchTest
    static final ArchRule restDoesNotTouchTheDatabase = noClasses().that().resideInAPackage(REST)
            .should().dependOnClassesThat().resideInAnyPackage(REPOSITORY, "java.sql..", "io.agroal..", "org.hibernate..",
                    "jakarta.persistence..");

    @ArchTest
    static final ArchRule repositoriesKnowOnlyEntities = noClasses().that().resideInAPackage(REPOSITORY)
            .should().dependOnClassesThat().resideInAnyPackage(API, MAPPING, REST, SERVICE);

    @ArchTest
    static final ArchRule noCycles = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();
}
