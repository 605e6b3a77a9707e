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

    /** Integer digits a usable total has at most (the summary documents at most 30 characters for it). */
    public static final int MAX_TOTAL_DIGITS = 26;

    /**
     * Sum of every project's amounts (current year and carried over); empty when budget-service's amounts do not
     * make an amount in cents of at most {@link #MAX_TOTAL_DIGITS} integer digits (then the stored total is used).
     */
    public Optional<BigDecimal> projectExpenditureTotal() {
        if (status != Status.AVAILABLE) {
            return Optional.empty();
        }
        BigDecimal sum = projectAmounts.values().stream().filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return usableTotal(sum);
    }

    /** The rule: a total is usable when it is in cents and has at most {@link #MAX_TOTAL_DIGITS} integer digits. */
    static Optional<BigDecimal> usableTotal(BigDecimal sum) {
        BigDecimal stripped = sum.stripTrailingZeros();
        if (stripped.scale() > 2 || stripped.precision() - stripped.scale() > MAX_TOTAL_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(sum.setScale(2));
    }
}
