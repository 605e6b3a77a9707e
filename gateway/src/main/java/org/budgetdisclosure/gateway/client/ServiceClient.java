package org.budgetdisclosure.gateway.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What the three service clients share. Each subclass carries its own fault tolerance on
 * {@code exchange}: a 2 s timeout, one retry for idempotent reads (GET/HEAD only, by the exception
 * they fail with), and one circuit breaker per service.
 */
public abstract class ServiceClient {

    /** A failed idempotent read: worth one more try. */
    public static class RetryableFailure extends ServiceUnavailableException {
        public RetryableFailure(ServiceUnavailableException e) {
            super(e.service(), e.getMessage(), e.getCause());
        }
    }

    protected UpstreamHttp http;

    public abstract String name();

    protected abstract String baseUrl();

    /** Forwards one request to the service. */
    public abstract CompletionStage<Upstream> exchange(String method, String pathAndQuery,
                                                       Map<String, List<String>> headers, byte[] body);

    public CompletionStage<Upstream> get(String pathAndQuery) {
        return exchange("GET", pathAndQuery, Map.of("Accept", List.of("application/json")), null);
    }

    /** A GET with the caller's Authorization forwarded (none when null). */
    public CompletionStage<Upstream> get(String pathAndQuery, String authorization) {
        return send("GET", pathAndQuery, authorization, null);
    }

    /** A JSON request with the caller's Authorization forwarded (none when null). */
    public CompletionStage<Upstream> send(String method, String pathAndQuery, String authorization, byte[] json) {
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        headers.put("Accept", List.of("application/json"));
        if (json != null) {
            headers.put("Content-Type", List.of("application/json"));
        }
        if (authorization != null) {
            headers.put("Authorization", List.of(authorization));
        }
        return exchange(method, pathAndQuery, headers, json);
    }

    /** Where the service is, for rewriting its absolute URLs to the gateway's. */
    public String url() {
        return baseUrl();
    }

    protected CompletionStage<Upstream> call(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
        boolean idempotentRead = "GET".equals(method) || "HEAD".equals(method);
        CompletionStage<Upstream> answer = http.send(name(), method, baseUrl() + pathAndQuery, headers, body, Duration.ofSeconds(3));
        if (!idempotentRead) {
            return answer;
        }
        CompletableFuture<Upstream> result = new CompletableFuture<>();
        answer.whenComplete((ok, failure) -> {
            if (failure == null) {
                result.complete(ok);
                return;
            }
            Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            result.completeExceptionally(cause instanceof ServiceUnavailableException unavailable
                    ? new RetryableFailure(unavailable) : cause);
        });
        return result;
    }
}
