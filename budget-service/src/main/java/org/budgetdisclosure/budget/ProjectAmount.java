package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A project's amount from one funding source, this year's (本年预算) or carried over (上年结转). */
public record ProjectAmount(
        @Schema(example = "GENERAL_PUBLIC_BUDGET") FundingSource fundingSource,
        @Schema(example = "false") boolean carriedOver,
        @Schema(example = "1200000.00", maxLength = Limits.MONEY_TEXT) BigDecimal amount) {
}
