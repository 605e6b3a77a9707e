package org.budgetdisclosure.asset.rest;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Refuses a body whose Content-Length exceeds asset.max-request-bytes (2 MiB) with a 413 problem, before
 * anything reads it. A body without a length (chunked) is counted while it is read ({@link BodyReading}); the
 * HTTP layer's own limit (quarkus.http.limits.max-body-size, 8M) stays above both as a backstop: a chunked body
 * past it is cut off by Quarkus with a bare 413 before any handler of ours runs (README).
 */
@ApplicationScoped
public class BodySizeLimit {

    private final RouteProblems problems;
    private final long maxBytes;

    public BodySizeLimit(RouteProblems problems, @ConfigProperty(name = "asset.max-request-bytes") long maxBytes) {
        this.problems = problems;
        this.maxBytes = maxBytes;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        long bytes;
        try {
            bytes = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            bytes = -1;
        }
        if (bytes <= maxBytes) {
            ctx.next();
            return;
        }
        problems.send(ctx, 413, "payload-too-large", "Payload too large",
                "The request body has " + bytes + " bytes; at most " + maxBytes + " are accepted", List.of());
    }
}
