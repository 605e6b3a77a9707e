package org.budgetdisclosure.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.budgetdisclosure.gateway.Bounds;
import org.budgetdisclosure.gateway.Disclosure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 9457 problem details, the same shape in every service of the platform. */
@Schema(name = "GatewayProblem", description = "RFC 9457 problem details (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "urn:budget-disclosure:problem:dependency-unavailable", maxLength = Bounds.SERVICE_PROBLEM_TEXT,
                description = "The gateway's urn:budget-disclosure:problem:…, or a service's own type where its problem is passed on "
                        + "(at most 200 characters)") String type,
        @Schema(example = "A dependency is unavailable", maxLength = Bounds.SERVICE_PROBLEM_TEXT) String title,
        @Schema(example = "503", format = "int32", minimum = "400", maximum = "599") int status,
        @Schema(example = "The disclosure cannot be assembled: performance (performance-service did not answer within 2000 ms)",
                maxLength = Bounds.DETAIL, description = "At most 200 characters of the gateway's own around the request's path "
                + "(the request line is at most 4096) or a service's detail (at most 4000)") String detail,
        @Schema(example = "/api/v1/disclosures/402001/2025", maxLength = Bounds.INSTANCE, description = "The request's path") String instance,
        @Schema(example = "5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d", maxLength = Bounds.REQUEST_ID,
                description = "X-Request-Id: the caller's when at most 200 characters, else a UUID") String requestId,
        @Schema(description = "The invalid fields, for validation problems; for a refused publish one per blocking finding",
                maxItems = Bounds.FINDINGS) List<FieldError> errors,
        @Schema(description = "For 503: the parts of the document that could not be fetched", maxItems = Bounds.MISSING_PARTS)
        List<Disclosure.MissingPart> missingParts,
        @Schema(description = "For a refused publish: the validation findings that stop it (the services' and the gateway's; "
                + "the services report at most 2061026)", maxItems = Bounds.FINDINGS)
        List<org.budgetdisclosure.gateway.Finding> findings) {

    public Problem(String type, String title, int status, String detail, String instance, String requestId, List<FieldError> errors,
                   List<Disclosure.MissingPart> missingParts) {
        this(type, title, status, detail, instance, requestId, errors, missingParts, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(description = "One invalid field")
    public record FieldError(@Schema(example = "year", maxLength = Bounds.FIELD,
                                     description = "A parameter, or part:field of a service's refusal, or source:ruleId of a finding")
                             String field,
                             @Schema(example = "must be an integer from 2000 to 2100", maxLength = Bounds.MESSAGE,
                                     description = "Why: the gateway's, a service's (at most 2000), or a finding's message") String reason) {
    }

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
        PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
        UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
        VALIDATION_FAILED(422, "validation-failed", "Validation failed"),
        TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
        INTERNAL_ERROR(500, "internal-error", "Internal error"),
        DEPENDENCY_UNAVAILABLE(503, "dependency-unavailable", "A dependency is unavailable");

        public final int status;
        final String slug;
        public final String title;

        Kind(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        public String type() {
            return "urn:budget-disclosure:problem:" + slug;
        }
    }
}
