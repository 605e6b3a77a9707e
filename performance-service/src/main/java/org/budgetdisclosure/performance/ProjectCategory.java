package org.budgetdisclosure.performance;

import java.util.Arrays;
import java.util.Optional;

/** 项目类别: how the explanations count projects under goal management. */
public enum ProjectCategory {
    PERSONNEL("人员类"),
    OTHER_OPERATION("其他运转类"),
    SPECIFIC_GOAL("特定目标类");

    private final String label;

    ProjectCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ProjectCategory> parse(String value) {
        return Arrays.stream(values()).filter(v -> v.name().equals(value) || v.label.equals(value)).findFirst();
    }
}
