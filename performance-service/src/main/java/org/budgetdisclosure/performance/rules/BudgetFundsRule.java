package org.budgetdisclosure.performance.rules;

import org.budgetdisclosure.performance.Finding;
import org.budgetdisclosure.performance.FindingStatus;
import org.budgetdisclosure.performance.Money;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.Severity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * PERF-FUNDS-BUDGET: the form's annual funds equal the project's amount in the unit's budget
 * (a difference is a warning); when the budget cannot be read the finding says NOT_CHECKED.
 */
public final class BudgetFundsRule {

    public static final String ID = "PERF-FUNDS-BUDGET";

    /** What budget-service said about one project: its amount, no such project, or nothing (unavailable). */
    public sealed interface BudgetFacts {
    }

    public record ProjectAmount(BigDecimal amount) implements BudgetFacts {
    }

    public record ProjectMissing() implements BudgetFacts {
    }

    public record Unavailable(String reason) implements BudgetFacts {
    }

    private BudgetFundsRule() {
    }

    public static Optional<Finding> check(PerformanceForm form, BudgetFacts facts) {
        String field = "funds.annual.total";
        if (facts instanceof Unavailable unavailable) {
            return Optional.of(new Finding(ID, Severity.INFO, FindingStatus.NOT_CHECKED,
                    "预算服务不可用,未核对项目资金与预算(" + unavailable.reason() + ")",
                    "Not checked: budget-service is unavailable (" + unavailable.reason() + ")",
                    form.projectCode(), field, null));
        }
        if (facts instanceof ProjectMissing) {
            return Optional.of(Finding.failed(ID, Severity.WARNING, form.projectCode(), "projectCode", null,
                    "单位预算中没有项目" + form.projectCode(),
                    "The unit's budget has no project " + form.projectCode()));
        }
        BigDecimal budget = ((ProjectAmount) facts).amount();
        BigDecimal annual = form.annualFunds().total();
        if (annual != null && annual.compareTo(budget) != 0) {
            return Optional.of(Finding.failed(ID, Severity.WARNING, form.projectCode(), field, null,
                    "年度资金总额" + Money.exact(annual) + "元与项目预算" + Money.exact(budget) + "元不一致",
                    "Annual funds " + Money.exact(annual) + " yuan differ from the project's budget "
                            + Money.exact(budget) + " yuan"));
        }
        return Optional.empty();
    }
}
