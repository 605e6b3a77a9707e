package org.budgetdisclosure.gateway.rest;

import jakarta.ws.rs.core.Response;
import org.budgetdisclosure.gateway.Disclosure;

import java.util.List;

/** Builds problem responses. */
public final class Problems {

    private Problems() {
    }

    public static Response of(Problem.Kind kind, String detail, String instance, String requestId) {
        return of(kind, detail, instance, requestId, null, null);
    }

    public static Response of(Problem.Kind kind, String detail, String instance, String requestId,
                              List<Problem.FieldError> errors, List<Disclosure.MissingPart> missing) {
        return of(kind, detail, instance, requestId, errors, missing, null);
    }

    public static Response of(Problem.Kind kind, String detail, String instance, String requestId,
                              List<Problem.FieldError> errors, List<Disclosure.MissingPart> missing,
                              List<org.budgetdisclosure.gateway.Finding> findings) {
        Problem body = new Problem(kind.type(), kind.title, kind.status, detail, instance, requestId,
                errors == null ? List.of() : errors,
                missing, findings);
        Response.ResponseBuilder builder = Response.status(kind.status).type(Problem.MEDIA_TYPE).entity(body);
        if (requestId != null) {
            builder.header(RequestIds.HEADER, requestId);
        }
        if (kind == Problem.Kind.DEPENDENCY_UNAVAILABLE) {
            builder.header("Retry-After", "5").header("Cache-Control", "no-store");
        }
        return builder.build();
    }
}
