package org.budgetdisclosure.budget.validation;

import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.FieldError;
import org.budgetdisclosure.budget.FundingSource;
import org.budgetdisclosure.budget.Limits;
import org.budgetdisclosure.budget.Project;
import org.budgetdisclosure.budget.ProjectAmount;
import org.budgetdisclosure.budget.Unit;
import org.budgetdisclosure.budget.UnitType;
import org.budgetdisclosure.budget.catalogue.CatalogueFile;
import org.budgetdisclosure.budget.catalogue.ClassificationScheme;
import org.budgetdisclosure.budget.catalogue.YearCatalogue;
import org.budgetdisclosure.budget.publication.RevisionRule;
import org.budgetdisclosure.budget.support.Catalogues;
import org.budgetdisclosure.budget.support.SampleBudget;
import org.budgetdisclosure.budget.validation.Finding.Location;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented limits are what the rules enforce: one over each limit is refused naming the field. */
class LimitsRulesTest {

    private final YearCatalogue catalogue = Catalogues.shipped(2025);

    @Test
    void aProjectHoldsAtMostOneAmountPerFundingSourceAndYearOfFunds() {
        assertThat(Limits.PROJECT_AMOUNTS).isEqualTo(2 * FundingSource.values().length);
        Budget sample = SampleBudget.budget();
        Project first = sample.projects().get(0);
        List<ProjectAmount> amounts = new ArrayList<>(Collections.nCopies(Limits.PROJECT_AMOUNTS + 1,
                new ProjectAmount(FundingSource.UNIT_FUNDS, false, BigDecimal.ONE)));
        List<Project> projects = new ArrayList<>(sample.projects());
        projects.set(0, new Project(first.code(), first.name(), first.functionalCode(), first.category(), amounts));
        assertThat(BudgetDocumentRules.check(withProjects(sample, projects), catalogue))
                .contains(new FieldError("projects[0].amounts", "must have at most 10 entries (one per funding source, this year and carried over)"));
    }

    @Test
    void aProjectNameAndCodeOneOverTheLimitAreNamed() {
        Budget sample = SampleBudget.budget();
        Project first = sample.projects().get(0);
        List<Project> projects = new ArrayList<>(sample.projects());
        projects.set(0, new Project("P".repeat(Limits.PROJECT_CODE + 1), "名".repeat(Limits.PROJECT_NAME + 1), first.functionalCode(),
                first.category(), first.amounts()));
        assertThat(BudgetDocumentRules.check(withProjects(sample, projects), catalogue)).extracting(FieldError::field)
                .contains("projects[0].code", "projects[0].name");
    }

    @Test
    void anAmountWrittenWithMoreThanNineteenCharactersIsRefusedEvenWhenItsValueFits() {
        Budget sample = SampleBudget.budget();
        Project first = sample.projects().get(0);
        List<Project> projects = new ArrayList<>(sample.projects());
        projects.set(0, new Project(first.code(), first.name(), first.functionalCode(), first.category(),
                List.of(new ProjectAmount(FundingSource.GENERAL_PUBLIC_BUDGET, false, new BigDecimal("1200000.000000000000000")))));
        assertThat(BudgetDocumentRules.check(withProjects(sample, projects), catalogue)).extracting(FieldError::field)
                .contains("projects[0].amounts[0].amount");
        assertThat(new BigDecimal("9999999999999999.99").toPlainString()).hasSize(Limits.MONEY_TEXT);
    }

    @Test
    void staffingHoldsOneEntryPerYearAndBoundedHeadcounts() {
        List<Unit.Staffing> tooMany = IntStream.rangeClosed(0, Limits.STAFFING).mapToObj(i -> new Unit.Staffing(2000 + i, 1, 1)).toList();
        assertThat(UnitRules.check(unit(tooMany))).extracting(FieldError::field).containsExactly("staffing");
        List<FieldError> errors = UnitRules.check(unit(List.of(new Unit.Staffing(2025, Limits.MAX_STAFF + 1, -1))));
        assertThat(errors).extracting(FieldError::field).containsExactly("staffing[0].authorizedPositions", "staffing[0].actualStaff");
        assertThat(UnitRules.check(unit(List.of(new Unit.Staffing(2025, Limits.MAX_STAFF, 0))))).isEmpty();
    }

    @Test
    void aCatalogueNameOneOverTheColumnIsNamedByItsLine() {
        String csv = "code,name,level,parent_code\n208," + "名".repeat(Limits.NAME + 1) + ",类,\n";
        CatalogueFile.Parsed<?> parsed = CatalogueFile.classifications(csv, ClassificationScheme.FUNCTIONAL);
        assertThat(parsed.errors()).extracting(FieldError::field).containsExactly("line 2.name");
    }

    @Test
    void aUnitYearKeepsAtMostAThousandRevisions() {
        assertThat(RevisionRule.decide(Limits.MAX_REVISIONS, Limits.MAX_REVISIONS - 1, null, "sha256:a", false))
                .isEqualTo(RevisionRule.Outcome.FREEZE);
        assertThat(RevisionRule.decide(Limits.MAX_REVISIONS + 1, Limits.MAX_REVISIONS, "sha256:a", "sha256:b", false))
                .isEqualTo(RevisionRule.Outcome.TOO_MANY);
    }

    @Test
    void outputThatQuotesInputIsCutToItsDocumentedLength() {
        FieldError error = new FieldError("f".repeat(500), "must be digits: " + "x".repeat(100_000));
        assertThat(error.field()).hasSize(Limits.LABEL);
        assertThat(error.reason()).hasSize(Limits.MESSAGE).endsWith("…");
        Finding finding = new Finding("BGT-X", Severity.INFO, "中".repeat(5000), "e".repeat(5000), Location.table(6, "r".repeat(1000), "c"));
        assertThat(finding.messageZh()).hasSize(Limits.MESSAGE);
        assertThat(finding.location().row()).hasSize(Limits.ROW);
    }

    private static Budget withProjects(Budget sample, List<Project> projects) {
        return new Budget(sample.unitCode(), sample.fiscalYear(), sample.status(), sample.version(), sample.disclosureDate(),
                sample.income(), sample.expenditureLines(), sample.basicExpenditureByEconomic(), projects,
                sample.threePublicExpenses(), sample.operatingExpenses(), sample.priorYear(), sample.texts());
    }

    private static Unit unit(List<Unit.Staffing> staffing) {
        return new Unit("402001", "测试单位", "140404", UnitType.PUBLIC_INSTITUTION, null, null, List.of(), null, staffing);
    }
}
