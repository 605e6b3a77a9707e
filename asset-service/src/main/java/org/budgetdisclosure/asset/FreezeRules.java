package org.budgetdisclosure.asset;

import java.util.List;
import java.util.Set;

/**
 * Which validation findings stop the draft from being frozen as a revision: every ERROR, except that a
 * unit-year with no asset data at all (no statement, no procurement budget, no purchased-services catalogue)
 * can still be frozen as the empty part — the gateway freezes all three parts of every disclosure, and
 * whether a disclosure without its asset sections may be published is the gateway's decision (it sees the
 * same findings from GET …/validation). Pure.
 */
public final class FreezeRules {

    private static final Set<String> PART_MISSING = Set.of(ConsistencyRules.STATEMENT_MISSING,
            ConsistencyRules.PROCUREMENT_MISSING, ConsistencyRules.PURCHASED_SERVICES_MISSING);

    private FreezeRules() {
    }

    public static boolean empty(ConsistencyRules.Subject subject) {
        return subject.statement() == null && subject.plan() == null && subject.catalogue() == null;
    }

    public static List<Finding> blocking(ConsistencyRules.Subject subject, List<Finding> findings) {
        boolean empty = empty(subject);
        return findings.stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> !(empty && PART_MISSING.contains(f.ruleId())))
                .toList();
    }
}
