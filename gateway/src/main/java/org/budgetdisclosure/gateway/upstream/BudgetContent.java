package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What a budget revision froze ({@code GET /api/v1/budgets/{u}/{y}/revisions/{n}} {@code content}): the unit, the
 * budget document, the tables, the figures and the glossary the gateway passed when publishing. A member that is
 * absent or null is "not found", as its own GET would have answered.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetContent(Unit unit, BudgetDocument budget, Tables tables, Figures figures, CapturedGlossary glossary) {
}
