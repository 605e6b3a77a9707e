package org.budgetdisclosure.asset.rest;

import org.budgetdisclosure.asset.FieldError;

import java.util.List;

/** An HTTP-level refusal with its problem kind; rendered by {@link ProblemMappers}. */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;
    private final transient List<FieldError> errors;

    public ApiProblem(int status, String kind, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "not-found", "Not found", detail, List.of());
    }

    public static ApiProblem malformed(String detail, List<FieldError> errors) {
        return new ApiProblem(400, "malformed-request", "Malformed request", detail, errors);
    }

    public static ApiProblem invalid(String detail, List<FieldError> errors) {
        return new ApiProblem(422, "validation-failed", "Validation failed", detail, errors);
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(412, "precondition-failed", "Precondition failed", detail,
                List.of(new FieldError("If-Match", detail)));
    }

    public static ApiProblem preconditionRequired(String detail) {
        return new ApiProblem(428, "precondition-required", "Precondition required", detail,
                List.of(new FieldError("If-Match", "is required: send the ETag you read")));
    }

    public static ApiProblem conflict(String detail, List<FieldError> errors) {
        return new ApiProblem(409, "conflict", "Conflict", detail, errors);
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
