package org.budgetdisclosure.asset.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Real PostgreSQL for the tests: the local server when one answers on 127.0.0.1:5432 (CI and
 * this team's machines), else a Testcontainers PostgreSQL where Docker runs (a laptop).
 * The tests get their own database, {@value #DATABASE}, so they never touch a running system's data.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "asset_test";

    private PostgreSQLContainer container;

    @Override
    public Map<String, String> start() {
        String host = System.getenv().getOrDefault("TEST_PGHOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("TEST_PGPORT", "5432"));
        String user = System.getenv().getOrDefault("TEST_PGUSER", "postgres");
        String password = System.getenv().getOrDefault("TEST_PGPASSWORD", "");
        if (answers(host, port)) {
            createDatabaseIfMissing(host, port, user, password);
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + ":" + port + "/" + DATABASE,
                    "quarkus.datasource.username", user,
                    "quarkus.datasource.password", password);
        }
        container = new PostgreSQLContainer("postgres:15-alpine").withDatabaseName(DATABASE);
        container.start();
        return Map.of(
                "quarkus.datasource.jdbc.url", container.getJdbcUrl(),
                "quarkus.datasource.username", container.getUsername(),
                "quarkus.datasource.password", container.getPassword());
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void createDatabaseIfMissing(String host, int port, String user, String password) {
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery(
                     "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare test database " + DATABASE + ": " + e.getMessage(), e);
        }
    }
}
