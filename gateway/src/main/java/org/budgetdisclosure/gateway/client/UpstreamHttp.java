package org.budgetdisclosure.gateway.client;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The one HTTP client of the gateway: Vert.x's non-blocking client on Quarkus's event loops (HTTP/1.1,
 * kept-alive pooled connections), raw bytes and headers in and out, so the proxy forwards exactly what it
 * gets. Fault tolerance sits in the per-service clients above it.
 *
 * <p>Not the JDK {@code HttpClient}: its {@code sendAsync} completes every response through
 * {@code CompletableFuture}'s default executor, which on a machine with two cores (common pool
 * parallelism 1) starts a new thread per response — twenty threads per assembled document.
 */
@ApplicationScoped
public class UpstreamHttp {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(UpstreamHttp.class);

    /** Headers the client sets itself, or that are hop-by-hop. */
    public static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection", "http2-settings");

    @Inject
    Vertx vertx;

    /**
     * One event loop and one client bound to it. Every exchange runs on its lane's event loop, where the lane's
     * connections live, so a response's head, its chunks and the {@code body()} that collects them follow one
     * another on one thread. Sharing one client across event loops let a response be handled on another loop than
     * its connection's: its chunks could arrive before {@code body()} was asked for and were lost (a 200 with an
     * empty body — Vert.x's HttpClientResponse body()/end() race, eclipse-vertx/vert.x#6038).
     */
    private record Lane(io.vertx.core.Context context, HttpClient client) {
    }

    private final List<Lane> lanes = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();

    @PostConstruct
    void start() {
        int count = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors() * 2));
        for (int i = 0; i < count; i++) {
            lanes.add(new Lane(((io.vertx.core.impl.VertxInternal) vertx).createEventLoopContext(), vertx.createHttpClient(new HttpClientOptions()
                    .setProtocolVersion(HttpVersion.HTTP_1_1)
                    .setKeepAlive(true)
                    .setTcpNoDelay(true)
                    .setConnectTimeout(1000)
                    .setMaxPoolSize(32)
                    .setKeepAliveTimeout(30))));
        }
    }

    @PreDestroy
    void stop() {
        lanes.forEach(lane -> lane.client().close());
    }

    public CompletionStage<Upstream> send(String service, String method, String url, Map<String, List<String>> headers,
                                          byte[] body, Duration timeout) {
        RequestOptions options;
        try {
            options = new RequestOptions().setAbsoluteURI(url).setMethod(HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)))
                    .setIdleTimeout(timeout.toMillis()).setFollowRedirects(false);
        } catch (RuntimeException e) {
            // the URL stays in the log (the cause), not in the answer: problems name no internal address
            return CompletableFuture.failedFuture(new ServiceUnavailableException(service, service + " has a bad URL in the gateway's "
                    + "configuration", new IllegalArgumentException("bad upstream URL " + url, e)));
        }
        headers.forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> options.addHeader(name, v));
            }
        });
        CompletableFuture<Upstream> answer = new CompletableFuture<>();
        Lane lane = lanes.get(Math.floorMod(turn.getAndIncrement(), lanes.size()));
        lane.context().runOnContext(v -> exchange(lane.client(), options, body, service, answer));
        return answer;
    }

    private void exchange(HttpClient client, RequestOptions options, byte[] body, String service, CompletableFuture<Upstream> answer) {
        client.request(options)
                .compose(request -> body == null || body.length == 0 ? request.send() : request.send(Buffer.buffer(body)))
                .compose(response -> response.body().map(bytes -> new Upstream(response.statusCode(), map(response.headers()), bytes.getBytes())))
                .onComplete(result -> {
                    if (result.failed()) {
                        Throwable cause = result.cause();
                        LOG.warnf("%s %s %s failed: %s", service, options.getMethod(), options.getURI(), String.valueOf(cause));
                        if (cause instanceof ConnectException) {
                            answer.completeExceptionally(new ServiceUnavailableException(service, service + " refused the connection (down?)", cause));
                        } else if (isTimeout(cause)) {
                            answer.completeExceptionally(new ServiceUnavailableException(service, service + " did not answer in time", cause));
                        } else {
                            answer.completeExceptionally(new ConnectionDropped(service, service + " did not answer", cause));
                        }
                    } else if (result.result().status() >= 500) {
                        answer.completeExceptionally(new ServiceUnavailableException(service,
                                service + " answered " + result.result().status(), null));
                    } else {
                        answer.complete(result.result());
                    }
                });
    }

    private static boolean isTimeout(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<String>> map(MultiMap headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : headers.names()) {
            out.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(headers.getAll(name)));
        }
        return out;
    }
}
