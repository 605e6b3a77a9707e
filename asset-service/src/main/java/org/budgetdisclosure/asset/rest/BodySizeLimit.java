package org.budgetdisclosure.asset.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.UUID;

/**
 * Refuses a body whose Content-Length exceeds asset.max-request-bytes with a 413 problem, before
 * anything reads it. Runs on the HTTP router ahead of Quarkus' own upload limit
 * (quarkus.http.limits.max-body-size, kept higher as a backstop for bodies sent without a length),
 * whose 413 would otherwise be an empty body.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final ObjectMapper mapper;
    private final long maxBytes;

    public BodySizeLimit(ObjectMapper mapper, @ConfigProperty(name = "asset.max-request-bytes") long maxBytes) {
        this.mapper = mapper;
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
        String given = ctx.request().getHeader(RequestIdFilter.HEADER);
        String requestId = given != null && given.length() <= 128 && given.matches("[\\p{Alnum}._:-]+")
                ? given : UUID.randomUUID().toString();
        Problem problem = new Problem(Problem.TYPE_PREFIX + "payload-too-large", "Payload too large", 413,
                "The request body has " + bytes + " bytes; at most " + maxBytes + " are accepted",
                ctx.request().path(), requestId, List.of());
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":413}";
        }
        ctx.response().setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader(RequestIdFilter.HEADER, requestId)
                .putHeader("Connection", "close")
                .end(body);
    }
}
