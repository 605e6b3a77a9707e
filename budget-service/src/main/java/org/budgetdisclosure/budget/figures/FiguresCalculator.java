package org.budgetdisclosure.budget.figures;

import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.EconomicLine;
import org.budgetdisclosure.budget.ExpenditureKind;
import org.budgetdisclosure.budget.ExpenditureLine;
import org.budgetdisclosure.budget.FundingSource;
import org.budgetdisclosure.budget.IncomeLine;
import org.budgetdisclosure.budget.Money;
import org.budgetdisclosure.budget.OperatingExpenseLine;
import org.budgetdisclosure.budget.Project;
import org.budgetdisclosure.budget.ProjectCategory;
import org.budgetdisclosure.budget.ThreePublicExpenseItem;
import org.budgetdisclosure.budget.ThreePublicExpenseLine;
import org.budgetdisclosure.budget.catalogue.Classification;
import org.budgetdisclosure.budget.catalogue.YearCatalogue;
import org.budgetdisclosure.budget.tables.BudgetTableDeriver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Computes {@link BudgetFigures} from a budget. Pure. */
public final class FiguresCalculator {

    private FiguresCalculator() {
    }

    public static BudgetFigures compute(Budget budget, YearCatalogue catalogue) {
        List<ExpenditureLine> lines = budget.expenditureLines();
        BigDecimal incomeTotal = Money.sum(budget.income(), IncomeLine::amount);
        BigDecimal expenditureTotal = Money.sum(lines, ExpenditureLine::amount);
        BigDecimal carriedIncome = incomeSum(budget, l -> l.carriedOver());
        BigDecimal carriedExpenditure = sum(lines, ExpenditureLine::carriedOver);

        List<Share> incomeBySource = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            incomeBySource.add(share(source.name(), source.label(),
                    incomeSum(budget, l -> !l.carriedOver() && l.fundingSource() == source), incomeTotal));
        }
        incomeBySource.add(share("CARRIED_OVER", "上年结转", carriedIncome, incomeTotal));

        List<Share> byKind = List.of(
                share(ExpenditureKind.BASIC.name(), ExpenditureKind.BASIC.label(), sum(lines, l -> l.kind() == ExpenditureKind.BASIC), expenditureTotal),
                share(ExpenditureKind.PROJECT.name(), ExpenditureKind.PROJECT.label(), sum(lines, l -> l.kind() == ExpenditureKind.PROJECT), expenditureTotal));

        Predicate<ExpenditureLine> fiscal = l -> l.fundingSource().isFiscalAppropriation();
        BigDecimal fiscalIncome = incomeSum(budget, l -> l.fundingSource().isFiscalAppropriation());
        List<Share> fiscalBySource = FundingSource.fiscalAppropriations().stream()
                .map(s -> share(s.name(), s.label(), incomeSum(budget, l -> l.fundingSource() == s), fiscalIncome)).toList();
        BigDecimal fiscalExpenditure = sum(lines, fiscal);
        BudgetFigures.FiscalAppropriation fiscalAppropriation = new BudgetFigures.FiscalAppropriation(
                Amount.of(fiscalIncome), fiscalBySource,
                Amount.of(incomeSum(budget, l -> l.fundingSource().isFiscalAppropriation() && !l.carriedOver())),
                Amount.of(incomeSum(budget, l -> l.fundingSource().isFiscalAppropriation() && l.carriedOver())),
                byClass(lines.stream().filter(fiscal).toList(), catalogue, fiscalExpenditure));

        List<ExpenditureLine> gpbCurrent = lines.stream()
                .filter(l -> l.fundingSource() == FundingSource.GENERAL_PUBLIC_BUDGET && !l.carriedOver()).toList();
        BigDecimal gpbTotal = Money.sum(gpbCurrent, ExpenditureLine::amount);

        List<EconomicLine> economic = budget.basicExpenditureByEconomic().stream()
                .filter(l -> l.fundingSource() == FundingSource.GENERAL_PUBLIC_BUDGET && !l.carriedOver()).toList();
        List<EconomicLine> personnel = economic.stream().filter(l -> BudgetTableDeriver.isPersonnel(l.economicCode())).toList();
        List<EconomicLine> operating = economic.stream().filter(l -> !BudgetTableDeriver.isPersonnel(l.economicCode())).toList();
        BudgetFigures.BasicExpenditure basic = new BudgetFigures.BasicExpenditure(
                Amount.of(Money.sum(economic, EconomicLine::amount)),
                Amount.of(Money.sum(personnel, EconomicLine::amount)), itemNames(personnel, catalogue),
                Amount.of(Money.sum(operating, EconomicLine::amount)), itemNames(operating, catalogue));

        BigDecimal threePublic = Money.sum(budget.threePublicExpenses(), ThreePublicExpenseLine::amount);
        List<Share> threePublicItems = new ArrayList<>();
        for (ThreePublicExpenseItem item : ThreePublicExpenseItem.values()) {
            threePublicItems.add(share(item.name(), item.label(), Money.sum(budget.threePublicExpenses().stream()
                    .filter(l -> l.item() == item).toList(), ThreePublicExpenseLine::amount), threePublic));
        }

        List<BudgetFigures.ProjectCategoryFigure> categories = new ArrayList<>();
        for (ProjectCategory category : ProjectCategory.values()) {
            List<Project> projects = budget.projects().stream().filter(p -> p.category() == category).toList();
            if (!projects.isEmpty()) {
                categories.add(new BudgetFigures.ProjectCategoryFigure(category.name(), category.label(), projects.size(),
                        Amount.of(Money.sum(projects, p -> p.total(false).add(p.total(true))))));
            }
        }

        return new BudgetFigures(budget.unitCode(), budget.fiscalYear(),
                Change.of(incomeTotal, budget.priorYear().incomeTotal()),
                Change.of(expenditureTotal, budget.priorYear().expenditureTotal()),
                Amount.of(incomeTotal.subtract(carriedIncome)), Amount.of(carriedIncome),
                Amount.of(expenditureTotal.subtract(carriedExpenditure)), Amount.of(carriedExpenditure),
                incomeBySource, byKind, fiscalAppropriation,
                Change.of(gpbTotal, budget.priorYear().generalPublicBudgetExpenditure()),
                byClass(gpbCurrent, catalogue, gpbTotal),
                basic,
                Change.of(threePublic, budget.priorYear().threePublicExpenses()), threePublicItems,
                Change.of(Money.sum(budget.operatingExpenses(), OperatingExpenseLine::amount), budget.priorYear().operatingExpenses()),
                categories);
    }

    /** The classes (类) with spending, in code order, with their share of the whole. */
    private static List<Share> byClass(List<ExpenditureLine> lines, YearCatalogue catalogue, BigDecimal whole) {
        Map<String, BigDecimal> byClass = new TreeMap<>();
        lines.forEach(l -> byClass.merge(l.functionalCode().substring(0, 3), l.amount(), BigDecimal::add));
        return byClass.entrySet().stream().filter(e -> e.getValue().signum() != 0)
                .map(e -> share(e.getKey(), catalogue.functional(e.getKey()).map(Classification::name).orElse(e.getKey()),
                        e.getValue(), whole)).toList();
    }

    private static List<String> itemNames(List<EconomicLine> lines, YearCatalogue catalogue) {
        return lines.stream().filter(l -> l.amount().signum() != 0).map(EconomicLine::economicCode).distinct().sorted()
                .map(catalogue::departmentEconomicName).toList();
    }

    private static Share share(String code, String name, BigDecimal amount, BigDecimal whole) {
        return new Share(code, name, Amount.of(amount), Money.percent(amount, whole));
    }

    private static BigDecimal sum(List<ExpenditureLine> lines, Predicate<ExpenditureLine> filter) {
        return Money.sum(lines.stream().filter(filter).toList(), ExpenditureLine::amount);
    }

    private static BigDecimal incomeSum(Budget budget, Predicate<IncomeLine> filter) {
        return Money.sum(budget.income().stream().filter(filter).toList(), IncomeLine::amount);
    }
}
