package org.budgetdisclosure.tools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Starts an embedded PostgreSQL server for {@code ./run-local} on a machine where none answers.
 * <p>
 * The data directory is kept between runs ({@code setCleanDataDirectory(false)}), so what was
 * entered survives a restart of {@code ./run-local}. Each service gets its own database.
 * Usage: {@code java -jar local-postgres.jar <dataDir> <port> <db>...}, or
 * {@code java -jar local-postgres.jar --create-databases <host> <port> <user> <db>...} to create missing
 * databases on a server that already runs (for machines without the psql client).
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--create-databases")) {
            createDatabases(args);
            return;
        }
        if (args.length < 3) {
            System.err.println("usage: local-postgres <dataDir> <port> <database>...");
            System.exit(2);
        }
        File dataDir = new File(args[0]).getAbsoluteFile();
        int port = Integer.parseInt(args[1]);
        List<String> databases = List.of(args).subList(2, args.length);
        dataDir.getParentFile().mkdirs();

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            create(connection, databases);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("local-postgres ready on 127.0.0.1:" + port + " (data in " + dataDir + ")");
        System.out.flush();
        stopped.await();
    }

    private static void createDatabases(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: local-postgres --create-databases <host> <port> <user> <database>...");
            System.exit(2);
        }
        String url = "jdbc:postgresql://" + args[1] + ":" + args[2] + "/postgres";
        try (Connection connection = java.sql.DriverManager.getConnection(url, args[3], System.getenv().getOrDefault("PGPASSWORD", ""))) {
            create(connection, List.of(args).subList(4, args.length));
        }
    }

    private static void create(Connection connection, List<String> databases) throws Exception {
        try (Statement statement = connection.createStatement()) {
            for (String database : databases) {
                if (!database.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("not a plain database name: " + database);
                }
                try (ResultSet exists = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    if (!exists.next()) {
                        statement.execute("CREATE DATABASE " + database);
                    }
                }
            }
        }
    }
}
