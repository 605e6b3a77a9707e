package org.budgetdisclosure.gateway.publication;

import java.util.Collection;
import java.util.Set;

/** docs/identity.md: whether a token's {@code units} claim covers a unit (exact code, a prefix ending in '*', or '*'). */
public final class UnitScope {

    /** The roles that may read drafts of the units in scope. */
    public static final Set<String> DRAFT_READERS = Set.of("viewer", "editor", "publisher", "admin");

    private UnitScope() {
    }

    public static boolean covers(Collection<String> units, String unitCode) {
        if (units == null || unitCode == null) {
            return false;
        }
        for (String scope : units) {
            if (scope == null || scope.isEmpty()) {
                continue;
            }
            if (scope.equals("*") || scope.equals(unitCode)
                    || (scope.endsWith("*") && unitCode.startsWith(scope.substring(0, scope.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    public static boolean mayReadDraft(Collection<String> roles, Collection<String> units, String unitCode) {
        return roles != null && roles.stream().anyMatch(DRAFT_READERS::contains) && covers(units, unitCode);
    }
}
