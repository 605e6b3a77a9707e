package org.budgetdisclosure.budget.publication;

import com.fasterxml.jackson.databind.JsonNode;
import org.budgetdisclosure.budget.Budget;
import org.budgetdisclosure.budget.Unit;
import org.budgetdisclosure.budget.figures.BudgetFigures;
import org.budgetdisclosure.budget.tables.BudgetTables;

/**
 * What a revision of the budget part freezes, each part exactly as its GET renders it at publish time:
 * the unit ({@code GET /units/{code}}), the budget with status PUBLISHED ({@code GET /budgets/{u}/{y}}),
 * the tables ({@code …/tables}), the figures ({@code …/figures}) and the glossary the publisher passed.
 */
public record FrozenContent(Unit unit, Budget budget, BudgetTables tables, BudgetFigures figures, JsonNode glossary) {
}
