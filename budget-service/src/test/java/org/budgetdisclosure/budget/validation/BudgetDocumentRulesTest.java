package org.budgetdisclosure.budget.validation;

import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.FieldError;
import org.budgetdisclosure.budget.ExpenditureKind;
import org.budgetdisclosure.budget.ExpenditureLine;
import org.budgetdisclosure.budget.FundingSource;
import org.budgetdisclosure.budget.ThreePublicExpenseItem;
import org.budgetdisclosure.budget.ThreePublicExpenseLine;
import org.budgetdisclosure.budget.catalogue.YearCatalogue;
import org.budgetdisclosure.budget.support.Catalogues;
import org.budgetdisclosure.budget.support.SampleBudget;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetDocumentRulesTest {

    private final YearCatalogue catalogue = Catalogues.shipped(2025);

    @Test
    void acceptsTheSample() {
        assertThat(BudgetDocumentRules.check(SampleBudget.budget(), catalogue)).isEmpty();
    }

    @Test
    void namesANegativeAmountAndTooManyDecimals() {
        List<FieldError> errors = BudgetDocumentRules.check(withLine(new ExpenditureLine("2080501", FundingSource.UNIT_FUNDS,
                ExpenditureKind.BASIC, false, new BigDecimal("-0.125"))), catalogue);
        assertThat(errors).extracting(FieldError::reason)
                .anyMatch(r -> r.startsWith("must not be negative"))
                .anyMatch(r -> r.startsWith("must have at most two decimals"));
    }

    @Test
    void acceptsTrailingZerosBeyondTwoDecimals() {
        assertThat(BudgetDocumentRules.check(withLine(new ExpenditureLine("2080501", FundingSource.UNIT_FUNDS,
                ExpenditureKind.BASIC, false, new BigDecimal("10.000"))), catalogue)).isEmpty();
    }

    @Test
    void tellsAClassOrSectionCodeFromAnUnknownItem() {
        assertThat(reasons(withLine(line("208")))).anyMatch(r -> r.contains("not a class (类)"));
        assertThat(reasons(withLine(line("20805")))).anyMatch(r -> r.contains("not a section (款)"));
        assertThat(reasons(withLine(line("2089997")))).anyMatch(r -> r.startsWith("unknown in the 2025"));
        assertThat(reasons(withLine(line("20805x1")))).anyMatch(r -> r.startsWith("must be digits"));
    }

    @Test
    void refusesThreePublicExpensesFromAnUnfiscalSource() {
        Budget sample = SampleBudget.budget();
        Budget budget = new Budget(sample.unitCode(), sample.fiscalYear(), sample.status(), 1, null, sample.income(),
                sample.expenditureLines(), sample.basicExpenditureByEconomic(), sample.projects(),
                List.of(new ThreePublicExpenseLine(ThreePublicExpenseItem.OFFICIAL_RECEPTION, FundingSource.UNIT_FUNDS, BigDecimal.TEN)),
                sample.operatingExpenses(), sample.priorYear(), sample.texts());
        assertThat(BudgetDocumentRules.check(budget, catalogue)).extracting(FieldError::field)
                .containsExactly("threePublicExpenses[0].fundingSource");
    }

    private static ExpenditureLine line(String code) {
        return new ExpenditureLine(code, FundingSource.UNIT_FUNDS, ExpenditureKind.BASIC, false, BigDecimal.ONE);
    }

    private List<String> reasons(Budget budget) {
        return BudgetDocumentRules.check(budget, catalogue).stream().map(FieldError::reason).toList();
    }

    private static Budget withLine(ExpenditureLine extra) {
        Budget sample = SampleBudget.budget();
        List<ExpenditureLine> lines = new ArrayList<>(sample.expenditureLines());
        lines.add(extra);
        return new Budget(sample.unitCode(), sample.fiscalYear(), sample.status(), 1, null, sample.income(), lines,
                sample.basicExpenditureByEconomic(), sample.projects(), sample.threePublicExpenses(), sample.operatingExpenses(),
                sample.priorYear(), sample.texts());
    }
}
