package org.budgetdisclosure.gateway.publication;

/** The three parts of a disclosure, in the order a revision is frozen: budget, then performance, then assets. */
public enum Part {
    BUDGET("budget", "budget-service", "/api/v1/budgets/"),
    PERFORMANCE("performance", "performance-service", "/api/v1/performance/"),
    ASSETS("assets", "asset-service", "/api/v1/assets/");

    public final String key;
    public final String service;
    private final String root;

    Part(String key, String service, String root) {
        this.key = key;
        this.service = service;
        this.root = root;
    }

    /** The part's unit-year resource, e.g. {@code /api/v1/budgets/402001/2025}; unitCode already path-encoded. */
    public String base(String encodedUnit, int year) {
        return root + encodedUnit + "/" + year;
    }
}
