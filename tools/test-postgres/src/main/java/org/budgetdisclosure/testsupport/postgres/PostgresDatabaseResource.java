package org.budgetdisclosure.testsupport.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A Quarkus test resource that points the datasource at the service's own test database on the
 * server {@link TestPostgres} chose. Each service extends it with its database name, so the tests never
 * touch a running system's data. {@link #stop()} leaves the server up: it lives as long as the test JVM.
 */
public abstract class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private final String database;

    protected PostgresDatabaseResource(String database) {
        this.database = database;
    }

    @Override
    public Map<String, String> start() {
        return TestPostgres.datasourceProperties(database);
    }

    @Override
    public void stop() {
        // The server outlives each Quarkus application; TestPostgres stops it when the JVM exits.
    }
}
