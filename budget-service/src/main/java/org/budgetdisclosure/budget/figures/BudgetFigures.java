package org.budgetdisclosure.budget.figures;

import org.budgetdisclosure.budget.Limits;
import org.budgetdisclosure.budget.TextSchemas;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The figures the explanations (情况说明) quote, each derived from the exact amounts:
 * totals, shares in percent, changes against last year.
 */
@Schema(description = "Derived figures quoted by the explanations")
public record BudgetFigures(
        @Schema(maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN) String unitCode,
        @Schema(minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX) int fiscalYear,
        @Schema(description = "一、收支总体: income total against last year") Change incomeTotal,
        Change expenditureTotal,
        Amount currentYearIncome,
        Amount carriedOverIncome,
        Amount currentYearExpenditure,
        Amount carriedOverExpenditure,
        @Schema(description = "二、收入预算: each source and 上年结转 with its share of total income", maxItems = 6) List<Share> incomeBySource,
        @Schema(description = "三、支出预算: 基本支出 and 项目支出 with shares", maxItems = 2) List<Share> expenditureByKind,
        @Schema(description = "四、财政拨款收支") FiscalAppropriation fiscalAppropriation,
        @Schema(description = "五、一般公共预算当年支出 against last year and by class") Change generalPublicBudgetExpenditure,
        @Schema(description = "One per class (类, 3 digits)", maxItems = Limits.CLASSES) List<Share> generalPublicBudgetByClass,
        @Schema(description = "六、一般公共预算基本支出") BasicExpenditure basicExpenditure,
        @Schema(description = "七、“三公”经费") Change threePublicExpenses,
        @Schema(maxItems = 4) List<Share> threePublicExpensesByItem,
        @Schema(description = "八、机关运行经费") Change operatingExpenses,
        @Schema(description = "Projects by category (for 十、绩效管理)", maxItems = 4) List<ProjectCategoryFigure> projectsByCategory) {

    /** 财政拨款收支总体情况. */
    public record FiscalAppropriation(Amount total, @Schema(maxItems = 3) List<Share> bySource, Amount currentYear, Amount carriedOver,
                                      @Schema(maxItems = Limits.CLASSES) List<Share> expenditureByClass) {
    }

    /** 人员经费 and 公用经费 with the names of the items they mainly consist of, largest first. */
    public record BasicExpenditure(Amount total, Amount personnel,
                                   @Schema(maxItems = Limits.LINES, type = SchemaType.ARRAY, implementation = TextSchemas.ItemName.class) List<String> personnelItems,
                                   Amount operating,
                                   @Schema(maxItems = Limits.LINES, type = SchemaType.ARRAY, implementation = TextSchemas.ItemName.class) List<String> operatingItems) {
    }

    public record ProjectCategoryFigure(@Schema(example = "SPECIFIC_GOAL", maxLength = Limits.LABEL) String category,
                                        @Schema(example = "特定目标类", maxLength = Limits.LABEL) String categoryName,
                                        @Schema(example = "3", minimum = "1", maximum = "5000") int count, Amount amount) {
    }
}
