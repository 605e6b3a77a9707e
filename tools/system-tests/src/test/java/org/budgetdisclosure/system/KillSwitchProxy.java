package org.budgetdisclosure.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;

/**
 * An HTTP relay between the gateway and one service that can kill the service at a chosen moment of a chosen
 * request: before the request reaches it, after it answered but before the answer is relayed (the change is
 * committed, the gateway never learns it), or at a random instant while it works on the request.
 */
final class KillSwitchProxy implements AutoCloseable {

    enum Moment { BEFORE_REQUEST, AFTER_COMMIT, WHILE_WORKING }

    /** One armed trap: fires once, on the first request that matches. */
    record Trap(BiPredicate<String, String> matches, Moment moment, Runnable kill) {
    }

    private static final Set<String> NOT_RELAYED = Set.of("host", "connection", "content-length", "transfer-encoding",
            "expect", "upgrade", "keep-alive", "te", "trailer", "proxy-connection");

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(16);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI target;
    private final AtomicReference<Trap> trap = new AtomicReference<>();
    private final AtomicReference<String> fired = new AtomicReference<>();

    KillSwitchProxy(int port, URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(workers);
        server.createContext("/", this::relay);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void arm(Trap value) {
        fired.set(null);
        trap.set(value);
    }

    /** The request that set the trap off ("PUT /api/…"), or null while it has not fired. */
    String fired() {
        return fired.get();
    }

    void disarm() {
        trap.set(null);
    }

    private void relay(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String pathAndQuery = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Trap armed = trap.get();
            Trap firing = armed != null && armed.matches().test(method, pathAndQuery) && trap.compareAndSet(armed, null) ? armed : null;
            if (firing != null) {
                fired.set(method + " " + pathAndQuery);
            }
            if (firing != null && firing.moment() == Moment.BEFORE_REQUEST) {
                firing.kill().run();
            }
            Thread killer = null;
            if (firing != null && firing.moment() == Moment.WHILE_WORKING) {
                long delayMicros = ThreadLocalRandom.current().nextLong(0, 30_000);
                killer = new Thread(() -> {
                    try {
                        TimeUnit.MICROSECONDS.sleep(delayMicros);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    firing.kill().run();
                }, "kill-switch");
                killer.start();
            }
            HttpResponse<byte[]> answer;
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(pathAndQuery))
                        .timeout(Duration.ofSeconds(10))
                        .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!NOT_RELAYED.contains(name.toLowerCase(Locale.ROOT))) {
                        values.forEach(v -> request.header(name, v));
                    }
                });
                answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException | InterruptedException e) {
                answer = null;
            } finally {
                if (killer != null) {
                    try {
                        killer.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            if (firing != null && firing.moment() == Moment.AFTER_COMMIT) {
                firing.kill().run();
                answer = null; // the service did the work; its answer is lost with it
            }
            if (answer == null) {
                byte[] bad = "{\"title\":\"the service is gone\"}".getBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(502, bad.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bad);
                }
                return;
            }
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_RELAYED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            byte[] bytes = answer.body();
            boolean noBody = answer.statusCode() == 204 || answer.statusCode() == 304 || method.equals("HEAD");
            exchange.sendResponseHeaders(answer.statusCode(), noBody ? -1 : (bytes.length == 0 ? -1 : bytes.length));
            if (!noBody && bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
