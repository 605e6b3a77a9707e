package org.budgetdisclosure.performance.service;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;

import java.util.Optional;

/** How a write lost a race with a concurrent one, read from the exception chain; never an answer of 500. */
enum WriteConflict {
    /** Another transaction inserted the same key first (unique violation). */
    DUPLICATE_KEY,
    /** The row changed (@Version moved on) or vanished since it was read. */
    STALE_VERSION;

    static Optional<WriteConflict> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return Optional.of(STALE_VERSION);
            }
            if (t instanceof ConstraintViolationException violation && violation.getKind() == ConstraintKind.UNIQUE) {
                return Optional.of(DUPLICATE_KEY);
            }
        }
        return Optional.empty();
    }
}
