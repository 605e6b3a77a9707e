package org.budgetdisclosure.budget.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is sane, else a new UUID),
 * echoes it on the response and puts it in problem bodies; and refuses bodies over the size limit
 * with a problem before anything reads them.
 */
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    static final String PROPERTY = "budget.requestId";
    /** Largest request body accepted, in bytes (a budget of thousands of lines fits well within). */
    static final long MAX_BODY_BYTES = 2L * 1024 * 1024;
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> assignRequestId(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setProperty(PROPERTY, id);
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > MAX_BODY_BYTES) {
                    return Optional.of(Problems.response(Problem.Kind.PAYLOAD_TOO_LARGE, null,
                            "The request body is " + length.trim() + " bytes; at most " + MAX_BODY_BYTES + " are accepted",
                            request.getUriInfo().getPath(), id, List.of()));
                }
            } catch (NumberFormatException e) {
                return Optional.of(Problems.response(Problem.Kind.MALFORMED_REQUEST, null, "Content-Length is not a number",
                        request.getUriInfo().getPath(), id, List.of()));
            }
        }
        return Optional.empty();
    }

    @ServerResponseFilter
    public void echoRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }
}
