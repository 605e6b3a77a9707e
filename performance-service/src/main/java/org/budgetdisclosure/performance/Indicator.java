package org.budgetdisclosure.performance;

import java.util.Optional;

/**
 * One row of the indicator tree: 一级 › 二级 › 三级 name › target. A level-2 row printed with no
 * level-3 (e.g. 经济效益 with empty name and target) has name and targetText null.
 */
public record Indicator(IndicatorLevel1 level1, IndicatorLevel2 level2, String name, String targetText) {

    public Optional<Target> target() {
        return TargetParser.parse(targetText);
    }

    public boolean isEmptyRow() {
        return (name == null || name.isEmpty()) && (targetText == null || targetText.isEmpty());
    }
}
