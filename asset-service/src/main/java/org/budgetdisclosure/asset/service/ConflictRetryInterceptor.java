package org.budgetdisclosure.asset.service;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;

import java.util.Set;

/**
 * Why writes are retried at all: a write reads the current state, checks the caller's If-Match and the
 * rules against it, then writes. When another transaction commits the same aggregate in between, the
 * write fails on the @Version check (or, under REPEATABLE READ, with a serialization failure 40001, or a
 * deadlock 40P01), and a create racing a create fails on the primary key (or the plate index, 23505).
 * Running the whole call again in a new transaction re-reads the committed state, so the loser gets what
 * a later, serial request would get: 412 when its If-Match no longer matches, 422 for a plate now taken,
 * or its write applied; never a 500. This interceptor sits outside @Transactional (a lower priority runs
 * first), so each attempt is its own transaction.
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetryInterceptor {

    static final int ATTEMPTS = 4;

    private static final Set<String> RETRYABLE_SQL_STATES = Set.of("40001", "40P01", "23505");

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed();
            } catch (RuntimeException e) {
                if (!isConflict(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new ConcurrentWriteConflict(e);
                }
            }
        }
    }

    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
            if (t instanceof JDBCException jdbc && RETRYABLE_SQL_STATES.contains(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
