package org.budgetdisclosure.budget.catalogue;

import org.budgetdisclosure.budget.support.Catalogues;
import org.budgetdisclosure.budget.FieldError;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueFileTest {

    @Test
    void readsTheShippedCatalogueWithAllThirtyClasses() {
        YearCatalogue catalogue = Catalogues.shipped(2025);
        assertThat(catalogue.functionalClasses()).hasSize(30);
        assertThat(catalogue.functionalClasses().get(0).name()).isEqualTo("一般公共服务支出");
        assertThat(catalogue.functional("2150805")).map(Classification::name).contains("中小企业发展专项");
        assertThat(catalogue.governmentEconomicFor("30101")).map(Classification::name).contains("工资奖金津补贴");
    }

    @Test
    void agreesWithEveryReferenceListItWasBuiltFrom() {
        for (int year : new int[]{2025, 2026}) {
            YearCatalogue catalogue = Catalogues.shipped(year);
            var functional = CatalogueFile.classifications(read("functional_classification_" + year + ".csv"), ClassificationScheme.FUNCTIONAL);
            assertThat(functional.entries()).hasSizeGreaterThan(60);
            functional.entries().forEach(entry -> assertThat(catalogue.functional(entry.code())).as(entry.code()).contains(entry));
            var economic = CatalogueFile.classifications(read("dept_economic_classification_" + year + ".csv"),
                    ClassificationScheme.DEPARTMENT_ECONOMIC);
            assertThat(economic.entries()).hasSizeGreaterThan(30);
            economic.entries().forEach(entry -> assertThat(catalogue.departmentEconomic(entry.code())).as(entry.code()).contains(entry));
        }
        String mapping = read("dept_to_gov_economic_2020.csv");
        mapping.lines().skip(1).map(line -> line.split(",")).forEach(pair ->
                assertThat(Catalogues.shipped(2025).governmentEconomicFor(pair[0])).map(Classification::code).as(pair[0]).contains(pair[1]));
    }

    @Test
    void refusesACodeWhoseLevelDoesNotFitItsLength() {
        var parsed = CatalogueFile.classifications("code,name,level,parent_code\n208,社会保障和就业支出,款,\n", ClassificationScheme.FUNCTIONAL);
        assertThat(parsed.errors()).extracting(FieldError::field).containsExactly("line 2.level");
    }

    @Test
    void refusesAnEntryWithoutItsParent() {
        var parsed = CatalogueFile.classifications("code,name,level,parent_code\n2080501,行政单位离退休,项,20805\n", ClassificationScheme.FUNCTIONAL);
        assertThat(parsed.errors()).extracting(FieldError::reason).anyMatch(r -> r.contains("parent 20805"));
    }

    @Test
    void refusesDuplicatesAndAWrongHeader() {
        var duplicate = CatalogueFile.classifications("code,name,level,parent_code\n208,a,类,\n208,b,类,\n", ClassificationScheme.FUNCTIONAL);
        assertThat(duplicate.errors()).extracting(FieldError::reason).anyMatch(r -> r.contains("duplicate"));
        var header = CatalogueFile.classifications("id,title\n208,a\n", ClassificationScheme.FUNCTIONAL);
        assertThat(header.errors()).extracting(FieldError::field).containsExactly("line 1");
    }

    @Test
    void refusesAMappingToAnUnknownCode() {
        var parsed = CatalogueFile.mapping("dept_code,gov_code\n30101,59999\n", Set.of("30101"), Set.of("50101"));
        assertThat(parsed.errors()).extracting(FieldError::field).containsExactly("line 2.gov_code");
    }

    /** The cross-checked reference lists from real budgets (test resources, see reference/SOURCES.md). */
    private static String read(String name) {
        try (var in = CatalogueFileTest.class.getClassLoader().getResourceAsStream("reference/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
