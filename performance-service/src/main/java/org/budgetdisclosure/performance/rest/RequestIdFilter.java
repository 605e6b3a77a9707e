package org.budgetdisclosure.performance.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;

/** X-Request-Id: taken from the request when given, else generated; echoed on every response. */
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    static final String PROPERTY = "performance.requestId";

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        request.setProperty(PROPERTY, requestId(request));
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
