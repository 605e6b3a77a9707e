package org.budgetdisclosure.budget.mapping;

import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.EconomicLine;
import org.budgetdisclosure.budget.ExpenditureLine;
import org.budgetdisclosure.budget.IncomeLine;
import org.budgetdisclosure.budget.Money;
import org.budgetdisclosure.budget.OperatingExpenseLine;
import org.budgetdisclosure.budget.PriorYearFigures;
import org.budgetdisclosure.budget.Project;
import org.budgetdisclosure.budget.ProjectAmount;
import org.budgetdisclosure.budget.ThreePublicExpenseLine;

import java.math.BigDecimal;

/**
 * Brings a validated document to its stored form: every amount at scale 2 ("1200000" and
 * "1200000.00" are the same amount and hash the same), blank text as null.
 */
public final class BudgetNormalizer {

    private BudgetNormalizer() {
    }

    public static Budget normalize(Budget b) {
        return new Budget(b.unitCode(), b.fiscalYear(), b.status(), b.version(), b.disclosureDate(),
                b.income().stream().map(l -> new IncomeLine(l.fundingSource(), l.carriedOver(), yuan(l.amount()))).toList(),
                b.expenditureLines().stream().map(l -> new ExpenditureLine(l.functionalCode(), l.fundingSource(), l.kind(),
                        l.carriedOver(), yuan(l.amount()))).toList(),
                b.basicExpenditureByEconomic().stream().map(l -> new EconomicLine(l.economicCode(), l.fundingSource(),
                        l.carriedOver(), yuan(l.amount()))).toList(),
                b.projects().stream().map(p -> new Project(p.code(), p.name(), p.functionalCode(), p.category(),
                        p.amounts().stream().map(a -> new ProjectAmount(a.fundingSource(), a.carriedOver(), yuan(a.amount()))).toList()))
                        .toList(),
                b.threePublicExpenses().stream().map(l -> new ThreePublicExpenseLine(l.item(), l.fundingSource(), yuan(l.amount())))
                        .toList(),
                b.operatingExpenses().stream().map(l -> new OperatingExpenseLine(l.unitName(), l.fundingSource(), yuan(l.amount())))
                        .toList(),
                new PriorYearFigures(yuan(b.priorYear().incomeTotal()), yuan(b.priorYear().expenditureTotal()),
                        yuan(b.priorYear().generalPublicBudgetExpenditure()), yuan(b.priorYear().threePublicExpenses()),
                        yuan(b.priorYear().operatingExpenses())),
                b.texts());
    }

    private static BigDecimal yuan(BigDecimal amount) {
        return amount == null ? null : Money.yuan(amount);
    }
}
