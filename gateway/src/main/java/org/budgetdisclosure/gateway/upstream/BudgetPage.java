package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A page of budget-service's {@code GET /api/v1/budgets}: unit-years with name, region, status; the next cursor. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetPage(List<Item> items, String next) {

    public BudgetPage {
        items = Lists.orEmpty(items);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String unitCode, String unitName, String regionCode, int fiscalYear, Draft draft) {
    }

    /** BudgetSummary.draft: given only to callers who may read the draft. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Draft(String status) {
    }
}
