package org.budgetdisclosure.gateway.client;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.budgetdisclosure.gateway.config.GatewayConfig;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** performance-service, through its own circuit breaker. */
@ApplicationScoped
public class PerformanceClient extends ServiceClient {

    @Inject
    GatewayConfig config;

    @Inject
    void setHttp(UpstreamHttp http) {
        this.http = http;
    }

    @Override
    public String name() {
        return "performance-service";
    }

    @Override
    protected String baseUrl() {
        return config.services().performance().url();
    }

    @Override
    @AsynchronousNonBlocking
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 50, jitter = 0, retryOn = RetryableFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1, failOn = {ServiceUnavailableException.class, org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException.class})
    @CircuitBreakerName("performance-service")
    public CompletionStage<Upstream> exchange(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
        return call(method, pathAndQuery, headers, body);
    }
}
