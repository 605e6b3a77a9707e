package org.budgetdisclosure.asset.security;

import java.util.Collection;

/**
 * Which units a token may act on (docs/identity.md): its {@code units} claim lists exact unit codes, code
 * prefixes ending in {@code *} ({@code 4021*} covers 402101 and 4021), or {@code *} for every unit. Anything
 * else (a blank entry, a {@code *} in the middle) covers nothing; no claim at all covers nothing.
 */
public final class UnitScope {

    private UnitScope() {
    }

    public static boolean covers(Collection<String> scope, String unitCode) {
        if (scope == null || unitCode == null || unitCode.isEmpty()) {
            return false;
        }
        return scope.stream().anyMatch(entry -> coversOne(entry, unitCode));
    }

    private static boolean coversOne(String entry, String unitCode) {
        if (entry == null || entry.isEmpty()) {
            return false;
        }
        int star = entry.indexOf('*');
        if (star < 0) {
            return entry.equals(unitCode);
        }
        if (star != entry.length() - 1) {
            return false;
        }
        return unitCode.startsWith(entry.substring(0, star));
    }
}
