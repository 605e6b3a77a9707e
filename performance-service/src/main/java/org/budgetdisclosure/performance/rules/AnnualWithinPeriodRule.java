package org.budgetdisclosure.performance.rules;

import org.budgetdisclosure.performance.Finding;
import org.budgetdisclosure.performance.Funds;
import org.budgetdisclosure.performance.Money;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** PERF-FUNDS-ANNUAL-WITHIN-PERIOD: the year's funds, in total and per origin, do not exceed the implementation period's. */
public final class AnnualWithinPeriodRule implements FormRule {

    public static final String ID = "PERF-FUNDS-ANNUAL-WITHIN-PERIOD";

    private record Part(String field, String label, Function<Funds, BigDecimal> value) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("total", "资金总额", Funds::total),
            new Part("central", "中央财政资金", Funds::central),
            new Part("provincial", "省级财政资金", Funds::provincial),
            new Part("municipal", "市县(区)财政资金", Funds::municipal),
            new Part("selfRaised", "单位自筹", Funds::selfRaised),
            new Part("other", "其他资金", Funds::other));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(PerformanceForm form) {
        List<Finding> findings = new ArrayList<>();
        for (Part part : PARTS) {
            BigDecimal annual = part.value().apply(form.annualFunds());
            BigDecimal whole = part.value().apply(form.implementationFunds());
            BigDecimal ceiling = whole == null ? BigDecimal.ZERO : whole;
            if (annual != null && annual.compareTo(ceiling) > 0) {
                findings.add(Finding.failed(ID, Severity.ERROR, form.projectCode(), "funds.annual." + part.field(), null,
                        "年度" + part.label() + Money.exact(annual) + "元超过实施期" + part.label() + Money.exact(whole) + "元",
                        "Annual " + part.field() + " " + Money.exact(annual) + " yuan exceeds the implementation period's "
                                + Money.exact(whole) + " yuan"));
            }
        }
        return findings;
    }
}
