package org.budgetdisclosure.performance.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A stand-in for budget-service on a dynamic port (a JDK HttpServer), as budget-service answers after the
 * publication lifecycle: the DRAFT budget only to {@code ?revision=draft} with a bearer token (else 404, as for a
 * budget that is not published). It answers GET /api/v1/budgets/402001/2025?revision=draft with the sample
 * unit's four projects, sleeps 4 s for unit SLOW01 (past the client's 2 s timeout), fails with 500 for FAIL01 and
 * answers 404 otherwise. It keeps the Authorization header of the last draft request ({@link #lastAuthorization}).
 */
public class BudgetStubResource implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;
    private static final java.util.concurrent.atomic.AtomicReference<String> LAST_AUTHORIZATION =
            new java.util.concurrent.atomic.AtomicReference<>();

    /** The Authorization header budget-service was last asked a draft with (the caller's, forwarded). */
    public static String lastAuthorization() {
        return LAST_AUTHORIZATION.get();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/v1/budgets/", this::handle);
        server.start();
        return Map.of("budget-stub.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean draft = "revision=draft".equals(exchange.getRequestURI().getRawQuery())
                && authorization != null && authorization.startsWith("Bearer ");
        if (draft) {
            LAST_AUTHORIZATION.set(authorization);
        }
        try (exchange) {
            if (!draft) {
                send(exchange, 404, "{\"status\":404}".getBytes());
            } else if (path.equals("/api/v1/budgets/402001/2025")) {
                byte[] body;
                try (InputStream in = BudgetStubResource.class.getResourceAsStream("/budget-402001-2025.json")) {
                    body = in.readAllBytes();
                }
                send(exchange, 200, body);
            } else if (path.startsWith("/api/v1/budgets/SLOW01/")) {
                try {
                    Thread.sleep(4000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, "{\"projects\":[]}".getBytes());
            } else if (path.startsWith("/api/v1/budgets/FAIL01/")) {
                send(exchange, 500, "{\"status\":500}".getBytes());
            } else {
                send(exchange, 404, "{\"status\":404}".getBytes());
            }
        } catch (IOException e) {
            // the client gave up (timeout): nothing to answer
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
