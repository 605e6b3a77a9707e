package org.budgetdisclosure.system;

import org.budgetdisclosure.identity.DevIdentity;
import org.budgetdisclosure.testsupport.postgres.TestPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform as separate processes, started from the jars the build made: budget-, performance- and
 * asset-service each behind a {@link KillSwitchProxy}, and the gateway in front, talking to the proxies. Every JVM
 * has a bounded heap. A service can be killed (SIGKILL) and started again on the same port and database.
 */
final class Platform implements AutoCloseable {

    enum Service {
        BUDGET("budget-service", "BUDGET", "system_budget"),
        PERFORMANCE("performance-service", "PERFORMANCE", "system_performance"),
        ASSET("asset-service", "ASSET", "system_asset");

        final String module;
        final String env;
        final String database;

        Service(String module, String env, String database) {
            this.module = module;
            this.env = env;
            this.database = database;
        }
    }

    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private final Path root = Path.of(System.getProperty("platform.root", "../..")).toAbsolutePath().normalize();
    private final Path logs = Path.of(System.getProperty("platform.logs", "target/system-logs")).toAbsolutePath();
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, Process> processes = new EnumMap<>(Service.class);
    private final Map<Service, KillSwitchProxy> proxies = new EnumMap<>(Service.class);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final TestPostgres.Server postgres = TestPostgres.server();
    private Path publicKey;
    private Process gateway;
    private int gatewayPort;

    static Platform start() {
        Platform platform = new Platform();
        try {
            platform.boot();
            return platform;
        } catch (RuntimeException | Error e) {
            platform.close();
            throw e;
        }
    }

    private void boot() {
        for (Service s : Service.values()) {
            Path jar = jar(s.module);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: the system tests start the built applications; "
                        + "build them first (./mvnw verify builds them before this module, or ./mvnw -B package -DskipTests)");
            }
        }
        if (!Files.isRegularFile(jar("gateway"))) {
            throw new IllegalStateException(jar("gateway") + " is missing: build the gateway first");
        }
        try {
            Files.createDirectories(logs);
            publicKey = Files.createTempFile("system-test-public", ".pem");
            try (var in = DevIdentity.class.getClassLoader().getResourceAsStream("test-identity/public.pem")) {
                Files.write(publicKey, in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Service s : Service.values()) {
            freshDatabase(s.database);
            ports.put(s, freePort());
        }
        // budget-service first: performance-service asks it for the budget behind its forms.
        for (Service s : Service.values()) {
            startService(s);
        }
        for (Service s : Service.values()) {
            try {
                proxies.put(s, new KillSwitchProxy(freePort(), URI.create("http://127.0.0.1:" + ports.get(s))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        gatewayPort = freePort();
        Map<String, String> env = baseEnvironment();
        env.put("GATEWAY_PORT", String.valueOf(gatewayPort));
        env.put("BUDGET_SERVICE_URL", "http://127.0.0.1:" + proxies.get(Service.BUDGET).port());
        env.put("PERFORMANCE_SERVICE_URL", "http://127.0.0.1:" + proxies.get(Service.PERFORMANCE).port());
        env.put("ASSET_SERVICE_URL", "http://127.0.0.1:" + proxies.get(Service.ASSET).port());
        gateway = launch("gateway", env);
        awaitReady("gateway", gateway, gatewayPort);
    }

    URI gateway() {
        return URI.create("http://127.0.0.1:" + gatewayPort);
    }

    /** The service itself, not its proxy: what an operator inside the network reaches. */
    URI direct(Service s) {
        return URI.create("http://127.0.0.1:" + ports.get(s));
    }

    KillSwitchProxy proxy(Service s) {
        return proxies.get(s);
    }

    /** SIGKILL: no shutdown hook runs, an open transaction dies with the connection. */
    void kill(Service s) {
        Process p = processes.get(s);
        if (p != null && p.isAlive()) {
            p.destroyForcibly();
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean alive(Service s) {
        Process p = processes.get(s);
        return p != null && p.isAlive();
    }

    void restart(Service s) {
        kill(s);
        startService(s);
    }

    private void startService(Service s) {
        Map<String, String> env = baseEnvironment();
        int port = ports.get(s);
        env.put(s.env + "_PORT", String.valueOf(port));
        env.put(s.env + "_DB_URL", postgres.jdbcUrl(s.database));
        env.put(s.env + "_DB_USER", postgres.user());
        env.put(s.env + "_DB_PASSWORD", postgres.password());
        env.put("OPENAPI_SERVER_URL", "http://127.0.0.1:" + port);
        if (s == Service.PERFORMANCE) {
            env.put("BUDGET_SERVICE_URL", "http://127.0.0.1:" + ports.get(Service.BUDGET));
        }
        Process p = launch(s.module, env);
        processes.put(s, p);
        awaitReady(s.module, p, port);
    }

    private Map<String, String> baseEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("JWT_PUBLIC_KEY_LOCATION", publicKey.toString());
        env.put("BIND_ADDRESS", "127.0.0.1");
        return env;
    }

    private Path jar(String module) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private Process launch(String module, Map<String, String> env) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-XX:TieredStopAtLevel=1", "-jar", jar(module).toString());
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(module + ".log").toFile()));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + module, e);
        }
    }

    private void awaitReady(String name, Process process, int port) {
        Instant until = Instant.now().plus(READY_WITHIN);
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + logs.resolve(name + ".log"));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name);
            }
        }
        throw new IllegalStateException(name + " was not ready within " + READY_WITHIN + "; see " + logs.resolve(name + ".log"));
    }

    private void freshDatabase(String name) {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(), postgres.password());
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (gateway != null) {
            gateway.destroy();
        }
        for (Service s : List.of(Service.ASSET, Service.PERFORMANCE, Service.BUDGET)) {
            Process p = processes.get(s);
            if (p != null) {
                p.destroy();
            }
        }
        for (Process p : processes.values()) {
            try {
                p.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            p.destroyForcibly();
        }
        if (gateway != null) {
            gateway.destroyForcibly();
        }
        proxies.values().forEach(KillSwitchProxy::close);
    }
}
