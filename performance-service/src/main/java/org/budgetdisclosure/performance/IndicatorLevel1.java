package org.budgetdisclosure.performance;

import java.util.Arrays;
import java.util.Optional;

/** 一级指标: the first level of a performance indicator tree. */
public enum IndicatorLevel1 {
    OUTPUT("产出指标"),
    BENEFIT("效益指标"),
    SATISFACTION("满意度指标"),
    COST("成本指标");

    private final String label;

    IndicatorLevel1(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<IndicatorLevel1> parse(String value) {
        return Arrays.stream(values()).filter(v -> v.name().equals(value) || v.label.equals(value)).findFirst();
    }
}
