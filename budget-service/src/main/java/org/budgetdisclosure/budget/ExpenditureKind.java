package org.budgetdisclosure.budget;

/** 基本支出 keeps the unit running (personnel and operating); 项目支出 serves a named project. */
public enum ExpenditureKind {
    BASIC("基本支出"),
    PROJECT("项目支出");

    private final String label;

    ExpenditureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
