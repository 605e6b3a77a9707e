package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why one field of a request was refused: the field's path in the request and the reason. */
@Schema(description = "One invalid field of a request")
public record FieldError(
        @Schema(example = "expenditureLines[3].amount", maxLength = Limits.LABEL) String field,
        @Schema(example = "must not be negative", maxLength = Limits.MESSAGE) String reason) {

    /** Field and reason are cut to their documented lengths: a reason may quote what was sent. */
    public FieldError {
        field = Limits.cut(field, Limits.LABEL);
        reason = Limits.cut(reason, Limits.MESSAGE);
    }
}
