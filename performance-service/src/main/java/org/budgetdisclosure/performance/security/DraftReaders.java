package org.budgetdisclosure.performance.security;

import java.util.Collection;
import java.util.Set;

/**
 * The draft-read rule (docs/publication.md): viewer, editor, publisher or admin, with a unit scope covering the
 * unit. Everyone else is answered exactly as for a unit-year that does not exist.
 */
public final class DraftReaders {

    public static final Set<String> ROLES = Set.of(Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN);

    private DraftReaders() {
    }

    public static boolean may(Collection<String> roles, Collection<String> units, String unitCode) {
        return roles != null && roles.stream().anyMatch(ROLES::contains) && UnitScope.covers(units, unitCode);
    }
}
