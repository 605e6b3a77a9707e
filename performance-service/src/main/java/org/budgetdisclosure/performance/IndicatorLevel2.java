package org.budgetdisclosure.performance;

import java.util.Arrays;
import java.util.Optional;

/**
 * 二级指标, each with the one 一级指标 it belongs to. The 成本指标 level-1 of newer forms has its
 * own level-2 set (经济成本/社会成本/生态环境成本); the older 产出指标 › 成本指标 stays valid.
 */
public enum IndicatorLevel2 {
    QUANTITY("数量指标", IndicatorLevel1.OUTPUT),
    QUALITY("质量指标", IndicatorLevel1.OUTPUT),
    TIMELINESS("时效指标", IndicatorLevel1.OUTPUT),
    COST("成本指标", IndicatorLevel1.OUTPUT),
    ECONOMIC_BENEFIT("经济效益", IndicatorLevel1.BENEFIT),
    SOCIAL_BENEFIT("社会效益", IndicatorLevel1.BENEFIT),
    ECOLOGICAL_BENEFIT("生态效益", IndicatorLevel1.BENEFIT),
    SUSTAINABLE_IMPACT("可持续影响", IndicatorLevel1.BENEFIT),
    SERVICE_RECIPIENT_SATISFACTION("服务对象满意度", IndicatorLevel1.SATISFACTION),
    ECONOMIC_COST("经济成本指标", IndicatorLevel1.COST),
    SOCIAL_COST("社会成本指标", IndicatorLevel1.COST),
    ECOLOGICAL_COST("生态环境成本指标", IndicatorLevel1.COST);

    private final String label;
    private final IndicatorLevel1 parent;

    IndicatorLevel2(String label, IndicatorLevel1 parent) {
        this.label = label;
        this.parent = parent;
    }

    public String label() {
        return label;
    }

    public IndicatorLevel1 parent() {
        return parent;
    }

    public static Optional<IndicatorLevel2> parse(String value) {
        return Arrays.stream(values()).filter(v -> v.name().equals(value) || v.label.equals(value)).findFirst();
    }
}
