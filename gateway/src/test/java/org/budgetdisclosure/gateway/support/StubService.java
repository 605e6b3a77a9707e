package org.budgetdisclosure.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A stand-in for one service on a dynamic port: a JDK HttpServer answering with the recorded real
 * responses of the sample (src/test/resources/fixtures/{service}/). It can be stopped and started
 * again on the same port, made slow, and it remembers the last request (for the proxy tests).
 */
public class StubService {

    /** The last request seen. */
    public record Seen(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
    }

    /** A dynamic answer (revisions): status, JSON body; null body for none. */
    public record Answer(int status, byte[] body) {
    }

    /** Answers some requests itself (e.g. {@link RevisionStore}); null when it does not handle the request. */
    public interface Handler {
        Answer handle(String method, String path, Map<String, List<String>> headers, byte[] body);
    }

    /** How a request is made to fail. */
    public enum Failure {
        /** 500 problem. */
        ERROR_500,
        /** The connection is closed without an answer. */
        DROP,
        /** The request is held until {@link #release()} (the gateway times out), then handled normally. */
        HOLD
    }

    private record Rule(String method, java.util.regex.Pattern path, Failure failure) {
    }

    private final String name;
    private final Map<String, String> routes;
    private volatile Handler handler;
    private final java.util.concurrent.CopyOnWriteArrayList<Rule> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private HttpServer server;
    private int port;
    public volatile long delayMillis;
    public volatile Seen last;

    public StubService(String name, Map<String, String> routes) {
        this.name = name;
        this.routes = new ConcurrentHashMap<>(routes);
    }

    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public synchronized boolean running() {
        return server != null;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void route(String pathAndQuery, String fixture) {
        routes.put(pathAndQuery, fixture);
    }

    /** Answers GET of that path with these JSON bytes instead of the recorded fixture, until {@link #forgetBodies()}. */
    public void serve(String path, byte[] json) {
        bodies.put(path, json);
    }

    public void forgetBodies() {
        bodies.clear();
    }

    public void handler(Handler handler) {
        this.handler = handler;
    }

    /** The next request of this method whose path matches the regular expression fails that way (once). */
    public void failNext(String method, String pathRegex, Failure failure) {
        failures.add(new Rule(method, java.util.regex.Pattern.compile(pathRegex), failure));
    }

    /** Lets held requests go on. */
    public void release() {
        held.countDown();
    }

    public void forgetFailures() {
        failures.clear();
        held.countDown();
        held = new java.util.concurrent.CountDownLatch(1);
    }

    private Rule failureFor(String method, String path) {
        for (Rule rule : failures) {
            if (rule.method().equals(method) && rule.path().matcher(path).matches() && failures.remove(rule)) {
                return rule;
            }
        }
        return null;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String target = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            last = new Seen(exchange.getRequestMethod(), target, Map.copyOf(exchange.getRequestHeaders()), body);
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
            if (requestId != null) {
                exchange.getResponseHeaders().add("X-Request-Id", requestId);
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            Handler h = handler; // the test's own, even if the request is held past the end of the test
            Rule failure = failureFor(exchange.getRequestMethod(), rawPath);
            if (failure != null) {
                switch (failure.failure()) {
                    case ERROR_500 -> {
                        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                        send(exchange, 500, "{\"type\":\"urn:budget-disclosure:problem:internal-error\",\"status\":500}".getBytes(StandardCharsets.UTF_8));
                        return;
                    }
                    case DROP -> {
                        exchange.close(); // no answer: headers never sent, so the JDK server closes the connection
                        return;
                    }
                    case HOLD -> {
                        try {
                            held.await(30, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            }
            String query = exchange.getRequestURI().getRawQuery();
            boolean draftRead = query != null && query.contains("revision=draft");
            if (draftRead && exchange.getRequestHeaders().getFirst("Authorization") == null) {
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                send(exchange, 404, ("{\"type\":\"urn:budget-disclosure:problem:not-found\",\"title\":\"Not found\",\"status\":404}")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            Answer answer = h == null ? null : h.handle(exchange.getRequestMethod(), rawPath, Map.copyOf(exchange.getRequestHeaders()), body);
            if (answer != null) {
                exchange.getResponseHeaders().add("Content-Type", answer.status() >= 400 ? "application/problem+json" : "application/json");
                send(exchange, answer.status(), answer.body() == null ? new byte[0] : answer.body());
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("ETag", "\"stub-etag\"");
                boolean created = "PUT".equals(exchange.getRequestMethod()) && exchange.getRequestHeaders().getFirst("If-Match") == null;
                if (created) {
                    exchange.getResponseHeaders().add("Location", url() + rawPath);
                    exchange.getResponseHeaders().add("Link", "<" + url() + rawPath + "/history>; rel=\"history\"");
                }
                send(exchange, created ? 201 : 200, body);
                return;
            }
            byte[] given = bodies.get(exchange.getRequestURI().getRawPath());
            if (given != null) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("ETag", "\"given-" + java.util.Arrays.hashCode(given) + "\"");
                send(exchange, 200, given);
                return;
            }
            String fixture = routes.get(target);
            if (fixture == null) {
                fixture = routes.get(exchange.getRequestURI().getRawPath());
            }
            if (fixture == null) {
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                send(exchange, 404, ("{\"type\":\"urn:budget-disclosure:problem:not-found\",\"title\":\"Not found\",\"status\":404,"
                        + "\"detail\":\"" + name + " has no " + target + "\"}").getBytes(StandardCharsets.UTF_8));
                return;
            }
            try (InputStream in = StubService.class.getResourceAsStream("/fixtures/" + fixture)) {
                if (in == null) {
                    throw new IOException("missing fixture " + fixture);
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("ETag", "\"" + fixture.hashCode() + "\"");
                send(exchange, 200, in.readAllBytes());
            }
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
