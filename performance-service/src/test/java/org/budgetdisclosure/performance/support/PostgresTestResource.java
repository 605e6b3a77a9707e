package org.budgetdisclosure.performance.support;

import org.budgetdisclosure.testsupport.postgres.PostgresDatabaseResource;

/**
 * Real PostgreSQL for the tests, in their own database {@value #DATABASE} so they never touch a running
 * system's data: the local server, else a Testcontainers one, else an embedded one (see tools/test-postgres).
 */
public class PostgresTestResource extends PostgresDatabaseResource {

    static final String DATABASE = "performance_test";

    public PostgresTestResource() {
        super(DATABASE);
    }
}
