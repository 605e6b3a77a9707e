package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Last year's totals (上年数), kept with the record so the comparison never changes after the fact. Each may be unknown (null). */
@Schema(description = "Last year's totals for the year-on-year comparison; null where unknown")
public record PriorYearFigures(
        @Schema(description = "上年收入总计", maxLength = Limits.MONEY_TEXT, example = "8901165.00") BigDecimal incomeTotal,
        @Schema(description = "上年支出总计", maxLength = Limits.MONEY_TEXT, example = "8901165.00") BigDecimal expenditureTotal,
        @Schema(description = "上年一般公共预算当年支出", maxLength = Limits.MONEY_TEXT, example = "8901165.00") BigDecimal generalPublicBudgetExpenditure,
        @Schema(description = "上年“三公”经费", maxLength = Limits.MONEY_TEXT, nullable = true) BigDecimal threePublicExpenses,
        @Schema(description = "上年机关运行经费", maxLength = Limits.MONEY_TEXT, nullable = true) BigDecimal operatingExpenses) {

    public static final PriorYearFigures NONE = new PriorYearFigures(null, null, null, null, null);
}
