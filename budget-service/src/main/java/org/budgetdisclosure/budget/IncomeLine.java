package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** 收入: income from one funding source, this year's or carried over from last year (上年结转). */
@Schema(description = "Income from one funding source")
public record IncomeLine(
        @Schema(example = "GENERAL_PUBLIC_BUDGET") FundingSource fundingSource,
        @Schema(description = "true for 上年结转 (carried over from last year)", example = "false") boolean carriedOver,
        @Schema(example = "4229565.00", maxLength = Limits.MONEY_TEXT) BigDecimal amount) {
}
