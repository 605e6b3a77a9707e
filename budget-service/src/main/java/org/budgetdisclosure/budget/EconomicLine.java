package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Basic expenditure on one 部门预算支出经济分类 item (5 digits), e.g. 30101 基本工资. */
@Schema(description = "Basic expenditure by department economic item")
public record EconomicLine(
        @Schema(description = "5-digit 部门预算支出经济分类 code", example = "30101", maxLength = 5, pattern = Limits.ECONOMIC_ITEM_PATTERN) String economicCode,
        @Schema(example = "GENERAL_PUBLIC_BUDGET") FundingSource fundingSource,
        @Schema(example = "false") boolean carriedOver,
        @Schema(example = "432345.00", maxLength = Limits.MONEY_TEXT) BigDecimal amount) {
}
