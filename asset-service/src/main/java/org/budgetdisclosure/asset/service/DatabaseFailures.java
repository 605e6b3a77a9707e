package org.budgetdisclosure.asset.service;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached (the platform contract, point 9: 503
 * dependency-unavailable, never 500): a connection that cannot be opened or was lost (SQLState class 08), the
 * server shutting down or refusing connections (57P01–57P03), or the pool giving up on acquiring one. Looks along
 * the cause chain, since Hibernate, Agroal and the transaction manager each wrap the driver's exception.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().startsWith("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
