package org.budgetdisclosure.performance;

/** The two columns of a form: 实施期 (whole implementation period) and 年度 (the fiscal year). */
public enum Period {
    IMPLEMENTATION_PERIOD("实施期", "implementationPeriod"),
    ANNUAL("年度", "annual");

    private final String label;
    private final String jsonName;

    Period(String label, String jsonName) {
        this.label = label;
        this.jsonName = jsonName;
    }

    public String label() {
        return label;
    }

    public String jsonName() {
        return jsonName;
    }
}
