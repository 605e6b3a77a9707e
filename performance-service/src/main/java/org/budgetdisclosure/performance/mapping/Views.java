package org.budgetdisclosure.performance.mapping;

import org.budgetdisclosure.performance.ManagedGoal;
import org.budgetdisclosure.performance.Money;
import org.budgetdisclosure.performance.OverallGoal;
import org.budgetdisclosure.performance.rest.model.GoalView;
import org.budgetdisclosure.performance.rest.model.OverallGoalDocument;

/** The API views of a unit's year and of a managed goal, as the GETs render them and revisions freeze them. */
public final class Views {

    private Views() {
    }

    public static OverallGoalDocument unitYear(OverallGoal g) {
        return new OverallGoalDocument(g.unitCode(), g.fiscalYear(), g.unitName(), g.regionName(),
                new OverallGoalDocument.OverallGoal(g.reported(), Money.exact(g.amount()), g.goalText(), g.statement()),
                Money.exact(g.projectExpenditureTotal()));
    }

    public static GoalView goal(ManagedGoal g) {
        return new GoalView(g.unitCode(), g.fiscalYear(), g.projectCode(), g.projectName(), g.category().name(),
                g.category().label(), Money.exact(g.amount()), g.published(), g.hasForm());
    }
}
