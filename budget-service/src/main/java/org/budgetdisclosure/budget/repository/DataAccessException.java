package org.budgetdisclosure.budget.repository;

/** A database failure; its message names the operation, never the SQL, and is not shown to clients. */
public class DataAccessException extends RuntimeException {
    public DataAccessException(String operation, Throwable cause) {
        super("database failure while " + operation, cause);
    }
}
