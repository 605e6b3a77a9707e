package org.budgetdisclosure.performance.rules;

import org.budgetdisclosure.performance.Finding;
import org.budgetdisclosure.performance.PerformanceForm;

import java.util.List;

/** The local rules, in reporting order. */
public final class FormRules {

    public static final List<FormRule> ALL = List.of(
            new FundsSplitRule(),
            new AnnualWithinPeriodRule(),
            new IndicatorLevelRule(),
            new TargetParsesRule(),
            new CostArithmeticRule());

    private FormRules() {
    }

    public static List<Finding> check(PerformanceForm form) {
        return ALL.stream().flatMap(rule -> rule.check(form).stream()).toList();
    }
}
