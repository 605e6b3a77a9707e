package org.budgetdisclosure.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures section 十 quotes: projects under goal management and their amount by category,
 * and the published ones with their share of the unit's project expenditure.
 */
public record GoalSummary(Tally managed, Tally published, BigDecimal projectExpenditureTotal, String share) {

    public record CategoryTally(ProjectCategory category, int count, BigDecimal amount) {
    }

    public record Tally(int count, BigDecimal amount, List<CategoryTally> byCategory) {
    }

    /** Derives the summary from the goals; share is null when the project expenditure total is unknown. */
    public static GoalSummary of(List<ManagedGoal> goals, BigDecimal projectExpenditureTotal) {
        Tally managed = tally(goals);
        Tally published = tally(goals.stream().filter(ManagedGoal::published).toList());
        return new GoalSummary(managed, published, projectExpenditureTotal,
                Money.percent(published.amount(), projectExpenditureTotal));
    }

    private static Tally tally(List<ManagedGoal> goals) {
        List<CategoryTally> byCategory = new ArrayList<>();
        for (ProjectCategory category : ProjectCategory.values()) {
            List<ManagedGoal> of = goals.stream().filter(g -> g.category() == category).toList();
            if (!of.isEmpty()) {
                byCategory.add(new CategoryTally(category, of.size(), sum(of)));
            }
        }
        return new Tally(goals.size(), sum(goals), byCategory);
    }

    private static BigDecimal sum(List<ManagedGoal> goals) {
        return goals.stream().map(ManagedGoal::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
