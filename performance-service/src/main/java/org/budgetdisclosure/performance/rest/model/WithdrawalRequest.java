package org.budgetdisclosure.performance.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a withdrawal: why the revision is withdrawn (1–2000 characters). */
@Schema(name = "WithdrawalRequest")
public record WithdrawalRequest(@Schema(required = true, minLength = 1, maxLength = org.budgetdisclosure.performance.mapping.FieldLimits.WITHDRAWAL_REASON,
        example = "The form of project 402001250001 was published with a wrong annual amount") String reason) {
}
