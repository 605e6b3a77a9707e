package org.budgetdisclosure.budget.tables;

import org.budgetdisclosure.budget.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The 13 tables of one budget")
public record BudgetTables(@Schema(maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN) String unitCode,
                           @Schema(minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX) int fiscalYear,
                           @Schema(maxLength = Limits.NAME) String unitName,
                           @Schema(maxItems = 13) List<BudgetTable> tables) {
}
