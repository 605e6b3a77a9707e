package org.budgetdisclosure.budget.rest;

import jakarta.ws.rs.core.Response;
import org.budgetdisclosure.budget.FieldError;

import java.util.List;

/** Builds problem responses. */
final class Problems {

    private Problems() {
    }

    static Response response(Problem.Kind kind, String title, String detail, String instance, String requestId,
                             List<FieldError> errors) {
        Problem problem = new Problem(kind.type(), title == null ? kind.title : title, kind.status, detail, instance, requestId,
                errors == null ? List.of() : errors);
        return Response.status(kind.status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static String describe(List<FieldError> errors) {
        if (errors.size() == 1) {
            return "1 field is invalid: " + errors.get(0).field() + " " + errors.get(0).reason();
        }
        return errors.size() + " fields are invalid, the first: " + errors.get(0).field() + " " + errors.get(0).reason();
    }
}
