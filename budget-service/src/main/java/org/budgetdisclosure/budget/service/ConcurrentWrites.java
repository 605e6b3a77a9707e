package org.budgetdisclosure.budget.service;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;

import java.util.Set;

/** Tells a write that lost a race against another writer from any other failure. */
final class ConcurrentWrites {

    /** unique_violation (both created the row), deadlock_detected, serialization_failure. */
    private static final Set<String> RACE_STATES = Set.of("23505", "40P01", "40001");

    private ConcurrentWrites() {
    }

    static boolean lostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
            if (t instanceof JDBCException jdbc && RACE_STATES.contains(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
