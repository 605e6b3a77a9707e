package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One “三公”经费 item from one fiscal source (table 10). */
public record ThreePublicExpenseLine(
        @Schema(example = "OFFICIAL_RECEPTION") ThreePublicExpenseItem item,
        @Schema(example = "GENERAL_PUBLIC_BUDGET") FundingSource fundingSource,
        @Schema(example = "12000.00", maxLength = Limits.MONEY_TEXT) BigDecimal amount) {
}
