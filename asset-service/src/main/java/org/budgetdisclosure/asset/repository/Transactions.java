package org.budgetdisclosure.asset.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One JDBC transaction per call: commit when the work returns, roll back when it throws. Under
 * REPEATABLE READ a transaction that collides with a concurrent one fails with a serialization
 * failure (SQLSTATE 40001) or a deadlock (40P01); the work is then run again on a fresh snapshot,
 * a few times, as PostgreSQL recommends, instead of surfacing as an internal error.
 */
@ApplicationScoped
public class Transactions {

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final AgroalDataSource dataSource;

    public Transactions(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    static final int ATTEMPTS = 4;

    public <T> T inTransaction(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (PersistenceFailure e) {
                if (attempt >= ATTEMPTS || !e.isRetryable()) {
                    throw e;
                }
            }
        }
    }

    private <T> T once(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceFailure(e);
        }
    }

    /** A database failure; its message never reaches a client. */
    public static class PersistenceFailure extends RuntimeException {
        public PersistenceFailure(SQLException cause) {
            super(cause);
        }

        public String sqlState() {
            return ((SQLException) getCause()).getSQLState();
        }

        /** A serialization failure or a deadlock: the same work may succeed on a fresh snapshot. */
        public boolean isRetryable() {
            String state = sqlState();
            return "40001".equals(state) || "40P01".equals(state);
        }
    }
}
