package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why one field of a request was refused: the field's path in the request and the reason. */
@Schema(description = "One invalid field of a request")
public record FieldError(
        @Schema(example = "expenditureLines[3].amount") String field,
        @Schema(example = "must not be negative") String reason) {
}
