package org.budgetdisclosure.performance.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.budgetdisclosure.performance.service.RequestInfo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * X-Request-Id: taken from the request when given, else generated; echoed on every response.
 * Also refuses a body over {@link #MAX_BODY_BYTES} with a 413 problem before anything reads it
 * (the HTTP layer's own limit, set higher, is only a backstop for bodies sent without a length).
 */
public class RequestIdFilter {

    private final RequestInfo info;

    public RequestIdFilter(RequestInfo info) {
        this.info = info;
    }

    public static final String HEADER = "X-Request-Id";
    static final String PROPERTY = "performance.requestId";
    static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> assign(ContainerRequestContext request) {
        String id = requestId(request);
        request.setProperty(PROPERTY, id);
        info.set(request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(), id);
        Optional<org.budgetdisclosure.performance.FieldError> alias = org.budgetdisclosure.performance.security.CanonicalPath
                .problem(request.getUriInfo().getRequestUri().getRawPath());
        if (alias.isPresent()) {
            return Optional.of(ProblemMapper.problem(request, 400, "malformed-request", "Malformed request",
                    "The path is not the canonical spelling of a resource", List.of(alias.get())));
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        long bytes;
        try {
            bytes = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            bytes = -1;
        }
        if (bytes > MAX_BODY_BYTES) {
            return Optional.of(ProblemMapper.problem(request, 413, "payload-too-large", "Payload too large",
                    "The request body has " + bytes + " bytes; at most " + MAX_BODY_BYTES + " are accepted", List.of()));
        }
        return Optional.empty();
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, requestId(request));
    }

    static String requestId(ContainerRequestContext request) {
        Object assigned = request.getProperty(PROPERTY);
        if (assigned != null) {
            return assigned.toString();
        }
        String given = request.getHeaderString(HEADER);
        String id = given != null && !given.isBlank() && given.length() <= 200 ? given : UUID.randomUUID().toString();
        request.setProperty(PROPERTY, id);
        return id;
    }
}
