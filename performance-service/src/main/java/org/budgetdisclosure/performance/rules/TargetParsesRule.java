package org.budgetdisclosure.performance.rules;

import org.budgetdisclosure.performance.Finding;
import org.budgetdisclosure.performance.Indicator;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.Period;
import org.budgetdisclosure.performance.Severity;

import java.util.ArrayList;
import java.util.List;

/** PERF-TARGET-PARSE: every written 指标值 reads as comparator, number or word, and unit. */
public final class TargetParsesRule implements FormRule {

    public static final String ID = "PERF-TARGET-PARSE";

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
                String text = indicator.targetText();
                if (text != null && !text.isBlank() && indicator.target().isEmpty()) {
                    findings.add(Finding.failed(ID, Severity.ERROR, form.projectCode(),
                            Paths.indicatorField(period, i, "target"), Paths.indicatorPath(indicator),
                            "指标值“" + text + "”无法解析为比较符、数值或定性词及计量单位",
                            "Target \"" + text + "\" does not read as comparator, number or word, and unit"));
                }
            }
        }
        return findings;
    }
}
