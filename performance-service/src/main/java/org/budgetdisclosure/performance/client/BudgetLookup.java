package org.budgetdisclosure.performance.client;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** What budget-service answered for a unit and year: the budget's project amounts, no budget, or unavailable. */
public record BudgetLookup(Status status, Map<String, BigDecimal> projectAmounts, String reason) {

    public enum Status { AVAILABLE, NO_BUDGET, UNAVAILABLE }

    public static BudgetLookup unavailable(String reason) {
        return new BudgetLookup(Status.UNAVAILABLE, Map.of(), reason);
    }

    /** Sum of every project's amounts (current year and carried over). */
    public Optional<BigDecimal> projectExpenditureTotal() {
        if (status != Status.AVAILABLE) {
            return Optional.empty();
        }
        return Optional.of(projectAmounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2));
    }
}
