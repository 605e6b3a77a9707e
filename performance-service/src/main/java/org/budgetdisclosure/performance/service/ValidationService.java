package org.budgetdisclosure.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.performance.Finding;
import org.budgetdisclosure.performance.PerformanceForm;
import org.budgetdisclosure.performance.client.BudgetClient;
import org.budgetdisclosure.performance.client.BudgetLookup;
import org.budgetdisclosure.performance.rules.BudgetFundsRule;
import org.budgetdisclosure.performance.rules.BudgetFundsRule.BudgetFacts;
import org.budgetdisclosure.performance.rules.FormRules;

import java.util.ArrayList;
import java.util.List;

/** Runs the local rules and the budget cross-check over one form or every form of a unit and year. */
@ApplicationScoped
public class ValidationService {

    private final BudgetClient budgetClient;

    public ValidationService(BudgetClient budgetClient) {
        this.budgetClient = budgetClient;
    }

    /** Findings of draft forms; budget-service is asked for its draft budget with the caller's token. */
    public List<Finding> validate(List<PerformanceForm> forms, String unitCode, int year, String authorization) {
        List<Finding> findings = new ArrayList<>();
        if (forms.isEmpty()) {
            return findings;
        }
        BudgetLookup budget = budgetClient.draftBudget(unitCode, year, authorization);
        for (PerformanceForm form : forms) {
            findings.addAll(FormRules.check(form));
            BudgetFundsRule.check(form, facts(budget, form.projectCode())).ifPresent(findings::add);
        }
        return findings;
    }

    private static BudgetFacts facts(BudgetLookup budget, String projectCode) {
        return switch (budget.status()) {
            case UNAVAILABLE -> new BudgetFundsRule.Unavailable(budget.reason());
            case NO_BUDGET -> new BudgetFundsRule.ProjectMissing();
            case AVAILABLE -> budget.projectAmounts().containsKey(projectCode)
                    ? new BudgetFundsRule.ProjectAmount(budget.projectAmounts().get(projectCode))
                    : new BudgetFundsRule.ProjectMissing();
        };
    }
}
