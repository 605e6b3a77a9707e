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
    public Optional<Response> assign(ContainerRequestContext request, io.vertx.core.http.HttpServerRequest raw) {
        String id = requestId(request);
        request.setProperty(PROPERTY, id);
        info.set(request.getMethod(), rawPath(raw.uri()), id);
        Optional<org.budgetdisclosure.performance.FieldError> alias = org.budgetdisclosure.performance.security.CanonicalPath
                .problem(rawPath(raw.uri()));
        if (alias.isPresent()) {
            return Optional.of(ProblemMapper.problem(request, 400, "malformed-request", "Malformed request",
                    "The path is not the canonical spelling of a resource", List.of(alias.get())));
        }
        for (String header : List.of(HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH)) {
            String value = request.getHeaderString(header);
            if (value != null && value.length() > Limits.HEADER_LENGTH) {
                return Optional.of(ProblemMapper.problem(request, 400, "malformed-request", "Malformed request",
                        "A precondition header is too long", List.of(new org.budgetdisclosure.performance.FieldError(header,
                                "must be at most " + Limits.HEADER_LENGTH + " characters"))));
            }
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

    /** The path exactly as the request line sent it (JAX-RS's view has matrix parameters and escapes resolved). */
    static String rawPath(String uri) {
        if (uri == null) {
            return null;
        }
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        if (path.startsWith("http://") || path.startsWith("https://")) {
            int slash = path.indexOf('/', path.indexOf("//") + 2);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        return path;
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
