package org.budgetdisclosure.performance.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.budgetdisclosure.performance.FieldError;
import org.budgetdisclosure.performance.rest.model.Problem;
import org.budgetdisclosure.performance.service.BadRequestException;
import org.budgetdisclosure.performance.service.ConflictException;
import org.budgetdisclosure.performance.service.ForbiddenScopeException;
import org.budgetdisclosure.performance.service.PreconditionRequiredException;
import org.budgetdisclosure.performance.service.NotFoundException;
import org.budgetdisclosure.performance.service.PreconditionFailedException;
import org.budgetdisclosure.performance.service.ValidationFailedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Collectors;

/** Every failure as application/problem+json (RFC 9457); never a stack trace, class name or SQL. */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper(priority = 1)
    public Response validation(ValidationFailedException e, ContainerRequestContext request) {
        return problem(request, 422, "validation-failed", "Validation failed", e.getMessage(), e.errors());
    }

    @ServerExceptionMapper(priority = 1)
    public Response notFound(NotFoundException e, ContainerRequestContext request) {
        return problem(request, 404, "not-found", "Not found", e.getMessage(), List.of());
    }

    @ServerExceptionMapper(priority = 1)
    public Response conflict(ConflictException e, ContainerRequestContext request) {
        return problem(request, 409, "conflict", "Conflict", e.getMessage(), e.errors());
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbiddenScope(ForbiddenScopeException e, ContainerRequestContext request) {
        return problem(request, 403, "forbidden", "Forbidden", e.getMessage(), List.of());
    }

    @ServerExceptionMapper(priority = 1)
    public Response preconditionRequired(PreconditionRequiredException e, ContainerRequestContext request) {
        return problem(request, 428, "precondition-required", "Precondition required", e.getMessage(), List.of());
    }

    @ServerExceptionMapper(priority = 1)
    public Response badRequest(BadRequestException e, ContainerRequestContext request) {
        return problem(request, 400, "malformed-request", "Malformed request", e.getMessage(), e.errors());
    }

    @ServerExceptionMapper(priority = 1)
    public Response precondition(PreconditionFailedException e, ContainerRequestContext request) {
        return problem(request, 412, "precondition-failed", "Precondition failed", e.getMessage(), List.of());
    }

    /** No token on an operation that needs one ({@code @RolesAllowed} met an anonymous caller). */
    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e, ContainerRequestContext request) {
        return unauthorized(request, "This operation needs a bearer token");
    }

    /**
     * A token that failed verification (signature, algorithm, issuer, audience, validity). Which check failed is
     * logged, not answered: the caller learns only that the token was refused.
     */
    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, ContainerRequestContext request) {
        LOG.debugf("bearer token refused: %s", e.getMessage());
        return unauthorized(request, "The bearer token was not accepted");
    }

    /** A valid token whose roles are too small for the operation; names the roles that would do. */
    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, ContainerRequestContext request, ResourceInfo resource) {
        RolesAllowed allowed = rolesAllowed(resource);
        String detail = allowed == null ? "The token's roles do not allow this operation"
                : "The token's roles do not allow this operation; it needs one of: " + String.join(", ", allowed.value());
        return problem(request, 403, "forbidden", "Forbidden", detail, List.of());
    }

    private static RolesAllowed rolesAllowed(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }

    private static Response unauthorized(ContainerRequestContext request, String detail) {
        Response problem = problem(request, 401, "unauthorized", "Unauthorized", detail, List.of());
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatch(MismatchedInputException e, ContainerRequestContext request) {
        return json(e, request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, ContainerRequestContext request) {
        return json(e, request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, ContainerRequestContext request) {
        List<FieldError> errors = List.of();
        String detail = "The request body is not valid JSON";
        if (e instanceof MismatchedInputException mismatch) {
            String path = mismatch.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            String expected = mismatch.getTargetType() == null ? "another type" : mismatch.getTargetType().getSimpleName();
            detail = "A field has the wrong type";
            errors = List.of(new FieldError(path, e instanceof InvalidFormatException
                    ? "has the wrong type or format (expected " + expected + ")"
                    : "has the wrong type (expected " + expected + ")"));
        }
        return problem(request, 400, "malformed-request", "Malformed request", detail, errors);
    }

    @ServerExceptionMapper(priority = 1)
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request);
        }
        String kind = switch (status) {
            case 400 -> "malformed-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "dependency-unavailable";
            default -> status >= 500 ? "internal-error" : "malformed-request";
        };
        String title = switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            default -> status >= 500 ? "Internal error" : "Malformed request";
        };
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource";
            case 415 -> "Send application/json";
            default -> status >= 500 ? "The request could not be completed" : "The request could not be read";
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        Response response = problem(request, status, kind, title, detail, List.of());
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }

    @ServerExceptionMapper(priority = 10)
    public Response any(Throwable e, ContainerRequestContext request) {
        LOG.error("unexpected failure", e);
        return problem(request, 500, "internal-error", "Internal error", "The request could not be completed", List.of());
    }

    static Response problem(ContainerRequestContext request, int status, String kind, String title, String detail,
                            List<FieldError> errors) {
        String requestId = RequestIdFilter.requestId(request);
        Problem problem = new Problem("urn:budget-disclosure:problem:" + kind, title, status, detail,
                request.getUriInfo().getRequestUri().getRawPath(), requestId, errors);
        return Response.status(status).type(PROBLEM_JSON).entity(problem).header(RequestIdFilter.HEADER, requestId).build();
    }
}
