package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * budget-service's {@code GET /api/v1/budgets/{u}/{y}/figures}: the figures the explanations quote. An absent figure
 * reads as zero and an absent list as empty, so the wording never meets a null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Figures(Change incomeTotal, Change expenditureTotal,
                      Amount currentYearIncome, Amount carriedOverIncome,
                      Amount currentYearExpenditure, Amount carriedOverExpenditure,
                      List<Share> incomeBySource, List<Share> expenditureByKind,
                      FiscalAppropriation fiscalAppropriation,
                      Change generalPublicBudgetExpenditure, List<Share> generalPublicBudgetByClass,
                      BasicExpenditure basicExpenditure,
                      Change threePublicExpenses, List<Share> threePublicExpensesByItem,
                      Change operatingExpenses) {

    public Figures {
        incomeTotal = Change.orNone(incomeTotal);
        expenditureTotal = Change.orNone(expenditureTotal);
        currentYearIncome = Amount.orNone(currentYearIncome);
        carriedOverIncome = Amount.orNone(carriedOverIncome);
        currentYearExpenditure = Amount.orNone(currentYearExpenditure);
        carriedOverExpenditure = Amount.orNone(carriedOverExpenditure);
        incomeBySource = Lists.orEmpty(incomeBySource);
        expenditureByKind = Lists.orEmpty(expenditureByKind);
        fiscalAppropriation = fiscalAppropriation == null ? new FiscalAppropriation(null, null, null, null, null) : fiscalAppropriation;
        generalPublicBudgetExpenditure = Change.orNone(generalPublicBudgetExpenditure);
        generalPublicBudgetByClass = Lists.orEmpty(generalPublicBudgetByClass);
        basicExpenditure = basicExpenditure == null ? new BasicExpenditure(null, null, null, null, null) : basicExpenditure;
        threePublicExpenses = Change.orNone(threePublicExpenses);
        threePublicExpensesByItem = Lists.orEmpty(threePublicExpensesByItem);
        operatingExpenses = Change.orNone(operatingExpenses);
    }

    /** The amount of one kind of expenditure (BASIC, PROJECT), zero when not listed. */
    public Amount expenditureOfKind(String code) {
        Amount found = Amount.NONE;
        for (Share kind : expenditureByKind) {
            if (code.equals(kind.code())) {
                found = kind.amount();
            }
        }
        return found;
    }

    /** 财政拨款: total, by source, this year's and carried over, spending by functional class. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FiscalAppropriation(Amount total, List<Share> bySource, Amount currentYear, Amount carriedOver,
                                      List<Share> expenditureByClass) {
        public FiscalAppropriation {
            total = Amount.orNone(total);
            bySource = Lists.orEmpty(bySource);
            currentYear = Amount.orNone(currentYear);
            carriedOver = Amount.orNone(carriedOver);
            expenditureByClass = Lists.orEmpty(expenditureByClass);
        }
    }

    /** 基本支出: total, personnel and operating with the names of their economic items. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BasicExpenditure(Amount total, Amount personnel, List<String> personnelItems, Amount operating,
                                   List<String> operatingItems) {
        public BasicExpenditure {
            total = Amount.orNone(total);
            personnel = Amount.orNone(personnel);
            personnelItems = Lists.orEmpty(personnelItems);
            operating = Amount.orNone(operating);
            operatingItems = Lists.orEmpty(operatingItems);
        }
    }
}
