package org.budgetdisclosure.budget.validation;

import org.budgetdisclosure.budget.AuthoredTexts;
import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.EconomicLine;
import org.budgetdisclosure.budget.FundingSource;
import org.budgetdisclosure.budget.IncomeLine;
import org.budgetdisclosure.budget.OperatingExpenseLine;
import org.budgetdisclosure.budget.PriorYearFigures;
import org.budgetdisclosure.budget.Project;
import org.budgetdisclosure.budget.ProjectAmount;
import org.budgetdisclosure.budget.UnitType;
import org.budgetdisclosure.budget.catalogue.YearCatalogue;
import org.budgetdisclosure.budget.support.Catalogues;
import org.budgetdisclosure.budget.support.SampleBudget;
import org.budgetdisclosure.budget.tables.BudgetTableDeriver;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetRulesTest {

    private final YearCatalogue catalogue = Catalogues.shipped(2025);
    private final Budget sample = SampleBudget.budget();

    @Test
    void findsNoErrorOrWarningInTheSample() {
        List<Finding> findings = check(sample, UnitType.PUBLIC_INSTITUTION);
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(findings).extracting(Finding::ruleId).contains(BudgetRules.DISPLAY_ROUNDING, BudgetRules.OPERATING_EXPENSES);
    }

    @Test
    void pointsAtTheRowsWhosePrintedFiguresDoNotAddUp() {
        assertThat(check(sample, UnitType.PUBLIC_INSTITUTION)).filteredOn(f -> f.ruleId().equals(BudgetRules.DISPLAY_ROUNDING))
                .extracting(f -> f.location().table() + "/" + f.location().row() + "/" + f.location().column())
                .contains("6/301 工资福利支出/total", "3/合计/total", "3/合计/basic");
    }

    @Test
    void findsIncomeThatDoesNotEqualExpenditure() {
        Budget unbalanced = with(sample, List.of(new IncomeLine(FundingSource.GENERAL_PUBLIC_BUDGET, false, new BigDecimal("4229000.00"))),
                sample.basicExpenditureByEconomic(), sample.projects(), sample.texts());
        assertThat(errors(unbalanced)).contains(BudgetRules.BALANCE, BudgetRules.INCOME_BY_SOURCE);
    }

    @Test
    void toleratesHalfAUnitPerTermForFiguresThatArrivedRounded() {
        Budget rounded = with(sample, List.of(new IncomeLine(FundingSource.GENERAL_PUBLIC_BUDGET, false, new BigDecimal("4229600.00"))),
                sample.basicExpenditureByEconomic(), sample.projects(), sample.texts());
        // expenditure lines are not whole hundreds, so the data did not arrive rounded: still an error
        assertThat(errors(rounded)).contains(BudgetRules.BALANCE);
    }

    @Test
    void findsBasicExpenditureWhoseEconomicBreakdownDiffers() {
        List<EconomicLine> economic = new ArrayList<>(sample.basicExpenditureByEconomic());
        economic.set(0, new EconomicLine("30101", FundingSource.GENERAL_PUBLIC_BUDGET, false, new BigDecimal("432000.00")));
        assertThat(errors(with(sample, sample.income(), economic, sample.projects(), sample.texts())))
                .containsExactly(BudgetRules.BASIC_BY_ECONOMIC);
    }

    @Test
    void findsProjectsThatDoNotAddUpToTheirLines() {
        List<Project> projects = new ArrayList<>(sample.projects());
        Project first = projects.get(0);
        projects.set(0, new Project(first.code(), first.name(), first.functionalCode(), first.category(),
                List.of(new ProjectAmount(FundingSource.GENERAL_PUBLIC_BUDGET, false, new BigDecimal("1100000.00")))));
        assertThat(errors(with(sample, sample.income(), sample.basicExpenditureByEconomic(), projects, sample.texts())))
                .contains(BudgetRules.PROJECTS_MATCH_LINES, BudgetRules.TABLES_AGREE);
    }

    @Test
    void asksForAReasonWhenSpendingChangesByTenPercentOrMore() {
        AuthoredTexts noReason = new AuthoredTexts(null, null, null, null);
        assertThat(check(with(sample, sample.income(), sample.basicExpenditureByEconomic(), sample.projects(), noReason),
                UnitType.PUBLIC_INSTITUTION))
                .filteredOn(f -> f.ruleId().equals(BudgetRules.CHANGE_REASON))
                .extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void refusesPlaceholderTextInAPublishedDocument() {
        AuthoredTexts placeholder = new AuthoredTexts("主要原因是XX", null, null, "待填");
        assertThat(errors(with(sample, sample.income(), sample.basicExpenditureByEconomic(), sample.projects(), placeholder)))
                .containsExactly(BudgetRules.PLACEHOLDER, BudgetRules.PLACEHOLDER);
    }

    @Test
    void expectsOperatingExpensesToEqualTheOperatingPartForAdministrativeUnits() {
        assertThat(check(sample, UnitType.ADMINISTRATIVE)).filteredOn(f -> f.ruleId().equals(BudgetRules.OPERATING_EXPENSES)).isEmpty();
        Budget other = new Budget(sample.unitCode(), sample.fiscalYear(), sample.status(), 1, null, sample.income(),
                sample.expenditureLines(), sample.basicExpenditureByEconomic(), sample.projects(), sample.threePublicExpenses(),
                List.of(new OperatingExpenseLine("x", FundingSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("100.00"))),
                sample.priorYear(), sample.texts());
        assertThat(check(other, UnitType.ADMINISTRATIVE)).filteredOn(f -> f.ruleId().equals(BudgetRules.OPERATING_EXPENSES))
                .extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void saysSoWhenLastYearIsUnknown() {
        Budget noPrior = new Budget(sample.unitCode(), sample.fiscalYear(), sample.status(), 1, null, sample.income(),
                sample.expenditureLines(), sample.basicExpenditureByEconomic(), sample.projects(), sample.threePublicExpenses(),
                sample.operatingExpenses(), PriorYearFigures.NONE, sample.texts());
        assertThat(check(noPrior, UnitType.PUBLIC_INSTITUTION)).filteredOn(f -> f.ruleId().equals(BudgetRules.CHANGE_REASON))
                .extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    private List<String> errors(Budget budget) {
        return check(budget, UnitType.PUBLIC_INSTITUTION).stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::ruleId).toList();
    }

    private List<Finding> check(Budget budget, UnitType type) {
        return BudgetRules.check(budget, type, catalogue, new BudgetTableDeriver(budget, "单位", catalogue).all());
    }

    private static Budget with(Budget b, List<IncomeLine> income, List<EconomicLine> economic, List<Project> projects, AuthoredTexts texts) {
        return new Budget(b.unitCode(), b.fiscalYear(), b.status(), 1, null, income, b.expenditureLines(), economic, projects,
                b.threePublicExpenses(), b.operatingExpenses(), b.priorYear(), texts);
    }
}
