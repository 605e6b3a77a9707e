package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** 机关运行经费 of one (sub)unit from one fiscal source (table 11). */
public record OperatingExpenseLine(
        @Schema(example = "长治市上党区中小企业服务中心", minLength = 1, maxLength = Limits.NAME) String unitName,
        @Schema(example = "GENERAL_PUBLIC_BUDGET") FundingSource fundingSource,
        @Schema(example = "155600.00", maxLength = Limits.MONEY_TEXT) BigDecimal amount) {
}
