package org.budgetdisclosure.performance.rules;

import org.budgetdisclosure.performance.Finding;
import org.budgetdisclosure.performance.Funds;
import org.budgetdisclosure.performance.Money;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.Period;
import org.budgetdisclosure.performance.Severity;

import java.util.ArrayList;
import java.util.List;

/** PERF-FUNDS-SPLIT: per period, 中央 + 省级 + 市县 + 单位自筹 + 其他 = 资金总额 (exact yuan). */
public final class FundsSplitRule implements FormRule {

    public static final String ID = "PERF-FUNDS-SPLIT";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(PerformanceForm form) {
        List<Finding> findings = new ArrayList<>();
        for (Period period : Period.values()) {
            Funds funds = form.funds(period);
            if (funds.total() == null) {
                continue;
            }
            if (funds.sumOfOrigins().compareTo(funds.total()) != 0) {
                findings.add(Finding.failed(ID, Severity.ERROR, form.projectCode(),
                        "funds." + period.jsonName() + ".total", null,
                        period.label() + "资金来源合计" + Money.exact(funds.sumOfOrigins()) + "元与资金总额"
                                + Money.exact(funds.total()) + "元不一致",
                        "The " + period.jsonName() + " funds by origin add up to " + Money.exact(funds.sumOfOrigins())
                                + " yuan, not the total " + Money.exact(funds.total()) + " yuan"));
            }
        }
        return findings;
    }
}
