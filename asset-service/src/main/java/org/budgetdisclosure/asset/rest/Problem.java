package org.budgetdisclosure.asset.rest;

import org.budgetdisclosure.asset.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * RFC 9457 problem details, the same shape in every service of the platform.
 * <p>
 * Every member is bounded here, whoever builds the problem (OWASP API4, the limits documented in OpenAPI): texts
 * that may quote the request (a joined list of field errors, a raw value, the request path, an unknown JSON
 * key) are cut to their maximum with a trailing "…", and {@code errors} keeps its first {@link #MAX_ERRORS}
 * entries (a 10000-vehicle register can break far more rules; the detail still states how many).
 */
@Schema(description = "application/problem+json (RFC 9457)")
public record Problem(@Schema(examples = "urn:budget-disclosure:problem:validation-failed", maxLength = 64) String type,
                      @Schema(maxLength = 64) String title,
                      @Schema(format = "int32", minimum = "400", maximum = "599") int status,
                      @Schema(maxLength = Problem.MAX_DETAIL) String detail,
                      @Schema(description = "The request's raw path", maxLength = Problem.MAX_INSTANCE) String instance,
                      @Schema(description = "X-Request-Id: the caller's (at most 128 characters) or a UUID", maxLength = 128) String requestId,
                      @Schema(description = "The fields at fault; at most the first 200 of them", maxItems = Problem.MAX_ERRORS) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:budget-disclosure:problem:";

    public static final int MAX_DETAIL = 2000;
    public static final int MAX_INSTANCE = 2048;
    public static final int MAX_ERRORS = 200;
    /** FieldError.field and .reason (their schema: application.properties). */
    public static final int MAX_FIELD = 256;
    public static final int MAX_REASON = 1000;

    public Problem {
        detail = cut(detail, MAX_DETAIL);
        instance = cut(instance, MAX_INSTANCE);
        if (errors != null) {
            errors = errors.stream().limit(MAX_ERRORS)
                    .map(e -> new FieldError(cut(e.field(), MAX_FIELD), cut(e.reason(), MAX_REASON))).toList();
        }
    }

    /** {@code value} if it has at most {@code max} characters, else its first max − 1 and "…". */
    static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // never split a surrogate pair
        }
        return value.substring(0, end) + "…";
    }
}
