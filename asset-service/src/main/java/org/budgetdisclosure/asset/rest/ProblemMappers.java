package org.budgetdisclosure.asset.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.budgetdisclosure.asset.FieldError;
import org.budgetdisclosure.asset.InvalidInputException;
import org.budgetdisclosure.asset.service.ConcurrentWriteConflict;
import org.budgetdisclosure.asset.service.DatabaseFailures;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every failure leaves as application/problem+json with the request id; no stack trace, class
 * name or SQL ever reaches the body.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper mapper;

    public ProblemMappers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, ContainerRequestContext request) {
        return problem(request, e.status(), e.kind(), e.title(), e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, ContainerRequestContext request) {
        return problem(request, 422, "validation-failed", "Validation failed",
                "The request breaks " + e.errors().size() + " rule(s); nothing was stored: "
                        + e.errors().stream().map(f -> f.field() + " " + f.reason()).collect(Collectors.joining("; ")),
                e.errors());
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, ContainerRequestContext request) {
        return malformedJson(e, request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, ContainerRequestContext request) {
        return malformedJson(e, request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, request);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e instanceof NotFoundException || status == 404) {
            return problem(request, 404, "not-found", "Not found", "No resource at this path", List.of());
        }
        if (e instanceof NotAllowedException || status == 405) {
            Response r = problem(request, 405, "method-not-allowed", "Method not allowed",
                    "The method " + request.getMethod() + " is not allowed on this resource", List.of());
            return Response.fromResponse(r).allow(e.getResponse().getAllowedMethods()).build();
        }
        if (e instanceof NotSupportedException || status == 415) {
            return problem(request, 415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json", List.of());
        }
        if (status == 406) {
            return problem(request, 406, "not-acceptable", "Not acceptable",
                    "This resource is available as application/json", List.of());
        }
        if (status == 401) {
            return unauthorized(request, "This operation needs a valid bearer token");
        }
        if (status == 403) {
            return problem(request, 403, "forbidden", "Forbidden", "The token does not allow this operation", List.of());
        }
        if (status == 413) {
            return problem(request, 413, "payload-too-large", "Payload too large", "The request body is too large",
                    List.of());
        }
        if (status >= 400 && status < 500) {
            return problem(request, 400, "malformed-request", "Malformed request",
                    "The request could not be read", List.of());
        }
        return internal(e, request);
    }

    // ---- identity (docs/identity.md): 401 no or no valid token, 403 role or unit scope too small ----------

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, ContainerRequestContext request) {
        return unauthorized(request, "This operation needs a bearer token");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, ContainerRequestContext request,
                                         HttpServerResponse response) {
        return invalidToken(request, response);
    }

    @ServerExceptionMapper
    public Response authenticationCompletion(AuthenticationCompletionException e, ContainerRequestContext request,
                                             HttpServerResponse response) {
        return invalidToken(request, response);
    }

    /** The token did not verify; why (signature, issuer, audience, time, algorithm) stays in the server's log. */
    private Response invalidToken(ContainerRequestContext request, HttpServerResponse response) {
        // The bearer mechanism has already put its own challenge on the response; ours replaces it.
        response.headers().remove(HttpHeaders.WWW_AUTHENTICATE);
        return unauthorized(request, "The bearer token is not valid here");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request, ResourceInfo resource) {
        RolesAllowed roles = rolesAllowed(resource);
        String detail = roles == null ? "The token's roles do not allow this operation"
                : "This operation needs the role " + String.join(" or ", roles.value()) + "; nothing was changed";
        return problem(request, 403, "forbidden", "Forbidden", detail, List.of(new FieldError("groups", "no role that allows this operation")));
    }

    private Response unauthorized(ContainerRequestContext request, String detail) {
        return Response.fromResponse(problem(request, 401, "unauthorized", "Unauthorized",
                detail + "; nothing was changed", List.of())).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static RolesAllowed rolesAllowed(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }

    @ServerExceptionMapper
    public Response concurrentWrite(ConcurrentWriteConflict e, ContainerRequestContext request) {
        LOG.warnf(e, "request %s kept colliding with concurrent writes", RequestIdFilter.requestId(request));
        return problem(request, 409, "conflict", "Conflict",
                "A concurrent write stored a conflicting entry; read the resource and retry", List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        if (e instanceof JsonProcessingException json) {
            return malformedJson(json, request);
        }
        if (DatabaseFailures.unreachable(e)) {
            return unavailable(e, request);
        }
        return internal(e, request);
    }

    /** The database cannot be reached: 503 with Retry-After, so a client waits and retries; /q/health/ready is DOWN. */
    private Response unavailable(Throwable e, ContainerRequestContext request) {
        LOG.warnf("request %s: the database is unreachable (%s)", RequestIdFilter.requestId(request), e.toString());
        return Response.fromResponse(problem(request, 503, "dependency-unavailable", "Dependency unavailable",
                "The database is unreachable; nothing was changed. Retry in a few seconds", List.of()))
                .header("Retry-After", "5").build();
    }

    private Response internal(Throwable e, ContainerRequestContext request) {
        String requestId = RequestIdFilter.requestId(request);
        LOG.errorf(e, "request %s failed", requestId);
        return problem(request, 500, "internal-error", "Internal error",
                "The request failed on the server; quote the request id when reporting it", List.of());
    }

    private Response malformedJson(JsonProcessingException e, ContainerRequestContext request) {
        boolean truncated = e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input");
        String field = e instanceof JsonMappingException m && !truncated ? path(m) : truncated ? null : parserPath(e);
        String reason;
        if (truncated) {
            reason = "the body is not valid JSON (it ends too early)";
        } else if (original(e).startsWith("Duplicate field")) {
            reason = "is given twice";
        } else if (original(e).startsWith("Trailing token")) {
            reason = "the body has data after its JSON value (one JSON document per body)";
        } else if (e instanceof UnrecognizedPropertyException) {
            reason = "is not a known field";
        } else if (e instanceof InvalidFormatException f) {
            reason = "has the wrong format or type (got " + shortValue(f.getValue()) + ")";
        } else if (e instanceof MismatchedInputException) {
            reason = "has the wrong type";
        } else {
            reason = "the body is not valid JSON"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        }
        String fieldName = field == null || field.isEmpty() ? "body" : field;
        return problem(request, 400, "malformed-request", "Malformed request", fieldName + ": " + reason,
                List.of(new FieldError(fieldName, reason)));
    }

    private static String original(JsonProcessingException e) {
        return e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    }

    private static String shortValue(Object value) {
        String s = String.valueOf(value);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** Where the parser stood (a duplicate key, a second document): its path in the errors' notation, or null. */
    private static String parserPath(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser)) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (var segment = parser.getParsingContext().pathAsPointer(); segment != null && !segment.matches(); segment = segment.tail()) {
            if (segment.mayMatchElement()) {
                sb.append('[').append(segment.getMatchingIndex()).append(']');
            } else {
                sb.append(sb.isEmpty() ? "" : ".").append(segment.getMatchingProperty());
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** Jackson's path as the field notation of the errors list: items[3].amount. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    Response problem(ContainerRequestContext request, int status, String kind, String title, String detail,
                     List<FieldError> errors) {
        String requestId = RequestIdFilter.requestId(request);
        Problem problem = new Problem(Problem.TYPE_PREFIX + kind, title, status, detail,
                request.getUriInfo().getRequestUri().getRawPath(), requestId, errors);
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"" + Problem.TYPE_PREFIX + "internal-error\",\"status\":500}";
        }
        return Response.status(status).type(Problem.MEDIA_TYPE).header(RequestIdFilter.HEADER, requestId)
                .entity(body).build();
    }
}
