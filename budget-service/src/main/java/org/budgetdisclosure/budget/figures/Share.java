package org.budgetdisclosure.budget.figures;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A named part of a whole, with its share in percent (null when the whole is zero). */
@Schema(description = "A part of a total with its share")
public record Share(
        @Schema(example = "208", nullable = true) String code,
        @Schema(example = "社会保障和就业支出") String name,
        Amount amount,
        @Schema(description = "Percent of the whole, two decimals", example = "6.72", nullable = true) BigDecimal percent) {
}
