package org.budgetdisclosure.asset.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A datasource that names a loopback port nothing listens on (one just freed), so every connection is refused:
 * the database is down without stopping anything shared. Flyway and Hibernate's start-up checks are off, as a
 * service started while its database was up and then lost it would have them behind it.
 */
public class UnreachableDatabase implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/asset?connectTimeout=2",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "",
                "quarkus.flyway.migrate-at-start", "false",
                "quarkus.flyway.clean-at-start", "false",
                "quarkus.hibernate-orm.schema-management.strategy", "none",
                "quarkus.hibernate-orm.database.version-check.enabled", "false",
                "quarkus.datasource.jdbc.acquisition-timeout", "1S");
    }

    @Override
    public void stop() {
    }
}
