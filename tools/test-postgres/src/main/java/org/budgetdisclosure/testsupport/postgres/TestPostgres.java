package org.budgetdisclosure.testsupport.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Function;

/**
 * The one PostgreSQL server a test JVM (one Maven module) runs its tests on, chosen once, in this order:
 * <ol>
 *   <li>a server answering on {@code TEST_PGHOST:TEST_PGPORT} (default 127.0.0.1:5432; user
 *       {@code TEST_PGUSER}, password {@code TEST_PGPASSWORD}): CI and the team's machines;</li>
 *   <li>else a Testcontainers PostgreSQL where a Docker engine answers: a contributor's laptop;</li>
 *   <li>else an embedded PostgreSQL (zonky, the same binaries {@code ./run-local} uses), in a temporary
 *       data directory: a fresh machine with nothing but Java.</li>
 * </ol>
 * A container or embedded server is started once per JVM and stopped when the JVM exits, however many
 * Quarkus applications the module's tests start. Every service's tests get their own database on it.
 */
public final class TestPostgres {

    /** Where the server came from; printed once, so a build log says which path ran. */
    public enum Origin { LOCAL, TESTCONTAINERS, EMBEDDED }

    /** Connection details of the chosen server. */
    public record Server(Origin origin, String host, int port, String user, String password) {

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    /*
     * The chosen server is remembered in system properties, not only in a static field: Quarkus loads test
     * resources anew in each application's class loader (a test profile restarts the application), and every
     * one of them must find the server the first one started, so one JVM starts one server.
     */
    private static final String KEY = "budgetdisclosure.test-postgres.";

    private TestPostgres() {
    }

    /** The server for this JVM, started on first use. */
    public static Server server() {
        synchronized (System.getProperties()) {
            String origin = System.getProperty(KEY + "origin");
            if (origin != null) {
                return new Server(Origin.valueOf(origin), System.getProperty(KEY + "host"),
                        Integer.parseInt(System.getProperty(KEY + "port")), System.getProperty(KEY + "user"),
                        System.getProperty(KEY + "password"));
            }
            Server chosen = choose(System.getenv()::get);
            System.setProperty(KEY + "origin", chosen.origin().name());
            System.setProperty(KEY + "host", chosen.host());
            System.setProperty(KEY + "port", String.valueOf(chosen.port()));
            System.setProperty(KEY + "user", chosen.user());
            System.setProperty(KEY + "password", chosen.password());
            System.err.println("[test-postgres] tests run on " + describe(chosen));
            return chosen;
        }
    }

    /** A database of that name on the server, created if missing; its JDBC URL. */
    public static String database(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        Server s = server();
        try (Connection connection = DriverManager.getConnection(s.jdbcUrl("postgres"), s.user(), s.password());
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare test database " + name + " on " + describe(s) + ": " + e.getMessage(), e);
        }
        return s.jdbcUrl(name);
    }

    static Server choose(Function<String, String> env) {
        String host = valueOr(env.apply("TEST_PGHOST"), "127.0.0.1");
        int port = Integer.parseInt(valueOr(env.apply("TEST_PGPORT"), "5432"));
        String user = valueOr(env.apply("TEST_PGUSER"), "postgres");
        String password = valueOr(env.apply("TEST_PGPASSWORD"), "");
        if (answers(host, port)) {
            return new Server(Origin.LOCAL, host, port, user, password);
        }
        if (dockerAnswers()) {
            return startContainer();
        }
        return startEmbedded();
    }

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) { // Testcontainers reports a missing engine in many ways; any of them means "no".
            return false;
        }
    }

    private static Server startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-postgres-container-stop"));
        return new Server(Origin.TESTCONTAINERS, container.getHost(), container.getMappedPort(5432),
                container.getUsername(), container.getPassword());
    }

    private static Server startEmbedded() {
        try {
            // A fresh data directory per JVM, removed on close; any free port.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    System.err.println("[test-postgres] embedded PostgreSQL did not stop cleanly: " + e.getMessage());
                }
            }, "test-postgres-embedded-stop"));
            return new Server(Origin.EMBEDDED, "127.0.0.1", postgres.getPort(), "postgres", "");
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL for the tests: none answers, no Docker engine, and the embedded "
                    + "server did not start: " + e.getMessage(), e);
        }
    }

    private static String describe(Server s) {
        return switch (s.origin()) {
            case LOCAL -> "the local PostgreSQL at " + s.host() + ":" + s.port();
            case TESTCONTAINERS -> "a Testcontainers PostgreSQL at " + s.host() + ":" + s.port();
            case EMBEDDED -> "an embedded PostgreSQL at " + s.host() + ":" + s.port();
        };
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Quarkus datasource properties pointing at a database on the chosen server. */
    public static Map<String, String> datasourceProperties(String database) {
        String url = database(database);
        Server s = server();
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", s.user(),
                "quarkus.datasource.password", s.password());
    }
}
