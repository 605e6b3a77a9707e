package org.budgetdisclosure.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.performance.GoalSummary;
import org.budgetdisclosure.performance.ManagedGoal;
import org.budgetdisclosure.performance.Money;
import org.budgetdisclosure.performance.OverallGoal;
import org.budgetdisclosure.performance.client.BudgetClient;
import org.budgetdisclosure.performance.client.BudgetLookup;
import org.budgetdisclosure.performance.rest.model.SummaryView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Section 十's figures; the share's base comes from budget-service, else from the stored figure, else none. */
@ApplicationScoped
public class SummaryService {

    private final FormService forms;
    private final BudgetClient budgetClient;

    public SummaryService(FormService forms, BudgetClient budgetClient) {
        this.forms = forms;
        this.budgetClient = budgetClient;
    }

    /** The draft's summary; budget-service is asked for its draft budget with the caller's token. */
    public SummaryView summary(String unitCode, int year, String authorization) {
        List<ManagedGoal> goals = forms.goals(unitCode, year);
        Optional<OverallGoal> overall = forms.overall(unitCode, year);
        if (goals.isEmpty() && overall.isEmpty()) {
            throw new NotFoundException("No performance goals for unit " + unitCode + " in " + year);
        }
        BudgetLookup budget = budgetClient.draftBudget(unitCode, year, authorization);
        BigDecimal base = budget.projectExpenditureTotal().orElse(null);
        String source = base != null ? "BUDGET_SERVICE" : null;
        if (base == null && overall.map(OverallGoal::projectExpenditureTotal).isPresent()) {
            base = overall.get().projectExpenditureTotal();
            source = "STORED";
        }
        GoalSummary summary = GoalSummary.of(goals, base);
        SummaryView.OverallGoalView overallView = overall.map(o -> new SummaryView.OverallGoalView(o.reported(),
                Money.exact(o.amount()), Money.wanYuan(o.amount()), o.goalText(), o.statement())).orElse(null);
        SummaryView.Tally managed = tally(summary.managed());
        SummaryView.Tally published = tally(summary.published());
        return new SummaryView(unitCode, year, overallView, managed, new SummaryView.PublishedTally(published.count(),
                published.amount(), published.amountWanYuan(), published.byCategory(), summary.share(),
                summary.share() == null ? "NOT_AVAILABLE" : "AVAILABLE", Money.exact(base), source));
    }

    private static SummaryView.Tally tally(GoalSummary.Tally tally) {
        return new SummaryView.Tally(tally.count(), Money.exact(tally.amount()), Money.wanYuan(tally.amount()),
                tally.byCategory().stream().map(c -> new SummaryView.CategoryTally(c.category().name(),
                        c.category().label(), c.count(), Money.exact(c.amount()), Money.wanYuan(c.amount()))).toList());
    }
}
