package org.budgetdisclosure.budget.figures;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The figures the explanations (情况说明) quote, each derived from the exact amounts:
 * totals, shares in percent, changes against last year.
 */
@Schema(description = "Derived figures quoted by the explanations")
public record BudgetFigures(
        String unitCode,
        int fiscalYear,
        @Schema(description = "一、收支总体: income total against last year") Change incomeTotal,
        Change expenditureTotal,
        Amount currentYearIncome,
        Amount carriedOverIncome,
        Amount currentYearExpenditure,
        Amount carriedOverExpenditure,
        @Schema(description = "二、收入预算: each source and 上年结转 with its share of total income") List<Share> incomeBySource,
        @Schema(description = "三、支出预算: 基本支出 and 项目支出 with shares") List<Share> expenditureByKind,
        @Schema(description = "四、财政拨款收支") FiscalAppropriation fiscalAppropriation,
        @Schema(description = "五、一般公共预算当年支出 against last year and by class") Change generalPublicBudgetExpenditure,
        List<Share> generalPublicBudgetByClass,
        @Schema(description = "六、一般公共预算基本支出") BasicExpenditure basicExpenditure,
        @Schema(description = "七、“三公”经费") Change threePublicExpenses,
        List<Share> threePublicExpensesByItem,
        @Schema(description = "八、机关运行经费") Change operatingExpenses,
        @Schema(description = "Projects by category (for 十、绩效管理)") List<ProjectCategoryFigure> projectsByCategory) {

    /** 财政拨款收支总体情况. */
    public record FiscalAppropriation(Amount total, List<Share> bySource, Amount currentYear, Amount carriedOver,
                                      List<Share> expenditureByClass) {
    }

    /** 人员经费 and 公用经费 with the names of the items they mainly consist of, largest first. */
    public record BasicExpenditure(Amount total, Amount personnel, List<String> personnelItems,
                                   Amount operating, List<String> operatingItems) {
    }

    public record ProjectCategoryFigure(@Schema(example = "SPECIFIC_GOAL") String category,
                                        @Schema(example = "特定目标类") String categoryName,
                                        @Schema(example = "3") int count, Amount amount) {
    }
}
