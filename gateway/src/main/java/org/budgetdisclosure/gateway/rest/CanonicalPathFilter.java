package org.budgetdisclosure.gateway.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * Refuses a path that is not canonical ({@link CanonicalPath}) with 400 problem+json, before any routing or
 * forwarding. Reads the path as it came over the wire (Vert.x), because JAX-RS's UriInfo already drops matrix
 * parameters and would let {@code /budgets/402001;x=1/2025} pass as the canonical path.
 */
public class CanonicalPathFilter {

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 100) // after RequestIds: the problem carries its id
    public Response refuseNonCanonical(ContainerRequestContext request, HttpServerRequest wire) {
        String raw = wire.uri();
        int query = raw.indexOf('?');
        String path = query < 0 ? raw : raw.substring(0, query);
        return CanonicalPath.problem(path).map(reason -> Problems.of(Problem.Kind.MALFORMED_REQUEST,
                "The path is not canonical: " + reason, request.getUriInfo().getRequestUri().getRawPath(), RequestIds.of(request),
                List.of(new Problem.FieldError("path", reason)), null)).orElse(null);
    }
}
