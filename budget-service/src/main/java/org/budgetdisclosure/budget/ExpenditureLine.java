package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One expenditure line: a 项 (7-digit functional code) × funding source × basic/project × year of the funds. */
@Schema(description = "Expenditure at 项 level of the functional classification")
public record ExpenditureLine(
        @Schema(description = "7-digit 支出功能分类 code (项)", example = "2080501", maxLength = 7, pattern = Limits.FUNCTIONAL_ITEM_PATTERN) String functionalCode,
        @Schema(example = "GENERAL_PUBLIC_BUDGET") FundingSource fundingSource,
        @Schema(example = "BASIC") ExpenditureKind kind,
        @Schema(description = "true when spent from funds carried over (上年结转安排)", example = "false") boolean carriedOver,
        @Schema(example = "104415.00", maxLength = Limits.MONEY_TEXT) BigDecimal amount) {
}
