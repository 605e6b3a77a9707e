package org.budgetdisclosure.asset.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.budgetdisclosure.asset.CanonicalPath;
import org.budgetdisclosure.asset.FieldError;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Optional;

/**
 * Refuses every non-canonical raw path (rule: {@link CanonicalPath}) with a 400 problem before routing, for
 * reads and writes alike, so that {@code /402001;x=1/2025} or {@code /402001/２０２５} can never be an alias of
 * {@code /402001/2025}. It looks at the raw request target, since JAX-RS decodes escapes and drops matrix
 * parameters before a resource sees its path parameters. Also keeps the documented maxLength of the
 * If-Match and If-None-Match headers (400 above it).
 */
public class CanonicalPathFilter {

    /** The documented maxLength of If-Match and If-None-Match (an ETag is 34 characters; a list of a few fits). */
    static final int MAX_PRECONDITION_LENGTH = 1024;
    private static final List<String> PRECONDITION_HEADERS = List.of("If-Match", "If-None-Match");

    @ServerRequestFilter(preMatching = true, priority = 2)
    public Optional<Response> refuseAliases(ContainerRequestContext request, HttpServerRequest http) {
        String target = http.uri();
        int query = target.indexOf('?');
        String rawPath = query < 0 ? target : target.substring(0, query);
        for (String header : PRECONDITION_HEADERS) {
            String value = request.getHeaderString(header);
            if (value != null && value.length() > MAX_PRECONDITION_LENGTH) {
                throw ApiProblem.malformed(header + " is longer than " + MAX_PRECONDITION_LENGTH + " characters",
                        List.of(new FieldError(header, "must be at most " + MAX_PRECONDITION_LENGTH + " characters")));
            }
        }
        Optional<String> problem = CanonicalPath.problem(rawPath);
        if (problem.isEmpty()) {
            return Optional.empty();
        }
        throw ApiProblem.malformed("The path is not canonical: " + problem.get(),
                List.of(new FieldError("path", problem.get())));
    }
}
