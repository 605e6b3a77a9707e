package org.budgetdisclosure.budget.figures;

import org.budgetdisclosure.budget.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A named part of a whole, with its share in percent (null when the whole is zero). */
@Schema(description = "A part of a total with its share")
public record Share(
        @Schema(example = "208", nullable = true, maxLength = Limits.CODE, description = "A funding source, kind or item name, or a 3-digit class code") String code,
        @Schema(example = "社会保障和就业支出", maxLength = Limits.NAME) String name,
        Amount amount,
        @Schema(description = "Percent of the whole, two decimals", example = "6.72", nullable = true, maxLength = Limits.DECIMAL_TEXT) BigDecimal percent) {
}
