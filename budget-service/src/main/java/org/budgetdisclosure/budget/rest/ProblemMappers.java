package org.budgetdisclosure.budget.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.budgetdisclosure.budget.service.ConflictException;
import org.budgetdisclosure.budget.service.InvalidRequestException;
import org.budgetdisclosure.budget.service.NotFoundException;
import org.budgetdisclosure.budget.service.PreconditionFailedException;
import org.budgetdisclosure.budget.service.PreconditionRequiredException;
import org.budgetdisclosure.budget.service.RevisionConflictException;
import org.budgetdisclosure.budget.FieldError;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Every failure becomes application/problem+json; nothing internal (stack, class, SQL) leaves the service. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e, ContainerRequestContext request) {
        return problem(Problem.Kind.VALIDATION_FAILED, e.getMessage(), Problems.describe(e.errors()), request, e.errors());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, ContainerRequestContext request) {
        return problem(Problem.Kind.NOT_FOUND, null, e.getMessage(), request, List.of());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, ContainerRequestContext request) {
        return problem(Problem.Kind.CONFLICT, null, e.getMessage(), request,
                e instanceof RevisionConflictException findings ? findings.errors() : List.of());
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e, ContainerRequestContext request) {
        return problem(Problem.Kind.PRECONDITION_REQUIRED, null, e.getMessage(), request, List.of());
    }

    @ServerExceptionMapper
    public Response precondition(PreconditionFailedException e, ContainerRequestContext request) {
        return problem(Problem.Kind.PRECONDITION_FAILED, null, e.getMessage(), request, List.of());
    }

    // ---- identity (docs/identity.md): 401 no or no valid token, 403 role or unit scope too small ----------

    /** No token on an operation that needs one ({@code @RolesAllowed} met an anonymous caller). */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, ContainerRequestContext request) {
        return unauthorized(request, "This operation needs a bearer token");
    }

    /** The token did not verify; which check failed (signature, issuer, audience, time, algorithm) is only logged. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, ContainerRequestContext request,
                                         HttpServerResponse response) {
        LOG.debugf("bearer token refused: %s", e.getMessage());
        return invalidToken(request, response);
    }

    @ServerExceptionMapper
    public Response authenticationCompletion(AuthenticationCompletionException e, ContainerRequestContext request,
                                             HttpServerResponse response) {
        return invalidToken(request, response);
    }

    private static Response invalidToken(ContainerRequestContext request, HttpServerResponse response) {
        // the bearer mechanism may already have put its own challenge on the response; ours replaces it
        response.headers().remove(HttpHeaders.WWW_AUTHENTICATE);
        return unauthorized(request, "The bearer token was not accepted");
    }

    private static Response unauthorized(ContainerRequestContext request, String detail) {
        return Response.fromResponse(problem(Problem.Kind.UNAUTHORIZED, null, detail, request, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** A valid token whose roles are too small for the operation ({@code @RolesAllowed}); names the roles that would do. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request, ResourceInfo resource) {
        RolesAllowed allowed = rolesAllowed(resource);
        String detail = allowed == null ? "The token's roles do not allow this operation"
                : "The token's roles do not allow this operation; it needs one of: " + String.join(", ", allowed.value());
        return problem(Problem.Kind.FORBIDDEN, null, detail, request, List.of());
    }

    private static RolesAllowed rolesAllowed(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }

    /** Quarkus maps this subtype itself; this mapper, being more specific, takes it back into problem form. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, ContainerRequestContext request) {
        return unreadableJson(e, request);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, ContainerRequestContext request) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String reason;
        if (e instanceof UnrecognizedPropertyException unknown) {
            reason = "unknown field " + unknown.getPropertyName();
        } else if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            reason = target != null && target.isEnum()
                    ? "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
                    + ", not " + format.getValue()
                    : "cannot be read as " + (target == null ? "the expected type" : simpleType(target)) + ": " + format.getValue();
        } else if (e instanceof JsonMappingException) {
            reason = "has the wrong type or shape";
        } else {
            reason = "is not well-formed JSON";
            field = "body";
        }
        if (field.isEmpty()) {
            field = "body";
        }
        return problem(Problem.Kind.MALFORMED_REQUEST, "The request body cannot be read",
                field + " " + reason + lineInfo(e), request, List.of(new FieldError(field, reason)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json, request);
            }
        }
        int status = e.getResponse().getStatus();
        Problem.Kind kind = switch (status) {
            case 404 -> Problem.Kind.NOT_FOUND;
            case 405 -> Problem.Kind.METHOD_NOT_ALLOWED;
            case 406 -> Problem.Kind.NOT_ACCEPTABLE;
            case 413 -> Problem.Kind.PAYLOAD_TOO_LARGE;
            case 415 -> Problem.Kind.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? Problem.Kind.INTERNAL_ERROR : Problem.Kind.MALFORMED_REQUEST;
        };
        String detail = switch (kind) {
            case NOT_FOUND -> "No resource at " + request.getUriInfo().getPath();
            case METHOD_NOT_ALLOWED -> request.getMethod() + " is not allowed here"
                    + (e instanceof NotAllowedException na ? "; allowed: " + na.getResponse().getAllowedMethods() : "");
            case UNSUPPORTED_MEDIA_TYPE -> "Content-Type " + request.getMediaType() + " is not accepted here";
            case NOT_ACCEPTABLE -> "None of the accepted media types can be produced";
            default -> e.getMessage();
        };
        if (kind == Problem.Kind.INTERNAL_ERROR) {
            LOG.errorf(e, "request %s failed", request.getProperty(RequestIdFilter.PROPERTY));
            detail = "The request could not be completed";
        }
        Response response = problem(kind, null, detail, request, List.of());
        if (e instanceof NotAllowedException) {
            return Response.fromResponse(response).allow(e.getResponse().getAllowedMethods()).build();
        }
        return response;
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        LOG.errorf(e, "request %s failed", request.getProperty(RequestIdFilter.PROPERTY));
        return problem(Problem.Kind.INTERNAL_ERROR, null,
                "The request could not be completed; quote the request id when reporting it", request, List.of());
    }

    static Response problem(Problem.Kind kind, String title, String detail, ContainerRequestContext request,
                                    List<FieldError> errors) {
        Object id = request.getProperty(RequestIdFilter.PROPERTY);
        return Problems.response(kind, title, detail, request.getUriInfo().getPath(), id == null ? null : id.toString(), errors);
    }

    /** {@code expenditureLines[3].amount} from Jackson's reference chain. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String lineInfo(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String simpleType(Class<?> type) {
        if (type == java.math.BigDecimal.class) {
            return "a decimal amount";
        }
        if (type == Integer.class || type == int.class) {
            return "an integer";
        }
        if (type == java.time.LocalDate.class) {
            return "an ISO date (yyyy-mm-dd)";
        }
        return "a " + type.getSimpleName();
    }
}
