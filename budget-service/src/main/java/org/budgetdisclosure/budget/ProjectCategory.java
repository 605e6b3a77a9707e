package org.budgetdisclosure.budget;

/** 项目类别, as the performance-management explanations count projects. */
public enum ProjectCategory {
    PERSONNEL("人员类"),
    OPERATING_PUBLIC("公用经费类"),
    OTHER_OPERATION("其他运转类"),
    SPECIFIC_GOAL("特定目标类");

    private final String label;

    ProjectCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
