package org.budgetdisclosure.gateway.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.budgetdisclosure.gateway.config.GatewayConfig;
import org.budgetdisclosure.gateway.rest.Problem;
import org.budgetdisclosure.gateway.rest.RequestIds;
import org.budgetdisclosure.gateway.service.Callers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * The limits of the public face, checked on every request before routing, reading the body or forwarding:
 * a body larger than {@code gateway.limits.max-body-size} (by Content-Length) is 413; a {@code limit} query
 * parameter that is not 1…{@code gateway.limits.max-page-size} is 400 naming {@code limit}; more requests than the
 * identity's token bucket allows is 429 with Retry-After. The identity is the verified token's {@code sub}, else the
 * client address (as Quarkus sees it: X-Forwarded-For only when {@code quarkus.http.proxy.*} enables it). Every
 * answer carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset. Health checks are not limited.
 */
@ApplicationScoped
public class PublicFace {

    @Inject
    GatewayConfig config;

    @Inject
    Callers callers;

    @Inject
    ObjectMapper mapper;

    private RateLimiter reads;
    private RateLimiter writes;

    void install(@Observes StartupEvent start, Router router) {
        GatewayConfig.Rate rate = config.limits().rate();
        reads = new RateLimiter(rate.readsPerSecond(), rate.readBurst(), rate.maxIdentities());
        writes = new RateLimiter(rate.writesPerSecond(), rate.writeBurst(), rate.maxIdentities());
        router.route().order(Integer.MIN_VALUE).handler(this::check); // before the body handler and every route
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String path = request.path() == null ? "" : request.path();
        if (path.startsWith("/q/health")) {
            ctx.next();
            return;
        }
        String requestId = request.getHeader(RequestIds.HEADER);
        if (requestId == null || requestId.isBlank() || requestId.length() > 200) {
            requestId = UUID.randomUUID().toString();
        }
        GatewayConfig.Rate rate = config.limits().rate();
        if (rate.enabled()) {
            boolean read = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD || request.method() == HttpMethod.OPTIONS;
            String subject = callers.subject(request.getHeader("Authorization"));
            String identity = subject != null ? "sub:" + subject
                    : "addr:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
            TokenBucket.Decision decision = (read ? reads : writes).take(identity, System.nanoTime());
            ctx.response().putHeader("RateLimit-Limit", String.valueOf(decision.limit()))
                    .putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()))
                    .putHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
            if (!decision.allowed()) {
                ctx.response().putHeader("Retry-After", String.valueOf(Math.max(1, decision.retryAfterSeconds())));
                refuse(ctx, Problem.Kind.TOO_MANY_REQUESTS, "Too many " + (read ? "reads" : "writes") + " from this client: at most "
                        + (read ? rate.readBurst() : rate.writeBurst()) + " at once and " + (read ? rate.readsPerSecond() : rate.writesPerSecond())
                        + " a second; retry after the Retry-After seconds", path, requestId, List.of());
                return;
            }
        }
        String length = request.getHeader("Content-Length");
        long max = config.limits().maxBodySize().asLongValue();
        if (length != null) {
            long bytes;
            try {
                bytes = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                bytes = -1;
            }
            if (bytes < 0 || bytes > max) {
                refuse(ctx, bytes < 0 ? Problem.Kind.MALFORMED_REQUEST : Problem.Kind.PAYLOAD_TOO_LARGE,
                        bytes < 0 ? "Content-Length is not a number" : "The body is " + bytes + " bytes; at most " + max + " are accepted",
                        path, requestId, List.of(new Problem.FieldError("body", bytes < 0 ? "Content-Length is not a number"
                                : "must be at most " + max + " bytes")));
                return;
            }
        }
        List<String> limits = request.params().getAll("limit");
        for (String limit : limits) {
            String reason = pageSize(limit, config.limits().maxPageSize());
            if (reason != null) {
                refuse(ctx, Problem.Kind.MALFORMED_REQUEST, "limit " + reason, path, requestId,
                        List.of(new Problem.FieldError("limit", reason)));
                return;
            }
        }
        ctx.next();
    }

    /** Why a {@code limit} query parameter is refused, or null when it is a page size of 1…max. */
    public static String pageSize(String limit, int max) {
        try {
            int n = Integer.parseInt(limit.strip());
            return n < 1 || n > max ? "must be between 1 and " + max : null;
        } catch (NumberFormatException e) {
            return "must be an integer between 1 and " + max;
        }
    }

    private void refuse(RoutingContext ctx, Problem.Kind kind, String detail, String path, String requestId, List<Problem.FieldError> errors) {
        Problem problem = new Problem(kind.type(), kind.title, kind.status, detail, path, requestId, errors, null);
        try {
            byte[] body = mapper.writeValueAsBytes(problem);
            ctx.response().setStatusCode(kind.status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader(RequestIds.HEADER, requestId).putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader("Cache-Control", "no-store");
            if (kind == Problem.Kind.PAYLOAD_TOO_LARGE) {
                ctx.response().putHeader("Connection", "close"); // the body is not read
            }
            ctx.response().end(io.vertx.core.buffer.Buffer.buffer(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
