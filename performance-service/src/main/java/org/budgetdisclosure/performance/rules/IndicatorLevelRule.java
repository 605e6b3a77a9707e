package org.budgetdisclosure.performance.rules;

import org.budgetdisclosure.performance.Finding;
import org.budgetdisclosure.performance.Indicator;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.Period;
import org.budgetdisclosure.performance.Severity;

import java.util.ArrayList;
import java.util.List;

/** PERF-INDICATOR-LEVELS: each 二级指标 sits under its own 一级指标 (数量指标 under 产出指标, 经济效益 under 效益指标 …). */
public final class IndicatorLevelRule implements FormRule {

    public static final String ID = "PERF-INDICATOR-LEVELS";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(PerformanceForm form) {
        List<Finding> findings = new ArrayList<>();
        for (Period period : Period.values()) {
            List<Indicator> indicators = form.indicators(period);
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                if (indicator.level2().parent() != indicator.level1()) {
                    findings.add(Finding.failed(ID, Severity.ERROR, form.projectCode(),
                            Paths.indicatorField(period, i, "level2"), Paths.indicatorPath(indicator),
                            "二级指标“" + indicator.level2().label() + "”不属于一级指标“" + indicator.level1().label()
                                    + "”,应属于“" + indicator.level2().parent().label() + "”",
                            "Level-2 indicator " + indicator.level2() + " does not belong under " + indicator.level1()
                                    + " but under " + indicator.level2().parent()));
                }
            }
        }
        return findings;
    }
}
