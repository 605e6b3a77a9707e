package org.budgetdisclosure.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;

/**
 * The one HTTP client of the gateway (JDK HttpClient, HTTP/1.1, kept-alive connections): raw bytes and
 * headers in and out, so the proxy forwards exactly what it gets. Fault tolerance sits in the
 * per-service clients above it.
 */
@ApplicationScoped
public class UpstreamHttp {

    /** Headers the JDK client sets itself, or that are hop-by-hop. */
    public static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection", "http2-settings");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "gateway-upstream");
                t.setDaemon(true);
                return t;
            }))
            .build();

    public CompletionStage<Upstream> send(String service, String method, String url, Map<String, List<String>> headers,
                                          byte[] body, Duration timeout) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new ServiceUnavailableException(service, "bad upstream URL " + url, e));
        }
        HttpRequest.BodyPublisher publisher = body == null || body.length == 0
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        request.method(method, publisher);
        headers.forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase())) {
                values.forEach(v -> request.header(name, v));
            }
        });
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        String what = cause instanceof java.net.ConnectException ? " refused the connection (down?)"
                                : cause instanceof java.net.http.HttpTimeoutException ? " did not answer in time"
                                : " did not answer";
                        throw new ServiceUnavailableException(service, service + what, cause);
                    }
                    if (response.statusCode() >= 500) {
                        throw new ServiceUnavailableException(service, service + " answered " + response.statusCode(), null);
                    }
                    return new Upstream(response.statusCode(), response.headers().map(), response.body());
                });
    }
}
