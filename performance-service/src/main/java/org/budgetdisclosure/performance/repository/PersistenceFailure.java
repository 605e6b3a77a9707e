package org.budgetdisclosure.performance.repository;

/** A database failure; mapped to a 500 problem without any SQL in the body. */
public class PersistenceFailure extends RuntimeException {

    public PersistenceFailure(Throwable cause) {
        super("database operation failed", cause);
    }
}
