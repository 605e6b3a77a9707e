package org.budgetdisclosure.budget.tables;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The 13 tables of one budget")
public record BudgetTables(String unitCode, int fiscalYear, String unitName, List<BudgetTable> tables) {
}
