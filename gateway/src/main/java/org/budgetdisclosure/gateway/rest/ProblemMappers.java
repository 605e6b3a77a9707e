package org.budgetdisclosure.gateway.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure becomes application/problem+json; nothing internal leaves the gateway. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** No token, or one that fails verification (signature, issuer, audience, validity, algorithm). */
    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class, io.quarkus.security.AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, ContainerRequestContext request) {
        Response r = Problems.of(Problem.Kind.UNAUTHORIZED, "A valid bearer token is required to write (docs/identity.md)",
                path(request), RequestIds.of(request));
        return Response.fromResponse(r).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, ContainerRequestContext request) {
        return Problems.of(Problem.Kind.FORBIDDEN, "The token's roles do not allow writing (editor, publisher or admin needed)",
                path(request), RequestIds.of(request));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, ContainerRequestContext request) {
        return Problems.of(Problem.Kind.NOT_FOUND, "No resource at " + path(request), path(request), RequestIds.of(request));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, ContainerRequestContext request) {
        Response r = Problems.of(Problem.Kind.METHOD_NOT_ALLOWED, request.getMethod() + " is not allowed on " + path(request),
                path(request), RequestIds.of(request));
        return Response.fromResponse(r).allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, ContainerRequestContext request) {
        return Problems.of(Problem.Kind.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", path(request), RequestIds.of(request));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, ContainerRequestContext request) {
        return Problems.of(Problem.Kind.NOT_ACCEPTABLE, "None of the accepted media types can be produced", path(request), RequestIds.of(request));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        Problem.Kind kind = switch (status) {
            case 400 -> Problem.Kind.MALFORMED_REQUEST;
            case 404 -> Problem.Kind.NOT_FOUND;
            case 405 -> Problem.Kind.METHOD_NOT_ALLOWED;
            case 406 -> Problem.Kind.NOT_ACCEPTABLE;
            case 413 -> Problem.Kind.PAYLOAD_TOO_LARGE;
            case 415 -> Problem.Kind.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? Problem.Kind.INTERNAL_ERROR : Problem.Kind.MALFORMED_REQUEST;
        };
        return Problems.of(kind, kind == Problem.Kind.MALFORMED_REQUEST ? "The request cannot be read" : kind.title,
                path(request), RequestIds.of(request));
    }

    @ServerExceptionMapper
    public Response any(Throwable e, ContainerRequestContext request) {
        LOG.errorf(e, "unexpected failure on %s %s", request.getMethod(), path(request));
        return Problems.of(Problem.Kind.INTERNAL_ERROR, "The gateway failed; the request id identifies it in the log",
                path(request), RequestIds.of(request));
    }

    static String path(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath();
    }
}
