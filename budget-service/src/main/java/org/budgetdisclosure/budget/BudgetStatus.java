package org.budgetdisclosure.budget;

/** Where a budget stands. A draft is never shown to the public. */
public enum BudgetStatus {
    DRAFT("草稿"),
    APPROVED("已批复"),
    PUBLISHED("已公开");

    private final String label;

    BudgetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
