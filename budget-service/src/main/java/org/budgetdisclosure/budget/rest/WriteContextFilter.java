package org.budgetdisclosure.budget.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.budgetdisclosure.budget.service.WriteContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Hands the audit log what it records of a request: method, path and the request id. */
public class WriteContextFilter {

    private final WriteContext context;

    public WriteContextFilter(WriteContext context) {
        this.context = context;
    }

    @ServerRequestFilter
    public void remember(ContainerRequestContext request) {
        Object id = request.getProperty(RequestIdFilter.PROPERTY);
        context.set(request.getMethod(), request.getUriInfo().getPath(), id == null ? null : id.toString());
    }
}
