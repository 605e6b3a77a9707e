package org.budgetdisclosure.performance.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.budgetdisclosure.performance.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 9457 problem details, the same shape in every service. */
@Schema(name = "Problem")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
public record Problem(@Schema(maxLength = 200, example = "urn:budget-disclosure:problem:validation") String type,
                      @Schema(maxLength = 200) String title,
                      @Schema(minimum = "400", maximum = "599") int status,
                      @Schema(maxLength = Problem.MAX_DETAIL) String detail,
                      @Schema(maxLength = Problem.MAX_DETAIL) String instance,
                      @Schema(maxLength = 200, description = "X-Request-Id (taken when at most 200 characters, else generated)") String requestId,
                      @Schema(maxItems = Problem.MAX_ERRORS, description = "the first " + Problem.MAX_ERRORS + " when there are more")
                      List<FieldError> errors) {

    /** Longest detail, instance path, error field and reason: longer ones (which may echo input) are cut. */
    public static final int MAX_DETAIL = 2000;
    public static final int MAX_FIELD = 300;
    public static final int MAX_REASON = 1000;
    /** Most errors listed (publishing a year with many failing forms may find more). */
    public static final int MAX_ERRORS = 1000;

    /** Every problem keeps the documented limits, whatever its parts echo. */
    public Problem {
        title = clip(title, 200);
        detail = clip(detail, MAX_DETAIL);
        instance = clip(instance, MAX_DETAIL);
        requestId = clip(requestId, 200);
        errors = errors == null ? List.of() : errors.stream().limit(MAX_ERRORS)
                .map(e -> new FieldError(clip(e.field(), MAX_FIELD), clip(e.reason(), MAX_REASON))).toList();
    }

    /** Cuts a text to at most {@code max} characters (code points). */
    public static String clip(String value, int max) {
        if (value == null || value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max));
    }
}
