package org.budgetdisclosure.asset.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.budgetdisclosure.asset.FieldError;

import java.util.List;
import java.util.UUID;

/**
 * Problems for what the HTTP layer refuses before any resource runs (the platform contract, point 8): a request
 * target whose percent-escapes do not decode ({@code ?revision=%zz}), a body past the HTTP layer's own limit, and
 * any other failure the router reports with a 4xx status and no body would otherwise leave as a bare status line.
 * What Vert.x answers at the codec, before a router exists (414 URI too long, 431 headers too large), cannot be
 * reached from here; the README lists those.
 */
@ApplicationScoped
public class RouteProblems {

    private final ObjectMapper mapper;

    public RouteProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onFailure);
        // What the router itself refuses before any route runs (a target it cannot decode: 400), and limits it
        // enforces while reading (413), reach the router's error handlers, not the routes' failure handlers.
        for (int status : new int[] {400, 413}) {
            router.errorHandler(status, this::onFailure);
        }
    }

    private void onFailure(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (ctx.response().ended() || ctx.response().headWritten() || status < 400 || status >= 500) {
            if (!ctx.response().ended() && ctx.failed()) {
                ctx.next();
            }
            return;
        }
        switch (status) {
            case 400 -> send(ctx, 400, "malformed-request", "Malformed request",
                    "The request target could not be read (an invalid percent-escape?)", List.of(new FieldError("path", "could not be decoded")));
            case 404 -> send(ctx, 404, "not-found", "Not found", "No resource at this path", List.of());
            case 405 -> send(ctx, 405, "method-not-allowed", "Method not allowed", "The method is not allowed on this resource", List.of());
            case 413 -> send(ctx, 413, "payload-too-large", "Payload too large", "The request body is too large", List.of());
            case 415 -> send(ctx, 415, "unsupported-media-type", "Unsupported media type", "Send the body as application/json", List.of());
            default -> send(ctx, 400, "malformed-request", "Malformed request", "The request could not be read", List.of());
        }
    }

    /** Ends the exchange with a problem body (the same shape the REST layer's mappers write). */
    void send(RoutingContext ctx, int status, String kind, String title, String detail, List<FieldError> errors) {
        String given = ctx.request().getHeader(RequestIdFilter.HEADER);
        String requestId = given != null && given.length() <= 128 && given.matches("[\\p{Alnum}._:-]+")
                ? given : UUID.randomUUID().toString();
        String instance;
        try {
            instance = ctx.request().uri();
            int query = instance.indexOf('?');
            instance = query < 0 ? instance : instance.substring(0, query);
        } catch (RuntimeException e) {
            instance = "";
        }
        Problem problem = new Problem(Problem.TYPE_PREFIX + kind, title, status, detail, instance, requestId, errors);
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader(RequestIdFilter.HEADER, requestId)
                .putHeader("Connection", "close")
                .end(body);
    }
}
