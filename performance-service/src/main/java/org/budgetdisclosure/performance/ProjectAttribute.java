package org.budgetdisclosure.performance;

import java.util.Arrays;
import java.util.Optional;

/** 项目属性; the printed text (e.g. "一次性项目(1年结束)") is kept beside it. */
public enum ProjectAttribute {
    ONE_OFF("一次性项目"),
    RECURRING("经常性项目");

    private final String label;

    ProjectAttribute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ProjectAttribute> parse(String value) {
        return Arrays.stream(values()).filter(v -> v.name().equals(value) || v.label.equals(value)).findFirst();
    }
}
