package org.budgetdisclosure.budget.security;

import java.util.Collection;

/**
 * Whether a token's {@code units} claim covers a unit code (docs/identity.md): an entry is an exact unit code,
 * a code prefix ending in {@code *} ({@code 4021*}), or {@code *} for every unit. Nothing else matches: no
 * case folding, no trimming, no pattern syntax beyond the one trailing star, and an empty scope covers nothing.
 */
public final class UnitScope {

    private static final String ANY = "*";

    private UnitScope() {
    }

    public static boolean covers(Collection<String> scope, String unitCode) {
        if (scope == null || unitCode == null || unitCode.isEmpty()) {
            return false;
        }
        for (String entry : scope) {
            if (entry == null || entry.isEmpty()) {
                continue;
            }
            if (entry.equals(ANY) || entry.equals(unitCode)) {
                return true;
            }
            if (entry.endsWith(ANY)) {
                String prefix = entry.substring(0, entry.length() - 1);
                if (!prefix.contains(ANY) && unitCode.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }
}
