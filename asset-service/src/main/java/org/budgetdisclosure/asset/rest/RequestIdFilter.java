package org.budgetdisclosure.asset.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;

/** X-Request-Id: the caller's if given (and sane), else a new UUID; echoed on every response. */
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    static final String PROPERTY = "asset.requestId";

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void assignRequestId(ContainerRequestContext request) {
        assignRequestIdIfAbsent(request);
    }

    @ServerResponseFilter
    public void echoRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, requestId(request));
    }

    /**
     * The request's id; assigned here when the pre-matching filter has not run (a refusal before routing, such
     * as a bearer token that does not verify), so that the body and the header still carry the same id.
     */
    static String requestId(ContainerRequestContext request) {
        Object id = request.getProperty(PROPERTY);
        if (id == null) {
            assignRequestIdIfAbsent(request);
            id = request.getProperty(PROPERTY);
        }
        return id.toString();
    }

    private static void assignRequestIdIfAbsent(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        boolean usable = given != null && given.length() <= 128 && given.matches("[\\p{Alnum}._:-]+");
        request.setProperty(PROPERTY, usable ? given : UUID.randomUUID().toString());
    }
}
