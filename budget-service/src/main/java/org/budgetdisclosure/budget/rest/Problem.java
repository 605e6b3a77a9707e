package org.budgetdisclosure.budget.rest;

import org.budgetdisclosure.budget.Limits;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.budgetdisclosure.budget.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 9457 problem details, the same shape in every service of the platform. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "urn:budget-disclosure:problem:validation-failed", maxLength = Limits.LABEL) String type,
        @Schema(example = "The budget document is not valid", maxLength = Limits.LABEL) String title,
        @Schema(example = "422", minimum = "400", maximum = "599") int status,
        @Schema(example = "1 field is invalid: expenditureLines[0].amount", maxLength = Limits.DETAIL) String detail,
        @Schema(example = "/api/v1/budgets/402001/2025", maxLength = Limits.PATH) String instance,
        @Schema(example = "5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d", maxLength = Limits.REQUEST_ID) String requestId,
        @Schema(description = "The invalid fields or blocking findings; always present, empty when there are none; at most "
                + Limits.ERRORS + " (the first ones)", maxItems = Limits.ERRORS) List<FieldError> errors) {

    /** Texts that may quote the request are cut to their documented lengths, and at most {@link Limits#ERRORS} errors are listed. */
    public Problem {
        title = Limits.cut(title, Limits.LABEL);
        detail = Limits.cut(detail, Limits.DETAIL);
        instance = Limits.cut(instance, Limits.PATH);
        errors = errors == null ? null : errors.size() > Limits.ERRORS ? List.copyOf(errors.subList(0, Limits.ERRORS)) : errors;
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:budget-disclosure:problem:";

    /** The kinds of problem, each with its status and a stable type URI. */
    public enum Kind {
        MALFORMED_REQUEST(400, "malformed-request", "The request is malformed"),
        UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
        FORBIDDEN(403, "forbidden", "Forbidden"),
        NOT_FOUND(404, "not-found", "Not found"),
        METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
        NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
        CONFLICT(409, "conflict", "Conflict"),
        PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
        PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
        PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
        UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
        VALIDATION_FAILED(422, "validation-failed", "Validation failed"),
        INTERNAL_ERROR(500, "internal-error", "Internal error"),
        DEPENDENCY_UNAVAILABLE(503, "dependency-unavailable", "A dependency is unavailable");

        final int status;
        final String slug;
        final String title;

        Kind(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        public String type() {
            return TYPE_PREFIX + slug;
        }
    }
}
